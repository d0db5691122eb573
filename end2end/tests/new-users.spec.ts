import { test, expect, type Browser, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { noViolations } from "./helpers";

// What a French CM2 teacher, a British teacher and a worried parent stumbled on, each on their path.

async function newTeacher(page: Page, name: string) {
  await page.goto("/teachers/signup");
  await page.getByLabel("Adresse e-mail").fill(`${name}-${Date.now()}-${Math.random()}@ecole.example`);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase facile à retenir");
  await page.getByLabel(/Le mot de passe, encore une fois|Confirm/).fill("une phrase facile à retenir");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes classes");
}

/** A class of `tier` in `country` with `pupils` pupils, the session open: its cards. */
async function newClass(page: Page, tier: string, country: string, pupils: number, javaScriptEnabled?: boolean) {
  await page.getByLabel("Nom de la classe").fill("CM2 B");
  await page.getByLabel("Tranche d'âge").selectOption(tier);
  await page.getByLabel("Pays").selectOption(country);
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CM2 B");
  // A class without pupils shows its roster unfolded.
  await expect(page.locator("details.roster")).toHaveAttribute("open", "");
  await page.getByLabel("Nombre d'élèves à ajouter").fill(String(pupils));
  await page.getByRole("button", { name: "Ajouter et imprimer les cartes" }).click();
  const cards = [];
  for (const card of await page.locator(".login-card").all()) {
    const codes = await card.locator("dd.code").allTextContents();
    cards.push({ classCode: codes[0], personalCode: codes[1], handle: (await card.locator(".login-card__handle").textContent())! });
  }
  // The cards page passes axe, with JavaScript and without.
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Retour à la classe" }).click();
  await page.getByRole("button", { name: "Ouvrir la séance" }).click();
  return cards;
}

async function pupilJoins(browser: Browser, baseURL: string, javaScriptEnabled: boolean | undefined, card: { classCode: string; personalCode: string }) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: "fr-FR", viewport: { width: 1024, height: 600 } });
  const pupil = await context.newPage();
  await pupil.goto("/join");
  await pupil.getByLabel("Code de la classe").fill(card.classCode);
  await pupil.getByLabel("Mon code personnel").fill(card.personalCode);
  await pupil.locator("main").getByRole("button").first().click();
  await expect(pupil).toHaveURL(/\/modules$/);
  return pupil;
}

test("a pupil of an 8–10 class sees only their tier, and a 14–17 or unassigned sensitive module is a kind locked page", async ({ page, browser, baseURL, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  await newTeacher(page, "gate");
  const cards = await newClass(page, "8-10", "fr", 1);
  const pupil = await pupilJoins(browser, baseURL!, javaScriptEnabled, cards[0]);
  await expect(pupil.getByRole("link", { name: "Mes informations, ma vie privée" }).first()).toBeVisible();
  await expect(pupil.getByRole("heading", { name: "14 – 17 ans" })).toHaveCount(0);
  await expect(pupil.getByText(/autres modules s'ouvriront quand ton enseignant/)).toBeVisible();
  await noViolations(pupil, javaScriptEnabled);
  for (const path of ["/modules/sextortion-first-hour/lessons/1", "/modules/my-body-my-pictures"]) {
    const response = await pupil.goto(path);
    expect(response!.status()).toBe(403);
    await expect(pupil.getByRole("heading", { level: 1 })).toHaveText("Ce module n'est pas encore ouvert pour toi");
    await expect(pupil.locator("form[method=post][action^='/modules']")).toHaveCount(0);
    await noViolations(pupil, javaScriptEnabled);
  }
  await pupil.getByRole("link", { name: "Revenir à mes modules" }).click();
  await expect(pupil).toHaveURL(/\/modules$/);
});

test("a guest sees the tier on every page of a module", async ({ page }) => {
  for (const path of ["/modules/sextortion-first-hour", "/modules/sextortion-first-hour/lessons/1", "/modules/sextortion-first-hour/quiz/1"]) {
    await page.goto(path);
    await expect(page.locator(".tier-label")).toHaveText("14 – 17 ans");
  }
});

test("after the quick exit, Back shows a neutral page, with and without JavaScript", async ({ page, javaScriptEnabled }) => {
  await page.route("https://meteofrance.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Météo</title><p>Météo</p>" }),
  );
  await page.goto("/parents");
  await page.goto("/parents/if-it-happened");
  await expect(page.getByText("ou Échap deux fois")).toBeVisible();
  if (javaScriptEnabled) await page.waitForFunction(() => document.querySelector("leptos-island") !== null);
  await page.getByRole("link", { name: "Sortie rapide" }).click();
  await expect(page).toHaveURL("https://meteofrance.com/");
  await page.goBack();
  if (javaScriptEnabled) {
    // The history entry was replaced: Back leads to the page before, not to the sensitive one.
    await expect(page).not.toHaveURL(/if-it-happened/);
  }
  await expect(page).toHaveTitle("Prévisions météo");
  await expect(page.locator("body")).not.toContainText("Lanterne");
  await expect(page.locator("body")).not.toContainText("Si c'est arrivé");
  await noViolations(page, javaScriptEnabled);
});

test("a teacher exports results that open in a spreadsheet, in French and in English", async ({ page, browser, baseURL, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  await newTeacher(page, "csv");
  const cards = await newClass(page, "8-10", "fr", 1);
  const pupil = await pupilJoins(browser, baseURL!, javaScriptEnabled, cards[0]);
  await pupil.goto("/modules/my-information/quiz/1");
  await pupil.locator("input[name=option]").first().check();
  await pupil.getByRole("button", { name: "Valider" }).click();
  await expect(pupil.locator(".feedback")).toBeVisible();
  for (const [lang, separator, header] of [["fr", ";", "Élève"], ["en", ",", "Pupil"]]) {
    if (lang === "en") await page.getByRole("button", { name: "English" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /CSV/ }).first().click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(/^lanterne-cm2-b-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = JSON.parse(
      execFileSync("python3", ["-c", `
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))
`, file!, separator]).toString(),
    );
    expect(rows[0].length).toBe(6);
    expect(rows[0][0]).toBe(header);
    // The handle, in the language of the export ("Loup orange 1", "Orange Wolf 1").
    if (lang === "fr") expect(rows[1][0]).toBe(cards[0].handle);
    else expect(rows[1][0]).toMatch(/^\S+ \S+ 1$/);
    expect(rows[1][1]).toBe(lang === "fr" ? "Mes informations, ma vie privée" : "My information, my privacy");
    expect(Number(rows[1][4])).toBeGreaterThanOrEqual(0);
    expect(readFileSync(file!)[0]).toBe(0xef);
  }
});

test("the class page puts the session and assignments first; a lost card is confirmed and shown alone; the join screen", async ({ page, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 600 });
  await newTeacher(page, "class");
  await newClass(page, "8-10", "fr", 25, javaScriptEnabled);
  const session = await page.getByRole("heading", { name: "Séance", exact: true }).boundingBox();
  const assignments = await page.getByRole("heading", { name: "Modules attribués" }).boundingBox();
  const roster = await page.locator("details.roster > summary").boundingBox();
  expect(session!.y).toBeLessThan(600);
  expect(assignments!.y).toBeLessThan(roster!.y);
  await expect(page.locator("details.roster")).not.toHaveAttribute("open", "");
  await noViolations(page, javaScriptEnabled);
  // The parents' letter is reachable from the class page, dated, with a school name and a signature line.
  await page.getByRole("link", { name: "lettre aux parents" }).first().click();
  await expect(page.getByText(/^Date : \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await page.getByLabel("École :").fill("École Jules-Ferry");
  await expect(page.getByText("Signature :")).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  await page.goBack();
  // A lost card.
  await page.locator("details.roster > summary").click();
  await page.getByRole("link", { name: /^Nouveau code pour/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Remplacer une carte perdue");
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Oui, faire une nouvelle carte" }).click();
  await expect(page.locator(".login-card")).toHaveCount(1);
  await page.getByRole("link", { name: "Retour à la classe" }).click();
  // The projector view.
  await page.getByRole("link", { name: /Afficher comment rejoindre/ }).click();
  await expect(page.locator(".join-screen__big").first()).toContainText("/join");
  await noViolations(page, javaScriptEnabled);
});

test("a British teacher's checklist and card show UK procedure and primary wording", async ({ page, javaScriptEnabled }) => {
  await newTeacher(page, "uk");
  await newClass(page, "8-10", "gb", 1);
  await page.getByLabel("Module", { exact: true }).selectOption("my-body-my-pictures");
  await page.getByRole("button", { name: "Attribuer" }).click();
  await expect(page.getByLabel(/designated safeguarding lead/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /école élémentaire|primary/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "0808 800 5000" })).toHaveAttribute("href", "tel:08088005000");
  await expect(page.locator(".disclosure")).not.toContainText("CRIP");
  await noViolations(page, javaScriptEnabled);
});

test("an answer that says a pupil doesn't know who to tell gets help right there; the result page signs out", async ({ page, browser, baseURL, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  await newTeacher(page, "distress");
  const cards = await newClass(page, "8-10", "fr", 1);
  const pupil = await pupilJoins(browser, baseURL!, javaScriptEnabled, cards[0]);
  await pupil.goto("/modules/my-information/quiz/10");
  await pupil.getByLabel("Je ne sais pas encore.").check();
  await pupil.getByRole("button", { name: "Valider" }).click();
  await expect(pupil.getByRole("heading", { name: "Tu n'as pas à gérer ça tout seul" })).toBeVisible();
  await expect(pupil.getByText(/Tu peux en parler à ton enseignant/)).toBeVisible();
  await expect(pupil.getByRole("link", { name: /Appeler le 3018/ })).toHaveAttribute("href", "tel:3018");
  await noViolations(pupil, javaScriptEnabled);
  await pupil.goto("/modules/my-information/result");
  await pupil.getByRole("button", { name: "J'ai fini – me déconnecter" }).click();
  await pupil.goto("/modules");
  await expect(pupil.getByText(/Tu es .*, dans la classe/)).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a parent finds call buttons at the top, tel: links in the guides, and picks the country", async ({ page, javaScriptEnabled }) => {
    await page.goto("/parents/help");
    const call = page.locator(".call-button").first();
    await expect(call).toHaveAttribute("href", /^tel:/);
    const box = await call.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.y).toBeLessThan(844);
    await expect(page.locator("meta[name=description]")).toHaveAttribute("content", /.{40,}/);
    await expect(page.getByText(/Vous n'avez pas à gérer cela seul/)).toBeVisible();
    await noViolations(page, javaScriptEnabled);
    await expect(page.locator(".callout--urgent p a[href='tel:112']")).toBeVisible();
    await page.goto("/parents/guide-8-10");
    await expect(page).toHaveTitle(/^Protéger son enfant de 8 à 10 ans en ligne/);
    await expect(page.locator(".prose a[href='tel:17']").first()).toBeVisible();
    await expect(page.locator("meta[name=description]")).toHaveAttribute("content", /.{40,}/);
    await noViolations(page, javaScriptEnabled);
    // A UK parent reading French.
    await page.getByRole("button", { name: "Royaume-Uni" }).click();
    await expect(page.getByRole("button", { name: "Royaume-Uni" })).toHaveAttribute("aria-pressed", "true");
    await page.goto("/parents/help");
    await expect(page.locator(".call-button").first()).toHaveAttribute("href", "tel:999");
    await noViolations(page, javaScriptEnabled);
  });
});

test("on a 1024×600 laptop the header is compact and the home page has a way to join", async ({ page, javaScriptEnabled }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto("/");
  await noViolations(page, javaScriptEnabled);
  const header = await page.locator(".site-header").boundingBox();
  expect(header!.height).toBeLessThan(600 / 4);
  const join = page.getByRole("link", { name: "Rejoindre ma classe" });
  const box = await join.boundingBox();
  expect(box!.y + box!.height).toBeLessThan(600);
  await page.getByRole("link", { name: "Vous êtes parent ?" }).click();
  await expect(page).toHaveURL(/\/parents\/help$/);
  // The same laptop at 200 % zoom: the header still leaves most of the screen to the page.
  await page.setViewportSize({ width: 512, height: 300 });
  await page.goto("/");
  const zoomed = await page.locator(".site-header").boundingBox();
  expect(zoomed!.height).toBeLessThan(300 * 0.4);
  await expect(page.getByRole("link", { name: "Sortie rapide" })).toBeInViewport();
  await noViolations(page, javaScriptEnabled);
});

test("a scenario step with one way on is a button, with and without JavaScript", async ({ page, javaScriptEnabled }) => {
  await page.goto("/modules/my-information/scenarios/free-gems");
  // Théo gives his details away, makes a new account and answers back: the next step has one way on.
  await page.getByLabel(/Il écrit son nom/).check();
  await page.getByRole("button", { name: "Choisir" }).click();
  await expect(page.getByRole("heading", { name: "Tu as choisi :" })).toBeVisible();
  await page.getByLabel(/Il ne dit rien et crée un nouveau compte/).check();
  await page.getByRole("button", { name: "Choisir" }).click();
  await page.getByLabel(/Laisse-moi tranquille/).check();
  await page.getByRole("button", { name: "Choisir" }).click();
  const onlyWay = page.getByRole("button", { name: /il raconte tout à son papa/ });
  await expect(onlyWay).toBeVisible();
  await expect(page.locator("#player").getByRole("radio")).toHaveCount(0);
  await noViolations(page, javaScriptEnabled);
  await onlyWay.click();
  await expect(onlyWay).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Papa l'aide" })).toBeVisible();
});

test("every page a guest, a new pupil or a new teacher first meets passes axe", async ({ page, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  for (const path of [
    "/modules",
    "/modules/my-information",
    "/modules/my-information/lessons/1",
    "/modules/behind-the-screen/quiz/1",
    "/modules/sextortion-first-hour",
    "/modules/sextortion-first-hour/lessons/1",
    "/modules/my-information/result",
    "/join",
    "/teachers",
    "/teachers/signup",
    "/teachers/login",
    "/teachers/disclosure",
    "/verify",
    "/help",
    "/parents",
    "/parents/if-it-happened",
    "/parents/guide-14-17",
  ]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await noViolations(page, javaScriptEnabled);
  }
});
