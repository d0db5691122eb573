import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// Every parents' page and help page the bundled content ships.
const tiers = ["8-10", "11-13", "14-17"];
const modules = [
  "my-information", "behind-the-screen", "my-body-my-pictures",
  "how-manipulation-works", "intimate-pictures", "blackmail-with-pictures", "being-a-witness",
  "sexting-consent-pressure", "the-law-and-asking-for-help", "sextortion-first-hour", "fakes-livestreams-friends",
];
const parentPages = [
  "/parents",
  ...tiers.map((tier) => `/parents/guide-${tier}`),
  "/parents/if-it-happened",
  ...modules.map((id) => `/parents/cards/${id}`),
];
const helpPages = ["/help", "/help/fr", "/help/gb", "/help/international", "/parents/help", "/parents/help/fr", "/parents/help/gb", "/parents/help/international"];

async function setLanguage(page: Page, lang: "fr" | "en") {
  await page.context().addCookies([{ name: "lanterne_lang", value: lang, url: test.info().project.use.baseURL! }]);
}

for (const lang of ["fr", "en"] as const) {
  test(`every parents' and help page in ${lang} loads with the quick exit, only from this site, with no accessibility violation`, async ({ page, baseURL, javaScriptEnabled }) => {
    test.setTimeout(120_000);
    await setLanguage(page, lang);
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!)) foreign.push(request.url());
    });
    for (const path of [...parentPages, ...helpPages]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
      await expect(page.locator("a.quick-exit")).toBeVisible();
      if (javaScriptEnabled !== false) {
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations, path).toEqual([]);
      }
    }
    expect(foreign).toEqual([]);
  });
}

test("the help directory shows the chosen country and what happens when you call", async ({ page }) => {
  await page.goto("/help");
  await expect(page.getByRole("heading", { level: 2, name: "En France" })).toBeVisible();
  await page.getByRole("link", { name: "Au Royaume-Uni" }).click();
  await expect(page).toHaveURL(/\/help\/gb$/);
  await expect(page.getByRole("link", { name: "Appeler le 0800 1111" })).toHaveAttribute("href", "tel:08001111");
  await expect(page.getByText("Ce qui se passe quand tu les contactes :").first()).toBeVisible();
});

test("a conversation card and a guide print on at most two A4 pages", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "printing is the same with or without JavaScript");
  test.setTimeout(120_000);
  for (const lang of ["fr", "en"] as const) {
    await setLanguage(page, lang);
    for (const path of [...modules.map((id) => `/parents/cards/${id}`), ...tiers.map((t) => `/parents/guide-${t}`), "/parents/if-it-happened"]) {
      await page.goto(path);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: false });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${lang} ${path}`).toBeGreaterThan(0);
      expect(pages, `${lang} ${path}`).toBeLessThanOrEqual(2);
    }
  }
});
