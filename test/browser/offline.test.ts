import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { cuttableSyncSocket } from "../support/sync-socket";

// Offline survives a reload (issue 12): one of two editors loses its connection to the sync server, edits, reloads
// the page while still offline and finds its edits there (kept in the browser); back online, both editors converge.
// "Offline" is the sync socket cut off by the test while the pages themselves still load, as when the sync server is
// unreachable behind a proxy; the two browsers are two people at two desks. The second test moves an article while the
// offline writer types into it (below).

let server: TestServer;
let first: TestBrowser;
let second: TestBrowser;

beforeAll(async () => {
  [server, first, second] = await Promise.all([startServer(), launchBrowser(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await server?.close();
});

const EDITOR = "/modellen/1/bewerken";
const status = (page: Page) => page.locator(".mw-editor-status");
const heading = (page: Page, n: number) => page.locator('.ProseMirror section[data-node="article"] > p[data-node="heading"]').nth(n);

async function openEditor(page: Page, email: string) {
  await loginThroughForm(page, server.url, email);
  await page.goto(`${server.url}${EDITOR}`);
  await page.locator(".ProseMirror").waitFor();
}

async function typeAtEnd(page: Page, n: number, text: string) {
  await heading(page, n).click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

it("edits made offline survive a reload, are counted, warn on closing, and merge once the connection is back", async () => {
  const [redactie, werkgroep] = await Promise.all([first.freshPage(), second.freshPage()]);
  // The sync socket of the first editor passes through the test, which can cut it off.
  const socket = await cuttableSyncSocket(redactie);
  await Promise.all([openEditor(redactie, DEMO_ACCOUNTS.redactie), openEditor(werkgroep, DEMO_ACCOUNTS.werkgroep)]);
  await expect.poll(() => status(redactie).textContent()).toBe("Verbonden");
  await expect.poll(() => status(werkgroep).textContent()).toBe("Verbonden");

  await socket.cut();
  await expect.poll(() => status(redactie).textContent()).toMatch(/^Offline/);
  await typeAtEnd(redactie, 2, " (offline)");
  await expect.poll(() => status(redactie).textContent()).toMatch(/^Offline — \d+ wijzigingen nog niet op de server/);
  // Meanwhile the other editor goes on online, in another article.
  await typeAtEnd(werkgroep, 4, " (online)");

  // Closing or reloading with unsent changes asks first; the test answers "leave".
  const asked: string[] = [];
  redactie.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await redactie.reload();
  expect(asked).toEqual(["beforeunload"]);
  await redactie.locator(".ProseMirror").waitFor();
  await expect.poll(() => heading(redactie, 2).textContent()).toContain(" (offline)");
  const unsent = await status(redactie).textContent();
  expect(unsent).toMatch(/^Offline — \d+ wijzigingen nog niet op de server; ze blijven in deze browser bewaard/);
  expect(await heading(werkgroep, 2).textContent()).not.toContain(" (offline)");
  await expectNoAxeViolations(redactie);

  socket.restore();
  await expect.poll(() => status(redactie).textContent(), { timeout: 40_000 }).toBe("Verbonden");
  await expect.poll(() => heading(werkgroep, 2).textContent(), { timeout: 20_000 }).toContain(" (offline)");
  await expect.poll(() => heading(redactie, 4).textContent(), { timeout: 20_000 }).toContain(" (online)");
  // The whole text, without what each editor draws itself (numbers, the other's caret and name).
  const texts = (page: Page) =>
    page.locator(".ProseMirror").evaluate((editor) => {
      const copy = editor.cloneNode(true) as Element;
      for (const drawn of copy.querySelectorAll(".ProseMirror-widget, .ProseMirror-yjs-cursor")) drawn.remove();
      return copy.textContent;
    });
  await expect.poll(async () => (await texts(redactie)) === (await texts(werkgroep)), { timeout: 20_000 }).toBe(true);
  await expectNoAxeViolations(redactie);
}, 180_000);

// Moving keeps concurrent edits (issue 12, decision 063): one writer moves an article down with the keyboard while the
// other, cut off from the sync server, types into that same article. Once both are online the article stands once, in
// its new place, with the typing in it: in both editors, in their outlines and on the model page the server renders.
// Undoing the move puts it back, with the typing still in it.

const articles = (page: Page) => page.locator('.ProseMirror section[data-node="article"]');
const headingOf = (page: Page, n: number) => articles(page).nth(n).locator('> p[data-node="heading"]');
const TYPED = " (bijgewerkt tijdens het verplaatsen)";

/** The article headings in the order the editor shows them, without computed numbers. */
const headings = (page: Page) =>
  articles(page).evaluateAll((sections) =>
    sections.map((section) => {
      const heading = section.querySelector(':scope > p[data-node="heading"]')!.cloneNode(true) as Element;
      heading.querySelectorAll(".ProseMirror-widget").forEach((widget) => widget.remove());
      return heading.textContent ?? "";
    }),
  );
/** The article texts in the editor's order, without numbers and the others' carets. */
const articleTexts = (page: Page) =>
  articles(page).evaluateAll((sections) =>
    sections.map((section) => {
      const copy = section.cloneNode(true) as Element;
      copy.querySelectorAll(".ProseMirror-widget").forEach((widget) => widget.remove());
      return copy.textContent ?? "";
    }),
  );
const occurrences = (texts: string[], part: string) => texts.join("\n").split(part).length - 1;

it("a move and typing in the moved article at the same time end in one article, in its new place, with the typing in it", async () => {
  const [mover, typist] = await Promise.all([first.freshPage(), second.freshPage()]);
  const socket = await cuttableSyncSocket(typist);
  await Promise.all([openEditor(mover, DEMO_ACCOUNTS.redactie), openEditor(typist, DEMO_ACCOUNTS.werkgroep)]);
  await expect.poll(() => status(mover).textContent()).toBe("Verbonden");
  await expect.poll(() => status(typist).textContent()).toBe("Verbonden");
  const before = await headings(mover);
  // The third and fourth article: siblings in the Twente model's first chapter.
  const [moved, next] = [before[2]!, before[3]!];

  await socket.cut();
  await expect.poll(() => status(typist).textContent()).toMatch(/^Offline/);
  await articles(typist).nth(2).locator('div[data-node="member"] p[data-node="paragraph"]').first().click();
  await typist.keyboard.press("End");
  await typist.keyboard.type(TYPED);
  await expect.poll(async () => occurrences(await articleTexts(typist), TYPED)).toBe(1);

  // Meanwhile the other writer moves that article one place down with the keyboard.
  await headingOf(mover, 2).click();
  await mover.keyboard.press("Control+Alt+ArrowDown");
  await expect.poll(async () => (await headings(mover)).slice(2, 4)).toEqual([next, moved]);

  socket.restore();
  await expect.poll(() => status(typist).textContent(), { timeout: 40_000 }).toBe("Verbonden");
  for (const page of [mover, typist]) {
    await expect.poll(async () => (await headings(page)).slice(2, 4), { timeout: 20_000 }).toEqual([next, moved]);
    await expect.poll(async () => (await articleTexts(page))[3], { timeout: 20_000 }).toContain(TYPED);
    const texts = await articleTexts(page);
    expect(occurrences(texts, TYPED)).toBe(1);
    expect(texts.length).toBe(before.length);
    // The outline beside the text reads the same order.
    const outline = await page.locator("li.mw-editor-outline__article .mw-editor-outline__link").allTextContents();
    const inOutline = (heading: string) => outline.findIndex((entry) => entry.includes(heading));
    expect(inOutline(next)).toBeGreaterThan(-1);
    expect(inOutline(moved)).toBe(inOutline(next) + 1);
  }
  await expect.poll(async () => (await articleTexts(mover)).join("\n") === (await articleTexts(typist)).join("\n")).toBe(true);

  // The server reads the same order: the model page renders the live text.
  const page = await mover.context().newPage();
  await page.goto(`${server.url}/modellen/1`);
  const body = await page.locator("main").innerText();
  expect(body.indexOf(next)).toBeGreaterThan(-1);
  expect(body.indexOf(moved)).toBeGreaterThan(body.indexOf(next));
  expect(body.split(TYPED.trim()).length - 1).toBe(1);
  await expectNoAxeViolations(mover);
  await expectNoAxeViolations(typist);

  // Undo takes the move back (its key), not the other writer's typing, and the other editor follows.
  await headingOf(mover, 3).click();
  await mover.keyboard.press("Control+z");
  for (const page of [mover, typist]) {
    await expect.poll(async () => (await headings(page)).slice(2, 4), { timeout: 20_000 }).toEqual([moved, next]);
    await expect.poll(async () => (await articleTexts(page))[2], { timeout: 20_000 }).toContain(TYPED);
  }
}, 180_000);
