import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, expectNoHorizontalOverflow, launchChromium, signedInPage } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId } from "../support/db";

/**
 * The amending part of issue 15's browser test: in the demo Borne adopted its ordinance and the model has a newer
 * definitive version since; the redactie opens Borne's text in force, follows the notice to the draft amending
 * ordinance and reads Artikel I with its instructions, on a desktop and on a phone. axe checks both pages.
 */
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the draft amending ordinance in the browser", () => {
  for (const width of [1366, 390]) {
    it(`the redactie goes from Borne's text in force to its draft amending ordinance (${width} px)`, async () => {
      const { context, page } = await signedInPage(browser, server.url, DEMO_ACCOUNTS.redactie, width);
      await page.goto(`${server.url}/modellen/${firstModelId(server.databasePath)}/gemeenten/borne/geldend`);
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: "Ontwerp-wijzigingsverordening bekijken" }).click();
      await page.getByRole("heading", { level: 1, name: "Ontwerp-wijzigingsverordening van Borne" }).waitFor();
      const article = page.getByRole("article");
      await expect(article.getByRole("heading", { level: 3, name: "Artikel I", exact: true }).count()).resolves.toBe(1);
      await expect(article.innerText()).resolves.toMatch(/De Urgentieverordening Borne 20\d\d wordt als volgt gewijzigd:\s+A\s/);
      await expect(page.getByRole("link", { name: "Raadsbesluit (Word)" }).count()).resolves.toBe(1);
      await expectNoAxeViolations(page);
      await expectNoHorizontalOverflow(page);
      await context.close();
    }, 120_000);
  }
});
