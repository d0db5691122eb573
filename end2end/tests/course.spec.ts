import { test, expect } from "@playwright/test";
import { followMyInformation, noViolations } from "./helpers";

test("a guest follows a module to its end: lessons, a scenario branch, a wrong then right answer", async ({ page, javaScriptEnabled, baseURL }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!)) foreign.push(request.url());
  });
  await page.goto("/pupils");
  await page.getByRole("link", { name: "Découvrir les modules" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les modules");
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Mes informations, ma vie privée" }).click();
  await noViolations(page, javaScriptEnabled);
  await followMyInformation(page, javaScriptEnabled);
  expect(foreign, "no request leaves the site").toEqual([]);
});

test("checking an answer without choosing one asks for a choice and keeps the question", async ({ page }) => {
  await page.goto("/modules/behind-the-screen/quiz/1");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByRole("alert")).toHaveText("Choisis au moins une réponse avant de valider.");
  await expect(page.locator("input[name=option]").first()).toBeVisible();
});

test("8–10 lessons can be read aloud with JavaScript; the button never shows without it", async ({ page, javaScriptEnabled }) => {
  await page.goto("/modules/my-information/lessons/1");
  const button = page.locator("#read-aloud");
  if (javaScriptEnabled === false) {
    await expect(button).toBeHidden();
    return;
  }
  await expect(button).toBeVisible();
  await expect(button).toHaveText("Écouter la leçon");
  await button.click();
  await expect(button).toHaveText("Arrêter la lecture");
  await button.click();
  await expect(button).toHaveText("Écouter la leçon");
  await noViolations(page, javaScriptEnabled);
  await page.goto("/modules/sexting-consent-pressure/lessons/1");
  await expect(page.locator("#read-aloud")).toHaveCount(0);
});

test("an answer is explained at once: in place with JavaScript (announced, focused), on the next page without", async ({ page, javaScriptEnabled }) => {
  await page.goto("/modules/behind-the-screen/quiz/1");
  await expect(page.locator(".feedback")).toHaveCount(0);
  if (javaScriptEnabled !== false) await page.evaluate(() => ((window as any).stayed = true));
  await page.locator("input[name=option]").first().check();
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.locator(".feedback")).toBeVisible();
  await expect(page).toHaveURL(/\/modules\/behind-the-screen\/quiz\/1$/);
  if (javaScriptEnabled === false) return;
  expect(await page.evaluate(() => (window as any).stayed), "the page was not reloaded").toBe(true);
  await expect(page.locator("#announce")).not.toBeEmpty();
  await expect(page.locator(".feedback")).toBeFocused();
  // A scenario choice too.
  await page.goto("/modules/behind-the-screen");
  await page.locator(".parts a[href*='/scenarios/']").first().click();
  await page.evaluate(() => ((window as any).stayed = true));
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Choisir" }).click();
  await expect(page.getByRole("heading", { name: "Tu as choisi :" })).toBeVisible();
  expect(await page.evaluate(() => (window as any).stayed)).toBe(true);
});
