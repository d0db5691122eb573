import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";

/**
 * axe-core finds no violation on the page. Without JavaScript axe cannot run inside the page, so
 * the page's markup, fetched again with this learner's cookies, is opened in a page of its own with
 * every script of the site removed and blocked, and axe runs there: what it checks is the page as a
 * browser without JavaScript shows it.
 */
export async function noViolations(page: Page, javaScriptEnabled: boolean | undefined) {
  const withoutJavaScript = javaScriptEnabled === false || test.info().project.use.javaScriptEnabled === false;
  if (!withoutJavaScript) {
    await settled(page);
    expect((await new AxeBuilder({ page }).analyze()).violations, page.url()).toEqual([]);
    return;
  }
  const url = page.url();
  const served = await (await page.request.get(url)).text();
  const html = served.replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<link[^>]+rel="modulepreload"[^>]*>/gi, "");
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, locale: "fr-FR" });
  const probe = await context.newPage();
  await probe.route("**/*", (route) => {
    const request = route.request();
    if (request.url() === url) return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
    if (request.resourceType() === "script" || request.url().endsWith(".wasm")) return route.abort();
    return route.continue();
  });
  await probe.goto(url);
  await settled(probe);
  const violations = (await new AxeBuilder({ page: probe }).analyze()).violations;
  await context.close();
  expect(violations, `${url} without JavaScript`).toEqual([]);
}

/** Waits for the page's animations (a chat's bubbles coming in) to end: axe checks what stays on screen. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/** One option of a quiz as written in the course material. */
export type WrittenOption = { text: string; right: boolean };

/** Each question's options of a module's French quiz, in the order they are written. */
export function quizOptions(module: string): WrittenOption[][] {
  const file = path.join(__dirname, "..", "..", "content", "modules", module, "quiz.fr.md");
  return fs
    .readFileSync(file, "utf8")
    .split(/^## /m)
    .slice(1)
    .map((question) =>
      question
        .split("\n")
        .filter((line) => line.startsWith("- ["))
        .map((line) => ({ text: line.slice(6), right: line.startsWith("- [x]") })),
    );
}

/** Text as a reader sees it: no emphasis marks, straight quotes and dots, single spaces. */
function seen(text: string): string {
  return text
    .replace(/[*_`]/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, "...")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** The labels of the options on a question page, in the order this learner sees them. */
export async function shownOptions(page: Page): Promise<string[]> {
  return (await page.locator("#player form label").allTextContents()).map(seen);
}

/**
 * Ticks the right options of question `n` (or one wrong one), found by their text: each learner
 * sees the options in an order of their own. An opinion question gets its first option.
 */
export async function tick(page: Page, module: string, n: number, which: "right" | "wrong" = "right") {
  const options = quizOptions(module)[n - 1];
  const right = options.filter((o) => o.right);
  const wanted = right.length === 0 ? options.slice(0, 1) : which === "right" ? right : options.filter((o) => !o.right).slice(0, 1);
  const labels = await shownOptions(page);
  const texts = wanted.map((o) => seen(o.text));
  expect(texts.every((t) => labels.includes(t)), `${module} ${n}: ${texts} among ${labels}`).toBe(true);
  for (const [i, label] of labels.entries()) {
    if (texts.includes(label)) await page.locator("#player form input[name=option]").nth(i).check();
  }
}

/**
 * From the overview of "Mes informations, ma vie privée": every lesson, the scenario by its
 * last choices (a branch away from the first), question 1 wrong then right, the others once.
 */
export async function followMyInformation(page: Page, javaScriptEnabled: boolean | undefined) {
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
  await finishScenario(page);
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Suivant" }).click();

  // The quiz: a question shows no explanation before it is answered.
  await expect(page).toHaveURL(/\/quiz\/1$/);
  await expect(page.locator(".feedback")).toHaveCount(0);
  await noViolations(page, javaScriptEnabled);
  // Question 1: a wrong option, then the right one, found by their text.
  await tick(page, "my-information", 1, "wrong");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByRole("heading", { name: "Pas tout à fait." })).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Réessayer" }).click();
  await tick(page, "my-information", 1, "right");
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
}

/** Follows a scenario to its end, always by the last choice offered. */
export async function finishScenario(page: Page) {
  for (let step = 0; step < 12 && !(await page.getByText("Fin de la situation.").isVisible()); step++) {
    const choices = page.getByRole("radio");
    const current = await page.locator("input[name=step]").getAttribute("value");
    if ((await choices.count()) === 0) {
      // A step with one way on: the choice is the button itself.
      await page.locator("#player form button[type=submit]").click();
    } else {
      await choices.last().check();
      await page.getByRole("button", { name: "Choisir" }).click();
    }
    // With JavaScript the step changes in place: wait until this one has gone.
    await expect(page.locator(`input[name=step][value="${current}"]`)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Tu as choisi :" })).toBeVisible();
  }
  await expect(page.getByText("Fin de la situation.")).toBeVisible();
}

/** Follows `module` from its overview to its result as a guest: every lesson, every scenario, every question answered right. */
export async function followModule(page: Page, module: string, javaScriptEnabled: boolean | undefined) {
  await page.goto(`/modules/${module}`);
  await page.getByRole("link", { name: "Commencer" }).click();
  for (let part = 0; part < 40 && !page.url().endsWith("/result"); part++) {
    const url = page.url();
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    if (part < 3) await noViolations(page, javaScriptEnabled);
    if (url.includes("/lessons/")) {
      await page.getByRole("button", { name: "J'ai lu, je continue" }).click();
    } else if (url.includes("/scenarios/")) {
      await finishScenario(page);
      await page.getByRole("link", { name: "Suivant" }).click();
    } else {
      const n = Number(url.match(/\/quiz\/(\d+)/)![1]);
      await tick(page, module, n);
      await page.getByRole("button", { name: "Valider" }).click();
      await expect(page.getByRole("heading", { name: /Bonne réponse !|Merci pour ta réponse/ })).toBeVisible();
      await page.getByRole("link", { name: "Suivant" }).click();
    }
    await expect(page).not.toHaveURL(url);
  }
  await expect(page.getByText("Bravo, tu as réussi ce module !")).toBeVisible();
}

/** Passes a final test as a guest, every question answered right, and opens the permit. */
export async function passFinalAndOpenPermit(page: Page, module: string) {
  const questions = quizOptions(module).length;
  for (let n = 1; n <= questions; n++) {
    await page.goto(`/modules/${module}/quiz/${n}`);
    await tick(page, module, n);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.getByRole("heading", { name: /Bonne réponse !|Merci pour ta réponse/ })).toBeVisible();
  }
  await page.goto(`/modules/${module}/result`);
  await page.getByRole("button", { name: "Obtenir mon permis" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Permis Lanterne");
}
