import { test, expect } from "@playwright/test";
import { noViolations } from "./helpers";

test("the privacy notices are linked from every page and pass axe", async ({ page, javaScriptEnabled }) => {
  // Five long notices, each checked by axe: more than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  for (const path of ["/", "/modules/my-information", "/parents", "/help", "/teachers/login"]) {
    await page.goto(path);
    await expect(page.locator("footer").getByRole("link", { name: "Confidentialité" })).toHaveAttribute("href", "/privacy");
    await expect(page.locator("footer").getByRole("link", { name: /Pour les élèves/ })).toHaveAttribute("href", "/privacy/pupils");
  }
  await page.locator("footer").getByRole("link", { name: "Confidentialité" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.locator("main")).toContainText("pupils.code_hash");
  await noViolations(page, javaScriptEnabled);
  await page.goto("/privacy/pupils");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce que Lanterne sait de toi");
  await noViolations(page, javaScriptEnabled);
  for (const tier of ["8 – 10 ans", "11 – 13 ans", "14 – 17 ans"]) {
    await page.goto("/privacy/pupils");
    await page.getByRole("link", { name: new RegExp(tier) }).click();
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    await expect(page.locator("main").getByRole("link", { name: /aide/ }).first()).toBeVisible();
    await noViolations(page, javaScriptEnabled);
  }
});
