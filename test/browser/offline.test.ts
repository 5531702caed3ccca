import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { cuttableSyncSocket } from "../support/sync-socket";

// Offline survives a reload (issue 12): one of two editors loses its connection to the sync server, edits, reloads
// the page while still offline and finds its edits there (kept in the browser); back online, both editors converge.
// "Offline" is the sync socket cut off by the test while the pages themselves still load, as when the sync server is
// unreachable behind a proxy; the two browsers are two people at two desks.

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
