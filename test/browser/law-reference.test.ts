import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { readDb } from "../support/db";
import { DEMO_ACCOUNTS } from "../support/http";

// A citation of national law in the editor: inserted and changed through its dialog, by keyboard, in a drafter's words;
// it becomes a link to wetten.overheid.nl and is kept in the shared text.

let server: TestServer;
let browser: TestBrowser;
let editorPath: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const modelId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM models ORDER BY id LIMIT 1").get() as { id: number }).id);
  editorPath = `/modellen/${modelId}/bewerken`;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openEditor(): Promise<Page> {
  const page = await browser.freshPage();
  await loginThroughForm(page, server.url, DEMO_ACCOUNTS.redactie);
  await page.goto(`${server.url}${editorPath}`);
  await page.locator(".ProseMirror").waitFor();
  await expect.poll(() => page.getByRole("status").filter({ hasNot: page.locator("dialog") }).first().textContent()).toBe("Verbonden");
  return page;
}

const paragraphOf = (page: Page, n: number) => page.locator('.ProseMirror section[data-node="article"]').nth(n).locator('div[data-node="member"] > p[data-node="paragraph"]').first();

describe("a citation of national law in the editor", () => {
  it("is inserted with Ctrl+Alt+W, with problems beside their field, and becomes a link that stays", { timeout: 120_000 }, async () => {
    const page = await openEditor();
    const paragraph = paragraphOf(page, 3);
    await paragraph.click();
    await page.keyboard.press("Control+Alt+W");
    const dialog = page.getByRole("dialog", { name: "Verwijzing naar een wet invoegen" });
    await dialog.waitFor();

    // Without an article: the message stands beside the field, which gets the focus.
    await dialog.getByRole("button", { name: "Invoegen" }).click();
    await expect.poll(() => dialog.getByRole("alert").textContent()).toContain("Niet opgeslagen");
    const article = dialog.getByLabel("Artikel", { exact: true });
    await expect(article.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect.poll(() => article.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);

    // The words follow the law, the article and the member.
    await dialog.getByLabel("Wet", { exact: true }).selectOption({ label: "Algemene wet bestuursrecht" });
    await article.fill("4:13");
    await dialog.getByLabel("Lid (niet verplicht)").fill("2");
    await expect(dialog.getByLabel("Woorden in de tekst").inputValue()).resolves.toBe("artikel 4:13, tweede lid, van de Algemene wet bestuursrecht");
    await expect(dialog.getByRole("status").textContent()).resolves.toBe("Link: https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:13&lid=2");
    await dialog.getByRole("button", { name: "Invoegen" }).click();
    await expect(dialog.count()).resolves.toBe(0);
    const citation = paragraph.locator("a.mw-law-reference");
    await expect.poll(() => citation.textContent()).toBe("artikel 4:13, tweede lid, van de Algemene wet bestuursrecht");
    await expect(citation.getAttribute("href")).resolves.toBe("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:13&lid=2");

    // The caret stands after it: the left arrow selects it, and the same shortcut changes it; after a reload the change
    // is still there.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Control+Alt+W");
    const edit = page.getByRole("dialog", { name: "Verwijzing naar een wet wijzigen" });
    await edit.waitFor();
    await expect(edit.getByLabel("Artikel", { exact: true }).inputValue()).resolves.toBe("4:13");
    await edit.getByLabel("Woorden in de tekst").fill("artikel 4:13, tweede lid, van de Awb");
    await edit.getByRole("button", { name: "Opslaan" }).click();
    await expect(edit.count()).resolves.toBe(0);
    await expect.poll(() => citation.textContent()).toBe("artikel 4:13, tweede lid, van de Awb");
    await page.reload();
    await page.locator(".ProseMirror").waitFor();
    await expect.poll(() => paragraphOf(page, 3).locator("a.mw-law-reference").textContent()).toBe("artikel 4:13, tweede lid, van de Awb");
  });
});
