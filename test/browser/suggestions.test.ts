import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { expectNoAxeViolations, type TestBrowser } from "../support/browser";
import { article, articles, caretAtEnd, editorSession, firstParagraph } from "../support/editor";
import { DEMO_ACCOUNTS } from "../support/http";
import { DEMO_SUGGESTER } from "../../db/seed/demo-editing-modes";

// Voorstellen in real Chromium against the production server: werkgroep2 (suggest-only) proposes, the redactie sees
// it live, discusses one with the suggester in its thread, and decides.

const session = editorSession();

/** The editor once connected: suggestions made before that would not be sent until it is. */
async function openEditor(browser: TestBrowser, email: string): Promise<Page> {
  const page = await session.openEditor(browser, email);
  await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Verbonden");
  return page;
}

const panel = (page: Page) => page.getByRole("list", { name: "Openstaande voorstellen" }).getByRole("listitem");
/** The members' computed numbers ("1.", "2.") in an article. */
const numbers = async (scope: Locator) => (await scope.locator('div[data-node="member"] > p[data-node="paragraph"] > .mw-editor-label').allTextContents()).map((n) => n.trim());

/** A post and the page's data after it, on a loaded machine. */
const SERVER_ROUND_TRIP = { timeout: 15_000 };

/** Opens the thread of the panel's suggestion `item` and posts `text` in it; waits until the post is in the thread. */
async function discuss(item: Locator, text: string): Promise<Locator> {
  const thread = item.getByTestId("bespreking");
  if (!(await thread.isVisible())) await item.getByRole("button", { name: /^Bespreken/ }).click();
  const posts = thread.getByRole("list", { name: "Berichten over dit voorstel" }).getByRole("listitem");
  const before = await posts.count();
  await thread.getByLabel("Uw bericht").fill(text);
  await thread.getByRole("button", { name: "Bericht plaatsen" }).click();
  await expect.poll(() => posts.count(), SERVER_ROUND_TRIP).toBe(before + 1);
  await expect.poll(() => posts.last().textContent()).toContain(text);
  await expect.poll(() => thread.getByLabel("Uw bericht").inputValue(), SERVER_ROUND_TRIP).toBe("");
  return thread;
}

describe("suggestions", () => {
  it("werkgroep suggests an insertion, a deletion and a new member; the redactie sees them live, discusses one, accepts two and rejects one", async () => {
    const [redactie, werkgroep] = await Promise.all([openEditor(session.first, DEMO_ACCOUNTS.redactie), openEditor(session.second, DEMO_SUGGESTER)]);
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

    // The redactie asks about the deletion in its thread: an empty post is refused beside the field, then it posts.
    const item = (text: string | RegExp) => panel(redactie).filter({ hasText: text });
    await item("Schrappen").getByRole("button", { name: "Bespreken (0)" }).click();
    const thread = item("Schrappen").getByTestId("bespreking");
    await thread.getByRole("button", { name: "Bericht plaatsen" }).click();
    await expect.poll(() => thread.textContent(), SERVER_ROUND_TRIP).toContain("Schrijf uw reactie.");
    await discuss(item("Schrappen"), "Waarom deze woorden schrappen?");
    await expect.poll(() => thread.textContent()).not.toContain("Schrijf uw reactie.");
    await expectNoAxeViolations(redactie);
    // The suggester reads it after a reload and answers; the redactie reads the answer after its own.
    await werkgroep.reload();
    await werkgroep.locator(".ProseMirror").waitFor();
    const own = panel(werkgroep).filter({ hasText: "Schrappen" });
    await own.getByRole("button", { name: "Bespreken (1)" }).click();
    await expect.poll(() => own.getByTestId("bespreking").textContent()).toContain("Waarom deze woorden schrappen?");
    await discuss(own, "Ze zeggen niets dat er niet al staat.");
    await expectNoAxeViolations(werkgroep);
    await redactie.reload();
    await redactie.locator(".ProseMirror").waitFor();
    await expect.poll(() => panel(redactie).count(), { timeout: 15_000 }).toBe(3);
    await item("Schrappen").getByRole("button", { name: "Bespreken (2)" }).click();
    await expect.poll(() => thread.textContent()).toContain("Ze zeggen niets dat er niet al staat.");

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
    // The discussed suggestion's thread stays readable under its decision.
    const rejected = history.getByRole("listitem").filter({ hasText: "afgewezen" });
    await rejected.getByText("Bespreking (2 berichten)").click();
    await expect.poll(() => rejected.getByRole("list", { name: "Bespreking van dit voorstel" }).textContent()).toContain("Waarom deze woorden schrappen?");
    await expect.poll(() => rejected.getByRole("list", { name: "Bespreking van dit voorstel" }).textContent()).toContain("Ze zeggen niets dat er niet al staat.");

    // Both modes of the redactie's editor pass axe.
    await redactie.locator(".ProseMirror").waitFor();
    await redactie.getByRole("radio", { name: "Voorstellen" }).check();
    await expectNoAxeViolations(redactie);
  }, 180_000);
});
