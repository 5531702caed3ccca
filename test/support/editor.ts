import { afterAll, beforeAll } from "vitest";
import type { Locator, Page } from "playwright-core";
import { startServer, type TestServer } from "./server";
import { hydrated, launchBrowser, loginThroughForm, type TestBrowser } from "./browser";
import { readDb } from "./db";

// What the browser tests of the editor share: the production server, two browsers (each its own profile and so its own
// session: two people at two desks), an editor opened by an account, and the places in the text they type at.

export interface EditorSession {
  readonly server: TestServer;
  readonly first: TestBrowser;
  readonly second: TestBrowser;
  /** The editor of the first model. */
  readonly editorPath: string;
  /** A fresh page of `browser`, logged in as `email`, on the editor once hydrated and showing the shared text. */
  openEditor(browser: TestBrowser, email: string): Promise<Page>;
}

/** Starts the server and the two browsers before the file's tests and closes them after; read its fields in tests. */
export function editorSession(): EditorSession {
  const session = {} as { -readonly [K in keyof EditorSession]: EditorSession[K] };
  beforeAll(async () => {
    [session.server, session.first, session.second] = await Promise.all([startServer(), launchBrowser(), launchBrowser()]);
    const modelId = readDb(session.server.databasePath, (db) => (db.prepare("SELECT id FROM models ORDER BY id LIMIT 1").get() as { id: number }).id);
    session.editorPath = `/modellen/${modelId}/bewerken`;
  });
  afterAll(async () => {
    await Promise.all([session.first?.close(), session.second?.close()]);
    await session.server?.close();
  });
  session.openEditor = async (browser, email) => {
    const page = await browser.freshPage();
    await loginThroughForm(page, session.server.url, email);
    // Hydrated rather than network-idle: the editor's socket and presence keep the network busy.
    await page.goto(`${session.server.url}${session.editorPath}`);
    await hydrated(page);
    await page.locator(".ProseMirror").waitFor();
    return page;
  };
  return session;
}

export const articles = (page: Page) => page.locator('.ProseMirror section[data-node="article"]');
export const article = (page: Page, id: string) => page.locator(`.ProseMirror section[data-node="article"][data-id="${id}"]`);
export const firstParagraph = (scope: Locator) => scope.locator('div[data-node="member"] > p[data-node="paragraph"]').first();

/**
 * Puts the caret at the start or end of a paragraph's own text (not in its computed number), through the DOM selection:
 * Home and End would stop at the ends of a wrapped line.
 */
async function placeCaret(page: Page, paragraph: Locator, where: "start" | "end"): Promise<void> {
  await paragraph.click();
  await paragraph.evaluate((element, atEnd) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement!.closest(".ProseMirror-widget") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let node = walker.nextNode();
    if (atEnd) for (let next = node; next; next = walker.nextNode()) node = next;
    // An empty paragraph has no text node, only ProseMirror's placeholder <br>.
    if (!node) document.getSelection()!.collapse(element, 0);
    else document.getSelection()!.collapse(node, atEnd ? node.textContent!.length : 0);
  }, where === "end");
  // ProseMirror reads the DOM selection on selectionchange, which fires asynchronously: wait until it has.
  await page.waitForFunction(() => {
    const anchor = document.getSelection()!.anchorNode;
    return anchor !== null && document.querySelector(".ProseMirror")!.contains(anchor);
  });
}

export const caretAtEnd = (page: Page, paragraph: Locator) => placeCaret(page, paragraph, "end");
export const caretAtStart = (page: Page, paragraph: Locator) => placeCaret(page, paragraph, "start");
