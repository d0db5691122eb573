import { test, expect } from "@playwright/test";
import { followMyInformation, noViolations, quizOptions, shownOptions, tick } from "./helpers";

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

test("two learners see a question's options in orders of their own, and both pass the final test", async ({ browser, baseURL, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  const module = "final-14-17";
  const questions = quizOptions(module).length;
  const orders: string[][][] = [];
  for (let who = 0; who < 2; who++) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "fr-FR" });
    const page = await context.newPage();
    const seen: string[][] = [];
    for (let n = 1; n <= questions; n++) {
      await page.goto(`/modules/${module}/quiz/${n}`);
      seen.push(await shownOptions(page));
      await page.reload();
      expect(await shownOptions(page), "the same order on reload").toEqual(seen[n - 1]);
      await tick(page, module, n);
      await page.getByRole("button", { name: "Valider" }).click();
      await expect(page.getByRole("heading", { name: /Bonne réponse !|Merci pour ta réponse/ })).toBeVisible();
    }
    await page.goto(`/modules/${module}/result`);
    await expect(page.getByRole("button", { name: "Obtenir mon permis" })).toBeVisible();
    orders.push(seen);
    await context.close();
  }
  const differ = orders[0].filter((order, i) => order.join("|") !== orders[1][i].join("|"));
  expect(differ.length, "the other learner sees questions in another order").toBeGreaterThan(0);
  const sameSet = orders[0].every((order, i) => [...order].sort().join("|") === [...orders[1][i]].sort().join("|"));
  expect(sameSet, "the same options, only the order differs").toBe(true);
});
