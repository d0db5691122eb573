import { test } from "@playwright/test";
import { followModule } from "./helpers";

// The modules of the second edition, followed to their end as a guest: lessons, scenarios, quiz.
test("a guest follows the 11–13 module on fake pictures and unwanted nudes to its end", async ({ page, javaScriptEnabled }) => {
  test.setTimeout(120_000);
  await followModule(page, "fake-pictures-unwanted-nudes", javaScriptEnabled);
});
