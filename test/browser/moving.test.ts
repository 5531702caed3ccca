import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { cuttableSyncSocket } from "../support/sync-socket";

// Moving keeps concurrent edits (issue 12, decision 063): one writer moves an article down with the keyboard while the
// other, cut off from the sync server, types into that same article. Once both are online the article stands once, in
// its new place, with the typing in it: in both editors, in their outlines and on the model page the server renders.
// Undoing the move puts it back, with the typing still in it.

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
const articles = (page: Page) => page.locator('.ProseMirror section[data-node="article"]');
const headingOf = (page: Page, n: number) => articles(page).nth(n).locator('> p[data-node="heading"]');
const TYPED = " (bijgewerkt tijdens het verplaatsen)";

async function openEditor(page: Page, email: string) {
  await loginThroughForm(page, server.url, email);
  await page.goto(`${server.url}${EDITOR}`);
  await page.locator(".ProseMirror").waitFor();
}

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
