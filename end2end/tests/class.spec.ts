import { test, expect, request as apiRequest, type Browser, type Page } from "@playwright/test";
import { followMyInformation, noViolations, quizOptions, tick } from "./helpers";

/** A pupil's own browser, with the project's settings. */
async function pupilPage(browser: Browser, baseURL: string, javaScriptEnabled: boolean | undefined) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "fr-FR" });
  return context.newPage();
}

async function join(page: Page, classCode: string, personalCode: string, javaScriptEnabled: boolean | undefined) {
  await page.goto("/join");
  await noViolations(page, javaScriptEnabled);
  await page.getByLabel("Code de la classe").fill(classCode);
  await page.getByLabel("Mon code personnel").fill(personalCode);
  await page.getByRole("button", { name: "Entrer" }).click();
  await expect(page).toHaveURL(/\/modules$/);
}

async function assignThroughChecklist(page: Page, moduleId: string, javaScriptEnabled: boolean | undefined) {
  await page.getByLabel("Module", { exact: true }).selectOption(moduleId);
  await page.getByRole("button", { name: "Attribuer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Avant ce module");
  await expect(page.getByRole("heading", { name: /Si un élève vous confie quelque chose/ })).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  // The letter to parents, in the class's language (a French class here).
  const checklist = page.url();
  await page.getByRole("link", { name: /Ouvrir la lettre aux parents/ }).click();
  await expect(page.getByText("Madame, Monsieur,")).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  await page.goto(checklist);
  await page.getByLabel(/directeur ou la directrice/).check();
  await page.getByLabel(/règles de discussion/).check();
  await page.getByLabel(/lettre d'information/).check();
  await page.getByRole("button", { name: "Confirmer et attribuer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le module est attribué" })).toBeVisible();
}

test("a teacher runs a class; a pupil joins with the printed codes, resumes, passes the final test and prints a permit", async ({ page, browser, baseURL, javaScriptEnabled }, testInfo) => {
  test.setTimeout(240_000);
  const foreign: string[] = [];
  page.on("request", (r) => { if (!r.url().startsWith(baseURL!)) foreign.push(r.url()); });

  // The teacher signs up and creates a class.
  await page.goto("/teachers");
  await page.getByRole("link", { name: "Créer un compte enseignant" }).click();
  await noViolations(page, javaScriptEnabled);
  await page.getByLabel("Adresse e-mail").fill(`prof-${testInfo.project.name}-${Date.now()}@ecole.example`);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase facile à retenir");
  await page.getByLabel("Le mot de passe, encore une fois").fill("une phrase facile à retenir");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes classes");
  await noViolations(page, javaScriptEnabled);
  await page.getByLabel("Nom de la classe").fill("CM2 B");
  await page.getByLabel("Tranche d'âge").selectOption("8-10");
  await page.getByLabel("Pays").selectOption("fr");
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CM2 B");
  await noViolations(page, javaScriptEnabled);

  // Five pupils, and their cards printed.
  await page.getByLabel("Nombre d'élèves à ajouter").fill("5");
  await page.getByRole("button", { name: "Ajouter et imprimer les cartes" }).click();
  await expect(page.locator(".login-card")).toHaveCount(5);
  await noViolations(page, javaScriptEnabled);
  const cards = [];
  for (const card of await page.locator(".login-card").all()) {
    const codes = await card.locator("dd.code").allTextContents();
    cards.push({ classCode: codes[0], personalCode: codes[1], handle: await card.locator(".login-card__handle").textContent() });
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".login-card").first()).toBeVisible();
  await expect(page.locator(".teacher-bar")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "Retour à la classe" }).click();

  // A module, and the final test (a sensitive one) through the checklist; then the session opens.
  await page.getByLabel("Module", { exact: true }).selectOption("my-information");
  await page.getByLabel("Date limite (facultatif)").fill("2099-06-30");
  await page.getByRole("button", { name: "Attribuer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le module est attribué" })).toBeVisible();
  await assignThroughChecklist(page, "final-8-10", javaScriptEnabled);
  await page.getByRole("button", { name: "Ouvrir la séance" }).click();
  await expect(page.getByText("Séance ouverte", { exact: true })).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  const classPage = page.url();
  // A facilitator guide, and the account page.
  await page.getByRole("link", { name: "Mes informations, ma vie privée" }).click();
  await expect(page.getByText("Guide d'animation", { exact: false }).first()).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
  await noViolations(page, javaScriptEnabled);
  await page.goto(classPage);

  // The first pupil joins and follows a module to its end.
  let pupil = await pupilPage(browser, baseURL!, javaScriptEnabled);
  await join(pupil, cards[0].classCode, cards[0].personalCode, javaScriptEnabled);
  await expect(pupil.getByText(`Tu es ${cards[0].handle}, dans la classe CM2 B.`)).toBeVisible();
  await expect(pupil.getByRole("heading", { name: "Demandé par ton enseignant" })).toBeVisible();
  await noViolations(pupil, javaScriptEnabled);
  await pupil.getByRole("region", { name: "Demandé par ton enseignant" }).getByRole("link", { name: "Mes informations, ma vie privée" }).click();
  await followMyInformation(pupil, javaScriptEnabled);

  // The browser is closed; on another one the same card brings everything back.
  await pupil.context().close();
  pupil = await pupilPage(browser, baseURL!, javaScriptEnabled);
  await join(pupil, cards[0].classCode, cards[0].personalCode, javaScriptEnabled);
  await pupil.goto("/modules/my-information");
  await expect(pupil.getByRole("link", { name: "Continuer" })).toBeVisible();
  await expect(pupil.locator(".parts .status--done")).not.toHaveCount(0);

  // The final test, answered right, and the permit.
  const questions = quizOptions("final-8-10").length;
  for (let n = 1; n <= questions; n++) {
    await pupil.goto(`/modules/final-8-10/quiz/${n}`);
    await tick(pupil, "final-8-10", n);
    await pupil.getByRole("button", { name: "Valider" }).click();
    await expect(pupil.locator(".feedback")).toBeVisible();
  }
  await pupil.goto("/modules/final-8-10/result");
  await pupil.getByRole("button", { name: "Obtenir mon permis" }).click();
  await expect(pupil.getByRole("heading", { level: 1 })).toHaveText("Permis Lanterne");
  await noViolations(pupil, javaScriptEnabled);
  const sent: string[] = [];
  pupil.on("request", (r) => sent.push(r.url() + (r.postData() ?? "")));
  await pupil.getByLabel("Prénom :").fill("Léa");
  await pupil.emulateMedia({ media: "print" });
  await expect(pupil.locator(".permit")).toBeVisible();
  await expect(pupil.locator(".permit")).toContainText("CM2 B");
  await expect(pupil.locator(".site-header")).toBeHidden();
  await pupil.emulateMedia({ media: "screen" });
  const code = (await pupil.locator(".permit__code .code").textContent())!;
  expect(sent.join(" ")).not.toContain("L%C3%A9a");
  expect(sent.join(" ")).not.toContain("Léa");

  // /verify accepts the code, and says nothing about the pupil.
  await page.goto("/verify");
  await page.getByLabel("Code de vérification :").fill(code);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.getByRole("heading", { name: "Ce permis est authentique." })).toBeVisible();
  await expect(page.locator("main")).toContainText("CM2 B");
  await expect(page.locator("main")).not.toContainText(cards[0].handle!);
  await noViolations(page, javaScriptEnabled);

  // Four more pupils answer the first question: the dashboard shows its figures.
  for (const card of cards.slice(1)) {
    const api = await apiRequest.newContext({ baseURL });
    await api.post("/join", { form: { class_code: card.classCode, personal_code: card.personalCode } });
    // Each pupil has option ids of their own: read them from the question's page.
    const question = await (await api.get("/modules/my-information/quiz/1")).text();
    const option = question.match(/name="option"[^>]*value="([^"]+)"/)![1];
    await api.post("/modules/my-information/quiz/1/answer", { form: { option } });
    await api.dispose();
  }
  await page.goto("/teachers/classes");
  await page.getByRole("link", { name: "CM2 B" }).click();
  await page.getByRole("link", { name: "Résultats", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Résultats");
  await expect(page.getByText("5 élèves ont répondu (premières réponses).").first()).toBeVisible();
  await expect(page.locator(".misconception svg").first()).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(cards[0].handle!) })).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  expect(foreign, "no request leaves the site").toEqual([]);
});

test("a wrong code gets a friendly message and keeps the class code typed", async ({ page }) => {
  await page.goto("/join");
  await page.getByLabel("Code de la classe").fill("ACD-EFG");
  await page.getByLabel("Mon code personnel").fill("HJK-MNP");
  await page.getByRole("button", { name: "Entrer" }).click();
  await expect(page.getByRole("alert")).toHaveText(/Ces codes ne correspondent à aucune carte/);
  await expect(page.getByLabel("Code de la classe")).toHaveValue("ACD-EFG");
});

test("teachers find what to do if a pupil tells them something, on a page of its own", async ({ page, javaScriptEnabled }) => {
  await page.goto("/teachers");
  await page.getByRole("link", { name: "Si un élève vous confie quelque chose" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Si un élève vous confie quelque chose/);
  await expect(page.getByText(/Ne promettez pas le secret/)).toBeVisible();
  await noViolations(page, javaScriptEnabled);
});

test("the teachers' login page says the same thing for a wrong password and an unknown email", async ({ page, javaScriptEnabled }) => {
  await page.goto("/teachers/login");
  await noViolations(page, javaScriptEnabled);
  await page.getByLabel("Adresse e-mail").fill("personne@ecole.example");
  await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert")).toHaveText("L'adresse e-mail ou le mot de passe est incorrect.");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("personne@ecole.example");
  await noViolations(page, javaScriptEnabled);
});
