import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { readDb } from "../support/db";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { articleText, collabClient, until, type CollabClient } from "../collab/support";
import { DEMO_SUGGESTER } from "../../db/seed/demo-editing-modes";
import { OTHERS_SUGGESTION_MESSAGE } from "../../app/editor/create-view";

// Issue 17: a werkgroep member in Bewerken (no model.acceptSuggestion) who tries to delete werkgroep2's suggestion is
// told why in Dutch, and the suggestion stays, for everyone (the sync server would refuse it too, decision 068).

let server: TestServer;
let browser: TestBrowser;
let suggester: CollabClient;
let modelId: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  modelId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM models ORDER BY id LIMIT 1").get() as { id: number }).id);
  const wil = readDb(server.databasePath, (db) => db.prepare("SELECT id, name FROM users WHERE email = ?").get(DEMO_SUGGESTER) as { id: number; name: string });
  suggester = collabClient(server.url, (await loggedIn(server.url, DEMO_SUGGESTER)).cookieHeader(), modelId);
  await suggester.synced;
  const record = { id: "voorstel-wil", author: wil.id, authorName: wil.name, at: new Date().toISOString() };
  articleText(suggester.doc, "art-begrippen").insert(0, "Voorstel van Wil ", { suggestedInsertion: record });
});

afterAll(async () => {
  suggester?.destroy();
  await browser?.close();
  await server?.close();
});

it("Bewerken without model.acceptSuggestion: deleting another's suggestion is not done, and a Dutch message says why", async () => {
  const page = await browser.freshPage();
  await loginThroughForm(page, server.url, DEMO_ACCOUNTS.werkgroep);
  await page.goto(`${server.url}/modellen/${modelId}/bewerken`);
  const suggestion = page.locator('.ProseMirror ins.mw-suggestion[data-suggestion="voorstel-wil"]');
  await suggestion.waitFor();
  await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Verbonden");
  await suggestion.click();
  await suggestion.evaluate((element) => document.getSelection()!.selectAllChildren(element));
  await page.waitForFunction(() => document.getSelection()!.toString().includes("Voorstel van Wil"));
  await page.keyboard.press("Backspace");
  await expect(page.getByRole("alert").filter({ hasText: OTHERS_SUGGESTION_MESSAGE }).textContent()).resolves.toBe(OTHERS_SUGGESTION_MESSAGE);
  expect(await suggestion.textContent()).toBe("Voorstel van Wil ");
  await expectNoAxeViolations(page);
  // Typing elsewhere still works, and the suggestion is still there for the suggester.
  await page.locator('.ProseMirror section[data-node="article"][data-id="art-aanvraag"] p[data-node="paragraph"]').first().click();
  await page.keyboard.type("Z");
  await until(() => JSON.stringify(suggester.doc.getXmlFragment("ordinance").toJSON()).includes("Z"), "Wim's typing arrives");
  expect((articleText(suggester.doc, "art-begrippen").toDelta() as { insert: string }[])[0]!.insert).toBe("Voorstel van Wil ");
  await expect.poll(() => page.getByRole("alert").filter({ hasText: OTHERS_SUGGESTION_MESSAGE }).count()).toBe(0);
}, 120_000);
