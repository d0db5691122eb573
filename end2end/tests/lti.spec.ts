import { test, expect, type Browser, type Page, type Frame } from "@playwright/test";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createHash } from "node:crypto";
import { noViolations, tick, quizOptions } from "./helpers";

// Lanterne as an LTI 1.3 tool, tried against a platform nobody on the project wrote: the PyPI
// package lti1p3platform, in the harness end2end/lti/platform.py (installed by setup.sh --tests).
// The platform runs on "localhost" and Lanterne on 127.0.0.1: two sites, so the course page's
// frame is a third-party frame, as in a school.

const root = path.join(__dirname, "..", "..");
const python = path.join(root, "end2end", "lti", ".venv", "bin", "python");
const lanterne = path.join(root, "target", "release", "lanterne");
const database = `sqlite://${process.env.LANTERNE_E2E_DATABASE}`;
const MODULE = "my-information";

type Platform = { url: string; process: ChildProcess; clientId: string };

async function startPlatform(tool: string, clientId: string): Promise<Platform> {
  const child = spawn(python, [path.join(root, "end2end", "lti", "platform.py"), "--port", "0", "--host", "localhost",
    "--tool-url", tool, "--client-id", clientId, "--deployment-id", "deployment-1"], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const ready = out.match(/ready (\S+)/);
      if (ready) resolve(ready[1]);
    });
    child.on("exit", (code) => reject(new Error(`the platform stopped (${code})`)));
  });
  return { url, process: child, clientId };
}

function lanterneLti(...args: string[]): string {
  return execFileSync(lanterne, ["lti", ...args], { env: { ...process.env, DATABASE_URL: database }, encoding: "utf8" });
}

function register(platform: Platform) {
  lanterneLti("add-platform", "--issuer", platform.url, "--client-id", platform.clientId, "--deployment-id", "deployment-1",
    "--auth-url", `${platform.url}/auth`, "--token-url", `${platform.url}/token`, "--jwks-url", `${platform.url}/jwks`);
}

/** Every text value in Lanterne's database, read with Python's sqlite3 (WAL included). */
function databaseText(): string {
  const script = "import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\n" +
    "for (t,) in c.execute(\"select name from sqlite_master where type='table'\").fetchall():\n" +
    "  for row in c.execute(f'select * from \"{t}\"'): print(t, row)\n";
  return execFileSync("python3", ["-c", script, process.env.LANTERNE_E2E_DATABASE!], { encoding: "utf8", maxBuffer: 64 << 20 });
}

function count(sql: string): number {
  const script = `import sqlite3,sys\nprint(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])`;
  return Number(execFileSync("python3", ["-c", script, process.env.LANTERNE_E2E_DATABASE!, sql], { encoding: "utf8" }).trim());
}

/** The accounts Lanterne made for the platform's user `sub`: it knows them by a one-way key only. */
function accountsOf(platform: Platform, sub: string): number {
  const key = createHash("sha256").update(`lti-user\n${platform.url}\n${sub}`).digest("hex");
  return count(`select (select count(*) from lti_teachers where user_key = '${key}') + (select count(*) from lti_pupils where user_key = '${key}')`);
}

/** The pupils of the classes of this platform's courses. */
function pupilsOf(platform: Platform): number {
  return count(`select count(*) from pupils where class_id in (select class_id from lti_classes where platform_id in
    (select id from lti_platforms where client_id = '${platform.clientId}'))`);
}

/** Without JavaScript the platform's forms wait for a click on "Continue". */
async function continueWithoutScript(where: Page | Frame, javaScript: boolean) {
  if (javaScript) return;
  const button = where.getByRole("button", { name: "Continue" });
  if (await button.count()) await button.click();
}

async function platformState(platform: Platform) {
  return (await (await fetch(`${platform.url}/state`)).json()) as {
    links: { id: string; custom: Record<string, string>; lineitem: number | null }[];
    scores: { lineitem: number; userId: string; scoreGiven: number; scoreMaximum: number }[];
  };
}

function launchUrl(platform: Platform, params: Record<string, string>): string {
  return `${platform.url}/launch?${new URLSearchParams(params)}`;
}

/** A learner opens the link in a window of their own and answers the whole quiz. */
async function learnerFinishesQuiz(browser: Browser, platform: Platform, user: string, link: string, which: "right" | "wrong", javaScript: boolean) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(launchUrl(platform, { user, role: "learner", kind: "link", link, context: "course-A", name: `Zoé ${user}`, email: `${user}@example.org` }));
  await continueWithoutScript(page, javaScript);
  await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}$`));
  const base = new URL(page.url()).origin;
  for (let n = 1; n <= quizOptions(MODULE).length; n++) {
    await page.goto(`${base}/modules/${MODULE}/quiz/${n}`);
    await tick(page, MODULE, n, which);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.getByRole("heading", { name: /Bonne réponse|Pas tout à fait|Merci pour ta réponse/ })).toBeVisible();
  }
  await context.close();
}

test.describe.configure({ mode: "serial" });

let platform: Platform;

test.beforeAll(async ({}, info) => {
  const tool = info.project.use.baseURL!;
  platform = await startPlatform(tool, `lanterne-${info.project.name}`);
  register(platform);
});

test.afterAll(() => platform?.process.kill());

test("an instructor adds a module from the course page, two learners finish its quiz, the platform gets both scores", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const javaScript = info.project.use.javaScriptEnabled !== false;
  // Deep linking, inside the platform's frame: pick a module, send it back.
  await page.goto(`${platform.url}/frame?${new URLSearchParams({ user: "teacher-1", role: "instructor", kind: "deep", context: "course-A", name: "Claire Enseignante", email: "claire@example.org" })}`);
  const frame = page.frameLocator("#tool");
  if (!javaScript) await frame.getByRole("button", { name: "Continue" }).click();
  await expect(frame.getByRole("heading", { name: "Choisir des modules pour votre cours" })).toBeVisible();
  await frame.getByLabel("Mes informations, ma vie privée").check();
  await frame.getByRole("button", { name: "Ajouter à mon cours" }).click();
  await frame.getByRole("button", { name: "Revenir à votre cours" }).click();
  await expect(frame.getByRole("heading", { name: "Links added" })).toBeVisible();
  const links = (await platformState(platform)).links;
  expect(links).toHaveLength(1);
  expect(links[0].custom).toEqual({ lanterne_module: MODULE });
  expect(links[0].lineitem).not.toBeNull();

  // Two learners, one right everywhere, one wrong where they can be.
  await learnerFinishesQuiz(browser, platform, "pupil-1", links[0].id, "right", javaScript);
  await learnerFinishesQuiz(browser, platform, "pupil-2", links[0].id, "wrong", javaScript);
  await expect.poll(async () => (await platformState(platform)).scores.length, { timeout: 20_000 }).toBe(2);
  const scores = (await platformState(platform)).scores;
  const byUser = Object.fromEntries(scores.map((s) => [s.userId, s]));
  expect(byUser["pupil-1"].scoreGiven).toBe(100);
  expect(byUser["pupil-2"].scoreGiven).toBeLessThan(100);
  expect(scores.every((s) => s.scoreMaximum === 100 && s.lineitem === links[0].lineitem)).toBe(true);

  // Nothing personal the platform sent was stored, and the platform's ids are gone once sent.
  const stored = databaseText();
  for (const personal of ["Zoé", "Claire", "Enseignante", "Alice Martin", "example.org"]) expect(stored).not.toContain(personal);
  expect(stored).not.toMatch(/'pupil-1'|'pupil-2'/);

  // The teacher sees the scores as sent on the class page, inside the frame.
  await page.goto(`${platform.url}/frame?${new URLSearchParams({ user: "teacher-1", role: "instructor", kind: "link", link: links[0].id, context: "course-A" })}`);
  if (!javaScript) await frame.getByRole("button", { name: "Continue" }).click();
  const section = frame.locator("section", { has: frame.getByRole("heading", { name: "Notes envoyées à votre plateforme d'apprentissage" }) });
  await expect(section.getByRole("row", { name: /Mes informations/ })).toContainText("2");
});

test("inside the platform's frame a learner works, and the quick exit leaves the whole window", async ({ page }, info) => {
  const javaScript = info.project.use.javaScriptEnabled !== false;
  await page.route("https://meteofrance.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Météo</title><p>Météo</p>" }));
  const link = (await platformState(platform)).links[0].id;
  await page.goto(`${platform.url}/frame?${new URLSearchParams({ user: "pupil-3", role: "learner", kind: "link", link, context: "course-A" })}`);
  const frame = page.frameLocator("#tool");
  if (!javaScript) await frame.getByRole("button", { name: "Continue" }).click();
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Mes informations");
  // The pupil's session holds in the third-party frame: a lesson opens.
  await frame.getByRole("link", { name: /Commencer|Leçon 1|Continuer/ }).first().click();
  await expect(frame.locator("main")).toBeVisible();
  await frame.getByRole("link", { name: "Sortie rapide" }).first().click();
  await expect(page).toHaveURL("https://meteofrance.com/");
});

test("refused launches: another key, wrong audience, expired, unknown deployment, replay; each a clear page, no account", async ({ page }, info) => {
  const javaScript = info.project.use.javaScriptEnabled !== false;
  const link = (await platformState(platform)).links[0].id;
  const pupils = pupilsOf(platform);
  const cases: [string, RegExp][] = [
    ["other-key", /Lanterne n'a pas pu vérifier cette connexion/],
    ["aud", /Lanterne n'a pas pu vérifier cette connexion/],
    ["nonce", /Lanterne n'a pas pu vérifier cette connexion/],
    ["expired", /Ce lien a expiré/],
    ["deployment", /Cette plateforme d'apprentissage n'est pas enregistrée ici/],
  ];
  for (const [bad, title] of cases) {
    for (const role of ["learner", "instructor"]) {
      await page.goto(launchUrl(platform, { user: `intruder-${bad}-${role}`, role, kind: "link", link, context: "course-A", bad }));
      await continueWithoutScript(page, javaScript);
      await expect(page.getByRole("heading", { level: 1 }), `${bad} as ${role}`).toHaveText(title);
      expect(accountsOf(platform, `intruder-${bad}-${role}`), `${bad} as ${role}`).toBe(0);
    }
  }
  expect(pupilsOf(platform)).toBe(pupils);

  // A launch that worked, posted again as it was: refused.
  await page.goto(launchUrl(platform, { user: "pupil-4", role: "learner", kind: "link", link, context: "course-A" }));
  await continueWithoutScript(page, javaScript);
  await expect(page).toHaveURL(new RegExp(`/modules/${MODULE}$`));
  expect(accountsOf(platform, "pupil-4")).toBe(1);
  await page.goto(`${platform.url}/replay`);
  await continueWithoutScript(page, javaScript);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien a expiré");
  expect(pupilsOf(platform)).toBe(pupils + 1);

  // A platform nobody registered.
  const stranger = await startPlatform(info.project.use.baseURL!, "stranger");
  try {
    await page.goto(launchUrl(stranger, { user: "someone", role: "learner", kind: "link", link: "rl-1" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette plateforme d'apprentissage n'est pas enregistrée ici");
  } finally {
    stranger.process.kill();
  }
});

test("the pages of a launch pass axe: the module picker, the answer to the platform, a refusal", async ({ page }, info) => {
  // These pages carry no script at all (the picker's only island is the quick exit), and the answer
  // and the refusal answer a POST, which the scan without JavaScript would fetch again as a GET.
  test.skip(info.project.name === "no-javascript", "the same markup is scanned in the javascript project");
  await page.goto(launchUrl(platform, { user: "teacher-axe", role: "instructor", kind: "deep", context: "course-axe" }));
  await expect(page.getByRole("heading", { name: "Choisir des modules pour votre cours" })).toBeVisible();
  await noViolations(page, true);
  await page.getByLabel("Mes informations, ma vie privée").check();
  await page.getByRole("button", { name: "Ajouter à mon cours" }).click();
  await expect(page.getByRole("heading", { name: "Prêt à revenir à votre cours" })).toBeVisible();
  await noViolations(page, true);
  await page.goto(launchUrl(platform, { user: "intruder-axe", role: "learner", kind: "link", link: "rl-1", context: "course-A", bad: "expired" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien a expiré");
  await noViolations(page, true);
});
