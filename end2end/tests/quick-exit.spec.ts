import { test, expect } from "@playwright/test";

test("pressing Escape twice leaves and replaces the history entry", async ({ page, browserName }, info) => {
  test.skip(info.project.name === "no-javascript", "Escape twice needs JavaScript; the plain link is tested elsewhere");
  // The neutral site is outside this machine's network: answer for it.
  await page.route("https://meteofrance.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Météo</title><p>Météo</p>" }),
  );
  await page.goto("/");
  await page.goto("/help");
  // The island is ready once the WebAssembly has run; a single Escape must not leave.
  await page.waitForFunction(() => document.querySelector("leptos-island") !== null);
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(200);
  await expect(page).toHaveURL(/\/help$/);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL("https://meteofrance.com/");
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  expect(browserName).toBe("chromium");
});
