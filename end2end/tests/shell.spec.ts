import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// Every page type of the site so far, with a heading each must show.
const pages = [
  { path: "/", fr: "Apprendre à se protéger en ligne", en: "Learning to stay safe online" },
  { path: "/pupils", fr: "Élèves", en: "Pupils" },
  { path: "/teachers", fr: "Enseignants", en: "Teachers" },
  { path: "/parents", fr: "Parents : protéger son enfant des risques sexuels en ligne", en: "Parents and carers: protecting your child from online sexual risks" },
  { path: "/help", fr: "Trouver de l'aide", en: "Get help" },
  { path: "/this-page-does-not-exist", fr: "Page introuvable", en: "Page not found" },
];

/** Chooses a language with the switcher, as a visitor would. */
async function chooseLanguage(page: Page, name: "Français" | "English") {
  await page.getByRole("button", { name }).click();
  await page.waitForLoadState("load");
}

/**
 * axe-core runs inside the page, so it needs JavaScript; the pages without it
 * are the same server HTML, scanned by the "javascript" project.
 */
async function expectNoAccessibilityViolation(page: Page, javaScriptEnabled: boolean | undefined) {
  if (javaScriptEnabled === false) return;
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

/** Fails on anything the browser complains about: CSP violations, failed scripts. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("404")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

for (const { path, fr, en } of pages) {
  test(`${path} reads in French, then in English after switching, with no accessibility violation`, async ({ page, javaScriptEnabled, baseURL }) => {
    const errors = collectErrors(page);
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!)) foreign.push(request.url());
    });
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr);
    await expect(page.getByRole("link", { name: /Sortie rapide/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Trouver de l'aide" }).first()).toBeVisible();
    await expectNoAccessibilityViolation(page, javaScriptEnabled);

    await chooseLanguage(page, "English");
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[/-]/g, "\\$&")}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en);
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await expectNoAccessibilityViolation(page, javaScriptEnabled);
    expect(errors).toEqual([]);
    expect(foreign, "no request leaves the site").toEqual([]);
  });
}

test("the language choice is remembered on the next visit", async ({ page, context }) => {
  await page.goto("/");
  await chooseLanguage(page, "English");
  const next = await context.newPage();
  await next.goto("/teachers");
  await expect(next.locator("html")).toHaveAttribute("lang", "en");
  await next.goto("/");
  await next.getByRole("button", { name: "Français" }).click();
  await expect(next.locator("html")).toHaveAttribute("lang", "fr");
});

test("the navigation reaches the three audiences and help", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Enseignants" }).click();
  await expect(page).toHaveURL(/\/teachers$/);
  await page.getByRole("navigation").getByRole("link", { name: "Parents" }).click();
  await expect(page).toHaveURL(/\/parents$/);
  await page.getByRole("link", { name: "Trouver de l'aide" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver de l'aide");
  await expect(page.getByRole("link", { name: "Appeler le 119" }).first()).toBeVisible();
});

test("the quick exit is a plain link that leads to a neutral site", async ({ page }) => {
  await page.goto("/help");
  const exit = page.getByRole("link", { name: /Sortie rapide/ });
  await expect(exit).toHaveAttribute("href", "/exit");
  await expect(exit).toHaveAttribute("rel", "noreferrer");
});

test("the Content-Security-Policy blocks an inline script that carries no nonce", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "without JavaScript no script runs at all");
  // As if markup had slipped into a page: the server's own response, headers and all,
  // with a script element added to its HTML.
  await page.route("**/modules/my-information/lessons/1", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</main>", "<script>window.injected = true;</script></main>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/modules/my-information/lessons/1");
  // The page's own scripts carry the nonce and run: the read-aloud island woke up.
  await expect(page.locator("#read-aloud")).toBeVisible();
  expect(await page.evaluate(() => (window as any).injected)).toBeUndefined();
});
