import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { readDb } from "../support/db";
import { DEMO_ACCOUNTS } from "../support/http";
import { validateStop } from "../support/stop-schema";

// A tenant organisation reads Borne's text in force and downloads it as STOP XML, as a publisher would receive it.

let server: TestServer;
let browser: TestBrowser;
let modelId: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  modelId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM models ORDER BY id LIMIT 1").get() as { id: number }).id);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("the text in force offers its STOP XML, which downloads as a valid file; the page has no accessibility violations", async () => {
  const page = await browser.freshPage();
  await loginThroughForm(page, server.url, DEMO_ACCOUNTS.huurders);
  await page.goto(`${server.url}/modellen/${modelId}/gemeenten/borne/geldend`);
  const link = page.getByRole("link", { name: "Besluit en verordening als STOP-XML, voor publicatie" });
  await link.waitFor();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("borne-2026-11-26-stop.xml");
  expect(validateStop(readFileSync((await download.path())!, "utf8")).ok).toBe(true);
});
