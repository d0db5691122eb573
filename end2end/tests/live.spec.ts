import { test, expect, type Browser, type Page } from "@playwright/test";
import { noViolations } from "./helpers";

async function signUp(page: Page, name: string) {
  await page.goto("/teachers/signup");
  await page.getByLabel("Adresse e-mail").fill(`${name}-${Date.now()}@prevention.example`);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase facile à retenir");
  await page.getByLabel("Le mot de passe, encore une fois").fill("une phrase facile à retenir");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes classes");
}

/** Starts a live session of `module`; returns its 6 digits. */
async function startSession(page: Page, module: string, javaScriptEnabled: boolean | undefined) {
  await page.getByRole("link", { name: "Sessions en direct" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions en direct");
  await noViolations(page, javaScriptEnabled);
  await page.getByLabel("Module", { exact: true }).selectOption(module);
  await page.getByRole("button", { name: "Lancer la session en direct" }).click();
  const code = (await page.locator(".live-code").textContent())!.replace(/\D/g, "");
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Moves the projector to the next quiz question (past lessons and scenarios). */
async function nextQuestion(page: Page) {
  do {
    await page.getByRole("button", { name: "Suivant" }).click();
  } while ((await page.locator(".live-projector[data-screen=question]").count()) === 0);
}

async function device(browser: Browser, baseURL: string, javaScriptEnabled: boolean, code: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/live");
  await noViolations(page, javaScriptEnabled);
  await page.getByLabel("Le code affiché à l'écran").fill(code);
  await page.getByRole("button", { name: "Rejoindre" }).click();
  await expect(page).toHaveURL(/\/live\/[0-9a-f]+$/);
  await expect(page.getByText("Voir l'écran suivant")).toBeVisible();
  return page;
}

test("a presenter runs three questions while two devices, with and without JavaScript, answer; the projector counts, reveals and prints its report", async ({ page, browser, baseURL, javaScriptEnabled }) => {
  test.setTimeout(180_000);
  await signUp(page, "gendarme");
  const code = await startSession(page, "my-information", javaScriptEnabled);
  await noViolations(page, javaScriptEnabled);
  const withScript = await device(browser, baseURL!, true, code);
  const withoutScript = await device(browser, baseURL!, false, code);
  await noViolations(withScript, true);

  for (let n = 0; n < 3; n++) {
    await nextQuestion(page);
    // The device with JavaScript follows by itself; the other looks for the next screen.
    await expect(withScript.locator("input[name=option]").first()).toBeVisible({ timeout: 3_000 });
    await withoutScript.getByRole("link", { name: "Voir l'écran suivant" }).click();
    await expect(withoutScript.locator("input[name=option]").first()).toBeVisible();
    if (n === 0) await noViolations(withoutScript, false);
    for (const device of [withScript, withoutScript]) {
      await device.locator("input[name=option]").first().check();
      await device.getByRole("button", { name: "Valider" }).click();
      await expect(device.getByText("Ta réponse est envoyée")).toBeVisible();
    }
    if (!javaScriptEnabled) await page.getByRole("link", { name: "Actualiser le compte" }).click();
    await expect(page.locator("#live-answered")).toHaveText("2");
    await page.getByRole("button", { name: "Dévoiler les réponses" }).click();
    await expect(page.locator(".live-option--right").first()).toBeVisible();
    await expect(page.locator(".live-tally strong").first()).toHaveText("2");
    if (n === 0) await noViolations(page, javaScriptEnabled);
    await expect(withScript.getByText("La réponse est sur le grand écran")).toBeVisible({ timeout: 3_000 });
  }

  await page.getByRole("button", { name: "Terminer la session" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compte rendu de la session en direct");
  await expect(page.getByText("2 réponses")).toHaveCount(3);
  await noViolations(page, javaScriptEnabled);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".teacher-bar")).toBeHidden();
  await expect(page.locator(".live-tally").first()).toBeVisible();
  await expect(withScript.getByText("Cette session en direct est terminée")).toBeVisible({ timeout: 3_000 });
});

test("a presenter with no devices in the room counts a show of hands", async ({ page, javaScriptEnabled }) => {
  await signUp(page, "infirmiere");
  await startSession(page, "my-information", javaScriptEnabled);
  await nextQuestion(page);
  await page.getByText("Pas d'appareils ? Comptez les mains levées").click();
  const inputs = page.locator(".live-hands input");
  const count = await inputs.count();
  for (let i = 0; i < count; i++) await inputs.nth(i).fill(String(4 + i));
  await page.getByRole("button", { name: "Afficher ces comptes" }).click();
  await expect(page.locator(".live-option--right").first()).toBeVisible();
  await expect(page.locator(".live-tally strong").first()).toHaveText("4");
  await noViolations(page, javaScriptEnabled);
});
