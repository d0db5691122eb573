import { test, expect } from "@playwright/test";
import { followModule, noViolations, passFinalAndOpenPermit, tick } from "./helpers";

// Screens a child wants to look at: conversations drawn as the app they imitate, a face for each
// tier and module, progress at a glance, a permit that looks like one. Every check runs with
// JavaScript and without.

const chatScenario = "/modules/behind-the-screen/scenarios/too-nice-player";

/** How many pages a PDF has. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test("a conversation in a scenario is drawn as the game chat it imitates, with the choices as replies", async ({ page, javaScriptEnabled }) => {
  await page.goto(chatScenario);
  const chat = page.locator("figure.chat.chat--game");
  await expect(chat.locator("figcaption")).toHaveText("Chat du jeu");
  const first = chat.locator(".bubble--them").first();
  await expect(first.locator(".bubble__who")).toHaveText("Lucas_10ans");
  // A screen reader hears who speaks, then what they say.
  await expect(first).toHaveText(/^Lucas_10ans : .+/);
  await expect(chat.locator(".chat__event")).toContainText("Lucas_10ans");
  // The story around the messages stays prose; the choices are the replies under the chat.
  await expect(page.locator(".step--chat > .prose > p").first()).toContainText("Yanis a 10 ans");
  const replies = page.locator("fieldset.replies").getByRole("radio");
  await expect(replies).toHaveCount(3);
  await noViolations(page, javaScriptEnabled);
  await replies.first().check();
  await page.getByRole("button", { name: "Choisir" }).click();
  await expect(page.getByRole("heading", { name: "Tu as choisi :" })).toBeVisible();
  // The next step is a conversation too, in the same game.
  await expect(page.locator("figure.chat--game .bubble")).not.toHaveCount(0);
  await noViolations(page, javaScriptEnabled);
});

test("each step names where the pupil is, and the catalogue says done, in progress and to do in words", async ({ page, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  await page.goto("/modules/my-information/lessons/1");
  const steps = page.getByRole("navigation", { name: "Où tu en es dans le module" });
  await expect(steps.locator(".steps__count")).toHaveText(/^Étape 1 sur \d+$/);
  await expect(steps.locator("[aria-current=step]")).toHaveText("Ce qui est à moi : tu es ici");
  await expect(steps.locator("li").nth(1)).toHaveText(/ : à faire$/);
  await page.getByRole("button", { name: "J'ai lu, je continue" }).click();
  await expect(steps.locator(".steps__count")).toHaveText(/^Étape 2 sur \d+$/);
  await expect(steps.locator("li").first()).toHaveText("Ce qui est à moi : fait");
  await expect(steps.locator("li.steps__mark--done")).toHaveCount(1);

  await page.goto("/modules");
  const card = (title: string) => page.locator(".card").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(card("Mes informations, ma vie privée").locator(".status")).toHaveText("En cours");
  await expect(card("Qui est vraiment derrière l'écran ?").locator(".status")).toHaveText("À faire");
  // Each card and each tier has its emblem, decorative beside the words that name it.
  await expect(page.locator(".card svg.emblem[aria-hidden=true]")).toHaveCount(await page.locator(".card").count());
  await expect(page.locator("h2.tier-heading svg.emblem")).toHaveCount(3);
  await noViolations(page, javaScriptEnabled);

  await followModule(page, "things-that-upset-you", javaScriptEnabled);
  await page.goto("/modules");
  await expect(card("Ce qui fait peur ou gêne en ligne").locator(".status")).toHaveText("Terminé");
  await page.goto("/modules/things-that-upset-you");
  await expect(page.locator(".parts .status--to-do")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Où tu en es dans le module" }).locator(".steps__count")).toHaveText(/^(\d+) étapes faites sur \1$/);
});

test("a lesson for 8–10 shows its illustration with a text alternative, in larger type", async ({ page, javaScriptEnabled }) => {
  await page.goto("/modules/my-information/lessons/1");
  const picture = page.locator("figure.illustration svg");
  await expect(picture).toHaveAttribute("role", "img");
  await expect(picture).toHaveAttribute("aria-label", /clé/);
  await expect(page.getByRole("img", { name: /Une maison et sa clé/ })).toBeVisible();
  const size = (path: string) => page.goto(path).then(() => page.locator(".prose p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize)));
  if (javaScriptEnabled !== false) {
    expect(await size("/modules/my-information/lessons/1")).toBeGreaterThan(await size("/modules/sextortion-first-hour/lessons/1"));
  }
  await page.goto("/modules/my-information/lessons/1");
  await noViolations(page, javaScriptEnabled);
});

test("the bubbles move only for those who have not asked for less motion", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "reading a computed style needs JavaScript in the page; the stylesheet is the same");
  await page.goto(chatScenario);
  const animation = () => page.locator(".bubble").first().evaluate((b) => getComputedStyle(b).animationName);
  expect(await animation()).toBe("bubble-in");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await animation()).toBe("none");
});

test("at 200 % zoom and in forced colours, a chat step and the catalogue still read without scrolling sideways", async ({ page, javaScriptEnabled }) => {
  // A 1280-pixel-wide screen at 200 %: 640 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  for (const path of [chatScenario, "/modules", "/modules/my-information/lessons/1"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const box = await page.locator("main").boundingBox();
    expect(box!.width, path).toBeLessThanOrEqual(640);
    for (const wide of await page.locator(".chat, .steps, .card, .illustration").all()) {
      const inner = await wide.boundingBox();
      expect(inner!.x + inner!.width, path).toBeLessThanOrEqual(640);
    }
  }
  await noViolations(page, javaScriptEnabled);
  // In forced colours the bubbles and the step marks keep an outline of their own.
  test.skip(javaScriptEnabled === false, "reading a computed style needs JavaScript in the page");
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(chatScenario);
  const border = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).borderTopColor);
  expect(await border(".bubble")).not.toBe("rgba(0, 0, 0, 0)");
  expect(await border(".steps__mark--current")).not.toBe("rgba(0, 0, 0, 0)");
});

test("every page a pupil meets passes axe", async ({ page, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  const paths = [
    "/",
    "/modules",
    "/modules/my-information",
    "/modules/my-information/lessons/1",
    "/modules/my-body-my-pictures/lessons/1",
    chatScenario,
    "/modules/how-manipulation-works/scenarios/new-friend-in-the-game",
    "/modules/being-a-witness/scenarios/the-group-chat",
    "/modules/sextortion-first-hour/scenarios/noah-first-hour",
    "/modules/my-information/quiz/1",
    "/modules/my-information/result",
    "/modules/final-8-10",
    "/join",
    "/help",
    "/verify",
    "/privacy/pupils",
    "/privacy/pupils/8-10",
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await noViolations(page, javaScriptEnabled);
  }
  // A scenario step after a choice, a finished scenario and an answered question.
  await page.goto("/modules/being-a-witness/scenarios/the-group-chat");
  const radios = page.locator("#player").getByRole("radio");
  if ((await radios.count()) > 0) await radios.first().check();
  await page.locator("#player form button[type=submit]").first().click();
  await expect(page.getByRole("heading", { name: "Tu as choisi :" })).toBeVisible();
  await noViolations(page, javaScriptEnabled);
  await page.goto("/modules/my-information/quiz/1");
  await tick(page, "my-information", 1);
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByRole("heading", { name: "Bonne réponse !" })).toBeVisible();
  await noViolations(page, javaScriptEnabled);
});

test("the permit prints as a certificate with the tier's emblem, on one A4 page in French and in English", async ({ page, baseURL, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "printing to PDF is the same with or without JavaScript");
  test.setTimeout(120_000);
  await passFinalAndOpenPermit(page, "final-8-10");
  const permit = page.locator("article.permit");
  await expect(permit.locator(".permit__head svg.emblem--permit")).toBeVisible();
  await expect(permit.locator(".permit__signature")).toHaveText(["Signature d'un parent :"]);
  await expect(permit.locator(".permit__code .code")).toHaveText(/\S{4}/);
  await expect(permit).toContainText("a réussi « Test final 8–10 ans »");
  await noViolations(page, javaScriptEnabled);
  for (const lang of ["fr", "en"]) {
    await page.context().addCookies([{ name: "lanterne_lang", value: lang, url: baseURL! }]);
    await page.reload();
    await expect(permit).toContainText(lang === "fr" ? "Code de vérification" : "Verification code");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pageCount(pdf), `${lang}: one A4 page`).toBe(1);
  }
});
