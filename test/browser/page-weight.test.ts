import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { launchChromium, openHydrated, signedInPage } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId } from "../support/db";

/**
 * The ordinance HTML is sent once (app/markup-only.server.ts): on a page's first load the browser keeps the server's
 * markup through hydration; after a navigation in the browser the text comes with the page's data. Both show the text.
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

it("the text stays through hydration, and comes with the data after a navigation and back", async () => {
  const { context, page } = await signedInPage(browser, server.url, DEMO_ACCOUNTS.gemeente);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  const citation = "Deze verordening wordt aangehaald als: Urgentieverordening Almelo";
  const choices = page.getByTestId("voorbeeld").locator("article");

  await openHydrated(page, `${server.url}/modellen/${firstModelId(server.databasePath)}/gemeenten/almelo`);
  await expect(choices.getAttribute("data-markup-only")).resolves.toBe("html-1");
  await expect(choices.innerText()).resolves.toContain(citation);

  // The page's links are plain anchors (a new document); Remix's router navigates the way its own links do.
  const previewPath = new URL((await page.getByRole("link", { name: "Hele verordening lezen" }).getAttribute("href"))!, server.url).pathname;
  await page.evaluate((path) => (window as unknown as { __remixRouter: { navigate(to: string): Promise<void> } }).__remixRouter.navigate(path), previewPath);
  await page.getByRole("heading", { level: 1, name: "Verordening van Almelo" }).waitFor();
  const preview = page.getByRole("article", { name: "Verordening van Almelo" });
  // A navigation in the browser: the text came in the data, not in markup from the server.
  await expect(preview.getAttribute("data-markup-only")).resolves.toBeNull();
  await expect(preview.innerText()).resolves.toContain(citation);

  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Lokale keuzes van Almelo" }).waitFor();
  await expect(choices.innerText()).resolves.toContain(citation);
  expect(errors).toEqual([]);
  await context.close();
});
