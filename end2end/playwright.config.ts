import { defineConfig } from "@playwright/test";
import os from "node:os";
import path from "node:path";

// A release build of the server, on a fresh SQLite database of its own.
const port = Number(process.env.LANTERNE_E2E_PORT ?? 3107);
// Set once in the main process, so that the workers (which load this file again) and the tests
// that run the command line (`lanterne lti add-platform`) name the same file.
process.env.LANTERNE_E2E_DATABASE ??= path.join(os.tmpdir(), `lanterne-e2e-${process.pid}-${Date.now()}.db`);
const database = process.env.LANTERNE_E2E_DATABASE;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  // Screenshots are compared with the baselines in the repository; a change of layout moves far
  // more than 0.2 % of a page's pixels, anti-aliasing on one machine none.
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: "disabled" } },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A French browser: the site must answer in French until English is chosen.
    locale: "fr-FR",
    launchOptions: chromium,
  },
  projects: [
    { name: "javascript", use: { javaScriptEnabled: true } },
    { name: "no-javascript", use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `target/release/lanterne serve --addr 127.0.0.1:${port} --database-url sqlite://${database}`,
    cwd: path.join(__dirname, ".."),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
