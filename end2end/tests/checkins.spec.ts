import { test, expect, type Browser, type Page } from "@playwright/test";
import { noViolations } from "./helpers";

/** A pupil's own browser, with the project's settings. */
async function pupilPage(browser: Browser, baseURL: string, javaScriptEnabled: boolean | undefined) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "fr-FR" });
  return context.newPage();
}

async function join(page: Page, card: { classCode: string; personalCode: string }) {
  await page.goto("/join");
  await page.getByLabel("Code de la classe").fill(card.classCode);
  await page.getByLabel("Mon code personnel").fill(card.personalCode);
  await page.getByRole("button", { name: "Entrer" }).click();
  await expect(page).toHaveURL(/\/modules$/);
}

/** Ticks the first choice of every item (`which` = 0) or the last (`which` = -1). */
async function answerAll(page: Page, which: 0 | -1) {
  for (const item of await page.locator("fieldset.checkin-item").all()) {
    const inputs = item.locator("input");
    await (which === 0 ? inputs.first() : inputs.last()).check();
  }
}

test("a teacher opens check-ins, pupils answer them with their cards, the impact page shows the class's figures", async ({ page, browser, baseURL, javaScriptEnabled }, testInfo) => {
  test.setTimeout(240_000);
  // The teacher, a class of five 8–10s, its session open.
  await page.goto("/teachers/signup");
  await page.getByLabel("Adresse e-mail").fill(`bilan-${testInfo.project.name}-${Date.now()}@ecole.example`);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase facile à retenir");
  await page.getByLabel("Le mot de passe, encore une fois").fill("une phrase facile à retenir");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByLabel("Nom de la classe").fill("CM1 A");
  await page.getByLabel("Tranche d'âge").selectOption("8-10");
  await page.getByLabel("Pays").selectOption("fr");
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await page.getByLabel("Nombre d'élèves à ajouter").fill("5");
  await page.getByRole("button", { name: "Ajouter et imprimer les cartes" }).click();
  const cards = [];
  for (const card of await page.locator(".login-card").all()) {
    const codes = await card.locator("dd.code").allTextContents();
    cards.push({ classCode: codes[0], personalCode: codes[1] });
  }
  expect(cards).toHaveLength(5);
  await page.getByRole("link", { name: "Retour à la classe" }).click();
  await page.getByRole("button", { name: "Ouvrir la séance" }).click();
  const classPage = page.url();

  // "Later" cannot open yet; "before" opens.
  const occasion = (name: string) => page.locator(".checkin-occasions li", { hasText: name });
  await expect(occasion("Plus tard")).toContainText("4 semaines après");
  await occasion("Avant").getByRole("button", { name: "Ouvrir" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le point d'étape est ouvert" })).toBeVisible();
  await noViolations(page, javaScriptEnabled);

  // A guest is told check-ins are answered in class.
  const guest = await pupilPage(browser, baseURL!, javaScriptEnabled);
  await guest.goto("/checkin");
  await expect(guest.getByText("se font en classe")).toBeVisible();
  await guest.context().close();

  for (const [round, which] of [["Avant", 0], ["Après", -1]] as const) {
    for (const [i, card] of cards.entries()) {
      const pupil = await pupilPage(browser, baseURL!, javaScriptEnabled);
      await join(pupil, card);
      await pupil.getByRole("link", { name: "Répondre au point d'étape" }).click();
      await expect(pupil.getByRole("heading", { level: 1 })).toHaveText("Où en es-tu ?");
      if (i === 0) {
        await noViolations(pupil, javaScriptEnabled);
        if (round === "Avant") {
          // Half a form: refused, nothing lost, the gaps marked.
          await pupil.locator("fieldset.checkin-item input").first().check();
          await pupil.getByRole("button", { name: "Envoyer mes réponses" }).click();
          await expect(pupil.getByRole("alert").filter({ hasText: "Quelques questions n'ont pas encore de réponse" })).toBeVisible();
          await expect(pupil.locator("fieldset.checkin-item input").first()).toBeChecked();
          await expect(pupil.locator(".checkin-item--missing").first()).toBeVisible();
          await noViolations(pupil, javaScriptEnabled);
        }
      }
      await answerAll(pupil, which);
      await pupil.getByRole("button", { name: "Envoyer mes réponses" }).click();
      await expect(pupil.getByRole("status").filter({ hasText: "Merci, tes réponses sont envoyées" })).toBeVisible();
      await expect(pupil.getByRole("link", { name: "Répondre au point d'étape" })).toHaveCount(0);
      // A pupil sees no figure, and no teacher's page.
      await pupil.goto("/checkin");
      await expect(pupil.getByText("Tu as déjà répondu")).toBeVisible();
      await pupil.goto(`${classPage}/impact`);
      await expect(pupil).toHaveURL(/\/teachers\/login$/);
      await pupil.context().close();
    }
    await page.goto(classPage);
    await expect(occasion(round)).toContainText("5 élèves ont répondu");
    if (round === "Avant") await occasion("Après").getByRole("button", { name: "Ouvrir" }).click();
  }

  // The impact page: the chart, its table, the figures in words; no pupil named.
  await page.goto(classPage);
  await page.getByRole("link", { name: "Ce qui a changé : les chiffres des points d'étape" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce qui a changé en CM1 A");
  await expect(page.locator("svg.impact-chart")).toBeVisible();
  const table = page.locator("table.impact-table");
  await expect(table.getByRole("row", { name: /Connaissances/ })).toContainText("5 élèves");
  await expect(page.locator(".impact-words li").first()).toContainText("5 élèves ont répondu aux deux");
  await noViolations(page, javaScriptEnabled);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".teacher-bar")).toBeHidden();
  await expect(page.locator("svg.impact-chart")).toBeVisible();
});
