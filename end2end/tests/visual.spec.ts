import { test, expect } from "@playwright/test";
import { passFinalAndOpenPermit } from "./helpers";

// Pictures of the pupil's main screens, compared with the baselines kept in the repository
// (tests/visual.spec.ts-snapshots/), so that an accidental change of layout is seen. The pages are
// taken without JavaScript, as the server draws them; a deliberate change is accepted with
// `npx playwright test visual --update-snapshots`, and the new pictures are committed.

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "no-javascript", "one set of pictures: the page as the server draws it");
  await page.setViewportSize({ width: 1024, height: 768 });
});

test("the catalogue", async ({ page }) => {
  await page.goto("/modules");
  await expect(page).toHaveScreenshot("catalogue.png", { fullPage: true });
});

test("a scenario step that is a game chat", async ({ page }) => {
  await page.goto("/modules/behind-the-screen/scenarios/too-nice-player");
  await expect(page).toHaveScreenshot("chat-step.png", { fullPage: true });
});

test("a lesson with an illustration", async ({ page }) => {
  await page.goto("/modules/my-information/lessons/1");
  await expect(page).toHaveScreenshot("lesson-illustration.png", { fullPage: true });
});

test("the printed permit", async ({ page }) => {
  test.setTimeout(120_000);
  await passFinalAndOpenPermit(page, "final-8-10");
  await page.emulateMedia({ media: "print" });
  // The date and the code change with each permit; the port with each run.
  const changing = [page.locator(".permit dd").first(), page.locator(".permit__code")];
  await expect(page.locator("article.permit")).toHaveScreenshot("permit-printed.png", { mask: changing });
});
