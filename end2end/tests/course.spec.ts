import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

async function noViolations(page: Page, javaScriptEnabled: boolean | undefined) {
  if (javaScriptEnabled === false) return;
  expect((await new AxeBuilder({ page }).analyze()).violations, page.url()).toEqual([]);
}

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
  await page.getByRole("link", { name: "Commencer" }).click();

  // Lessons, one screen each.
  while (page.url().includes("/lessons/")) {
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    await noViolations(page, javaScriptEnabled);
    await page.getByRole("button", { name: "J'ai lu, je continue" }).click();
  }

  // The scenario: always the last choice offered, which in this story branches away from the first.
  await expect(page).toHaveURL(/\/scenarios\//);
  await noViolations(page, javaScriptEnabled);
  for (let step = 0; step < 12 && !(await page.getByText("Fin de la situation.").isVisible()); step++) {
    const choices = page.getByRole("radio");
    await choices.last().check();
    await page.getByRole("button", { name: "Choisir" }).click();
    await expect(page.getByRole("heading", { name: "Tu as choisi :" })).toBeVisible();
  }
  await expect(page.getByText("Fin de la situation.")).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Suivant" }).click();

  // The quiz: a question shows no explanation before it is answered.
  await expect(page).toHaveURL(/\/quiz\/1$/);
  await expect(page.locator(".feedback")).toHaveCount(0);
  await noViolations(page, javaScriptEnabled);
  // Question 1 (which username is safest): the first option is wrong, the second right.
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByRole("heading", { name: "Pas tout à fait." })).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Réessayer" }).click();
  await page.getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByRole("heading", { name: "Bonne réponse !" })).toBeVisible();

  // The other questions: answered once each, whatever the answer.
  for (let n = 0; n < 20 && page.url().includes("/quiz/"); n++) {
    await page.getByRole("link", { name: "Suivant" }).click();
    if (!page.url().includes("/quiz/")) break;
    const inputs = page.locator("input[name=option]");
    await inputs.first().check();
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.locator(".feedback")).toBeVisible();
  }
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ton résultat");
  await expect(page.getByText(/bonnes réponses du premier coup/)).toBeVisible();
  await noViolations(page, javaScriptEnabled);
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
