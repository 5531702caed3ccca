import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { readDb } from "../support/db";
import { DEMO_ACCOUNTS } from "../support/http";
import { DEMO_SUGGESTER } from "../../db/seed/demo-editing-modes";

// Voorstellen in real Chromium against the production server: werkgroep2 (suggest-only) proposes, the redactie sees
// it live and decides.

let server: TestServer;
let first: TestBrowser;
let second: TestBrowser;
let editorPath: string;

beforeAll(async () => {
  [server, first, second] = await Promise.all([startServer(), launchBrowser(), launchBrowser()]);
  const modelId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM models ORDER BY id LIMIT 1").get() as { id: number }).id);
  editorPath = `/modellen/${modelId}/bewerken`;
});

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await server?.close();
});

async function openEditor(browser: TestBrowser, email: string): Promise<Page> {
  const page = await browser.freshPage();
  await loginThroughForm(page, server.url, email);
  await page.goto(`${server.url}${editorPath}`);
  await page.locator(".ProseMirror").waitFor();
  await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Verbonden");
  return page;
}

const articles = (page: Page) => page.locator('.ProseMirror section[data-node="article"]');
const article = (page: Page, id: string) => page.locator(`.ProseMirror section[data-node="article"][data-id="${id}"]`);
const firstParagraph = (scope: Locator) => scope.locator('div[data-node="member"] > p[data-node="paragraph"]').first();
const panel = (page: Page) => page.getByRole("list", { name: "Openstaande voorstellen" }).getByRole("listitem");
/** The members' computed numbers ("1.", "2.") in an article. */
const numbers = async (scope: Locator) => (await scope.locator('div[data-node="member"] > p[data-node="paragraph"] > .mw-editor-label').allTextContents()).map((n) => n.trim());

/** The caret at the end of a paragraph's own text, through the DOM selection (End stops at the end of a wrapped line). */
async function caretAtEnd(page: Page, paragraph: Locator): Promise<void> {
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement!.closest(".ProseMirror-widget") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
    document.getSelection()!.collapse(last, last!.textContent!.length);
  });
  // ProseMirror reads the DOM selection on selectionchange, which fires asynchronously: wait until it has.
  await page.waitForFunction(() => document.getSelection()!.anchorNode !== null);
}

describe("suggestions", () => {
  it("werkgroep suggests an insertion, a deletion and a new member; the redactie sees them live, accepts two and rejects one", async () => {
    const [redactie, werkgroep] = await Promise.all([openEditor(first, DEMO_ACCOUNTS.redactie), openEditor(second, DEMO_SUGGESTER)]);
    await werkgroep.getByText("U doet voorstellen").waitFor();
    await expectNoAxeViolations(werkgroep);
    const [insertId, deleteId, memberId] = await Promise.all([2, 3, 4].map(async (n) => (await articles(werkgroep).nth(n).getAttribute("data-id"))!));
    const memberNumbersBefore = await numbers(article(redactie, memberId));
    const [insertBefore, deleteBefore] = await Promise.all([firstParagraph(article(redactie, insertId)).textContent(), firstParagraph(article(redactie, deleteId)).textContent()]);

    await caretAtEnd(werkgroep, firstParagraph(article(werkgroep, insertId)));
    await werkgroep.keyboard.type(" Zo nodig schriftelijk.");
    await caretAtEnd(werkgroep, firstParagraph(article(werkgroep, deleteId)));
    for (let i = 0; i < 4; i++) await werkgroep.keyboard.press("Backspace");
    await caretAtEnd(werkgroep, firstParagraph(article(werkgroep, memberId)));
    await werkgroep.getByRole("button", { name: "Nieuw lid" }).click();
    await werkgroep.keyboard.type("Een voorgesteld lid.");

    // Live at the redactie: in place, and in the side panel with the place in words.
    await expect.poll(() => panel(redactie).count(), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => article(redactie, insertId).locator("ins.mw-suggestion--insertion").textContent()).toBe(" Zo nodig schriftelijk.");
    // Four characters (one of them may be a reference or slot value, which is not text) struck through, still there.
    await expect.poll(async () => (await article(redactie, deleteId).locator("del.mw-suggestion--deletion").allTextContents()).join("").length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => firstParagraph(article(redactie, deleteId)).textContent()).toBe(deleteBefore);
    await expect.poll(() => article(redactie, memberId).locator(".mw-suggested-provision--insertion").textContent()).toContain("Een voorgesteld lid.");
    await expect.poll(() => panel(redactie).first().textContent()).toContain("Wil Werkgroep");
    await expect.poll(() => panel(redactie).first().textContent()).toMatch(/in artikel \d+/);
    await expectNoAxeViolations(redactie);

    const item = (text: string | RegExp) => panel(redactie).filter({ hasText: text });
    await item("Zo nodig schriftelijk").getByRole("button", { name: "Aanvaarden" }).click();
    await item("Een voorgesteld lid").getByRole("button", { name: "Aanvaarden" }).click();
    await item("Schrappen").getByRole("button", { name: "Afwijzen" }).click();

    await expect.poll(() => panel(redactie).count()).toBe(0);
    const accepted = firstParagraph(article(werkgroep, insertId));
    await expect.poll(() => accepted.textContent(), { timeout: 15_000 }).toBe(`${insertBefore} Zo nodig schriftelijk.`);
    await expect.poll(() => accepted.locator("ins").count()).toBe(0);
    await expect.poll(() => firstParagraph(article(werkgroep, deleteId)).textContent()).toBe(deleteBefore);
    await expect.poll(() => article(werkgroep, deleteId).locator("del").count()).toBe(0);
    // The new member is numbered among the others: one more member, numbered on.
    expect(memberNumbersBefore.length).toBeGreaterThan(1);
    await expect.poll(() => numbers(article(werkgroep, memberId))).toEqual(Array.from({ length: memberNumbersBefore.length + 1 }, (_, i) => `${i + 1}.`));
    await expect.poll(() => article(werkgroep, memberId).locator('div[data-node="member"]').nth(1).textContent()).toBe("2. Een voorgesteld lid.");

    // The history keeps who proposed and who decided.
    await redactie.reload();
    const history = redactie.getByRole("region", { name: "Besluiten over voorstellen" });
    await expect.poll(() => history.getByRole("listitem").count()).toBe(3);
    await expect.poll(() => history.textContent()).toContain("Wil Werkgroep stelde op");
    await expect.poll(() => history.textContent()).toContain("Rianne de Redacteur heeft dit op");
    await expect.poll(() => history.textContent()).toContain("afgewezen");

    // Both modes of the redactie's editor pass axe.
    await redactie.locator(".ProseMirror").waitFor();
    await redactie.getByRole("radio", { name: "Voorstellen" }).check();
    await expectNoAxeViolations(redactie);
  }, 180_000);
});
