import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { expectNoAxeViolations, hydrated, loginThroughForm, type TestBrowser } from "../support/browser";
import { article, articles, caretAtEnd, caretAtStart, editorSession, firstParagraph } from "../support/editor";
import { DEMO_ACCOUNTS } from "../support/http";

// The co-editing editor in real Chromium against the real production server and its /collab sync server, with two
// browsers for two people at two desks (test/support/editor.ts).

const session = editorSession();
const openEditor = (browser: TestBrowser, email: string) => session.openEditor(browser, email);

const status = (page: Page) => page.getByRole("status").filter({ hasNot: page.locator("dialog") }).first();
const numberOf = async (scope: Locator) => Number(/(\d+)\s*$/.exec((await scope.locator(".mw-editor-number").first().textContent())!.trim())![1]);

/** The text of an element without computed widgets (numbers) and the carets of others (which carry their names). */
const plainText = (scope: Locator) =>
  scope.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll(".ProseMirror-widget").forEach((widget) => widget.remove());
    return copy.textContent ?? "";
  });

/** Words of the code and the stored format that a drafter should never have to read (the dialog's visible text). */
const DEVELOPER_WORDS = /\b(slot|key|kind|sleutel|alternatives|multiselect|optional|integer|amount|automatic|source|min|max|null|true|false|undefined|waarde\s*=)\b/i;
const expectNoDeveloperWords = async (scope: Locator) => expect(await scope.innerText()).not.toMatch(DEVELOPER_WORDS);

describe("the editor page", () => {
  it("two people type in the same article at the same time; both end with the same text, and it survives a restart", async () => {
    const [redactie, werkgroep] = await Promise.all([openEditor(session.first, DEMO_ACCOUNTS.redactie), openEditor(session.second, DEMO_ACCOUNTS.werkgroep)]);
    await expect.poll(() => status(redactie).textContent()).toBe("Verbonden");
    await expect.poll(() => status(werkgroep).textContent()).toBe("Verbonden");
    const id = (await articles(redactie).nth(1).getAttribute("data-id"))!;
    // One types at the end of the heading, the other at the start of the first member: the same article, at once.
    // (In one line, y-prosemirror can still drop or interleave keystrokes typed at the very same moment.)
    const headingOf = (page: Page) => article(page, id).locator('p[data-node="heading"]');
    const memberOf = (page: Page) => firstParagraph(article(page, id));
    const [heading, member] = await Promise.all([plainText(headingOf(redactie)), plainText(memberOf(redactie))]);
    await Promise.all([caretAtEnd(redactie, headingOf(redactie)), caretAtStart(werkgroep, memberOf(werkgroep))]);
    await Promise.all([redactie.keyboard.type(" Alfa alfa alfa", { delay: 30 }), werkgroep.keyboard.type("Beta beta beta ", { delay: 30 })]);

    const textAt = async (page: Page) => `${await plainText(headingOf(page))} | ${await plainText(memberOf(page))}`;
    const merged = `${heading} Alfa alfa alfa | Beta beta beta ${member}`;
    await expect.poll(() => textAt(redactie), { timeout: 10_000 }).toBe(merged);
    await expect.poll(() => textAt(werkgroep), { timeout: 10_000 }).toBe(merged);
    // Each sees the other in the outline, in the article they are both in.
    await expect.poll(() => redactie.locator(`.mw-editor-outline li[data-id="${id}"]`).textContent()).toContain("Wim Werkgroep");

    await session.server.restart();
    const again = await openEditor(session.first, DEMO_ACCOUNTS.redactie);
    await expect.poll(() => textAt(again)).toBe(merged);
  });

  it("editing goes on while the server is away, with a visible status; the edits merge when it is back", async () => {
    const [redactie, werkgroep] = await Promise.all([openEditor(session.first, DEMO_ACCOUNTS.redactie), openEditor(session.second, DEMO_ACCOUNTS.werkgroep)]);
    await expect.poll(() => status(werkgroep).textContent()).toBe("Verbonden");
    const [ownId, otherId] = await Promise.all([articles(redactie).nth(3).getAttribute("data-id"), articles(redactie).nth(4).getAttribute("data-id")]);
    const headingOf = (page: Page, id: string | null) => article(page, id!).locator('p[data-node="heading"]');

    await session.server.stop();
    await expect.poll(() => status(redactie).textContent()).toBe("Offline — uw wijzigingen worden bewaard en samengevoegd zodra de verbinding terug is");
    await caretAtEnd(redactie, headingOf(redactie, ownId));
    await redactie.keyboard.type(" (offline redactie)");
    await caretAtEnd(werkgroep, headingOf(werkgroep, otherId));
    await werkgroep.keyboard.type(" (offline werkgroep)");

    await session.server.restart();
    await expect.poll(() => status(redactie).textContent(), { timeout: 20_000 }).toBe("Verbonden");
    await expect.poll(() => plainText(headingOf(werkgroep, ownId)), { timeout: 20_000 }).toMatch(/ \(offline redactie\)$/);
    await expect.poll(() => plainText(headingOf(redactie, otherId)), { timeout: 20_000 }).toMatch(/ \(offline werkgroep\)$/);
    // A server restart and three waits of up to 20 s: more than the default 30 s on a loaded machine.
  }, 60_000);

  it("a read-only role reads the working version under its own name, sees changes live but cannot type", async () => {
    const [redactie, raad] = await Promise.all([openEditor(session.first, DEMO_ACCOUNTS.redactie), openEditor(session.second, DEMO_ACCOUNTS.raad)]);
    await expect.poll(() => status(raad).textContent()).toContain("Alleen lezen");
    await expect(raad.locator(".ProseMirror").getAttribute("contenteditable")).resolves.toBe("false");
    await expect(raad.getByRole("toolbar").count()).resolves.toBe(0);
    await expect(raad.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Werkversie (meelezen)");
    await expect(raad.title()).resolves.toMatch(/^Werkversie \(meelezen\) · /);
    await expectNoAxeViolations(raad);

    const id = (await articles(raad).first().getAttribute("data-id"))!;
    const before = await plainText(firstParagraph(article(raad, id)));
    await caretAtEnd(raad, firstParagraph(article(raad, id)));
    await raad.keyboard.type("raad typt");
    expect(await plainText(firstParagraph(article(raad, id)))).toBe(before);

    await expect.poll(() => status(redactie).textContent()).toBe("Verbonden");
    await caretAtEnd(redactie, firstParagraph(article(redactie, id)));
    await redactie.keyboard.type(" Gamma");
    await expect.poll(() => plainText(firstParagraph(article(raad, id)))).toBe(`${before} Gamma`);
  });

  it("inserting an article renumbers the later articles live, and a cross-reference comes from the picker", async () => {
    const [redactie, werkgroep] = await Promise.all([openEditor(session.first, DEMO_ACCOUNTS.redactie), openEditor(session.second, DEMO_ACCOUNTS.werkgroep)]);
    const secondId = (await articles(redactie).nth(1).getAttribute("data-id"))!;
    const thirdId = (await articles(redactie).nth(2).getAttribute("data-id"))!;
    const thirdNumber = await numberOf(article(redactie, thirdId));

    await caretAtEnd(redactie, firstParagraph(article(redactie, secondId)));
    await redactie.getByRole("button", { name: "Nieuw artikel" }).click();
    await redactie.keyboard.type("Proefartikel");
    await expect.poll(() => numberOf(article(redactie, thirdId))).toBe(thirdNumber + 1);
    await expect.poll(() => numberOf(article(werkgroep, thirdId))).toBe(thirdNumber + 1);
    const inserted = articles(redactie).nth(2);
    expect(await numberOf(inserted)).toBe(thirdNumber);
    expect(await inserted.getAttribute("data-id")).toMatch(/^art-[a-z0-9]{8}$/);

    // The same via the shortcut shown on the button.
    await expect(redactie.getByRole("button", { name: "Nieuw artikel" }).getAttribute("aria-keyshortcuts")).resolves.toBe("Control+Alt+A");

    await caretAtEnd(redactie, firstParagraph(inserted));
    await redactie.keyboard.type("Zie ");
    await redactie.getByRole("button", { name: "Verwijzing invoegen" }).click();
    const dialog = redactie.getByRole("dialog", { name: "Verwijzing invoegen" });
    await dialog.waitFor();
    await expectNoAxeViolations(redactie);
    await dialog.getByLabel("Zoek een artikel op nummer of kop").fill(`Artikel ${thirdNumber + 1}`);
    await dialog.getByRole("button", { name: new RegExp(`^Artikel ${thirdNumber + 1}\\b`) }).first().click();
    await dialog.getByRole("button", { name: `Invoegen als “artikel ${thirdNumber + 1}”` }).click();
    await expect(dialog.count()).resolves.toBe(0);
    const reference = firstParagraph(inserted).locator(".mw-reference");
    await expect.poll(() => reference.textContent()).toBe(`artikel ${thirdNumber + 1}`);
    await expect.poll(() => firstParagraph(articles(werkgroep).nth(2)).locator(".mw-reference").textContent()).toBe(`artikel ${thirdNumber + 1}`);

    // A reference to the article it stands in is written relative to it, as on paper.
    await redactie.keyboard.type(" en ");
    await redactie.getByRole("button", { name: "Verwijzing invoegen" }).click();
    await dialog.getByLabel("Zoek een artikel op nummer of kop").fill("Proefartikel");
    await dialog.getByRole("button", { name: /Proefartikel$/ }).click();
    await dialog.getByRole("button", { name: "Invoegen als “dit artikel”" }).click();
    await expect.poll(() => reference.last().textContent()).toBe("dit artikel");
  });

  it("Enter makes the next member or item and leaves an empty item; the picker refers to a member's item in words", async () => {
    const page = await openEditor(session.first, DEMO_ACCOUNTS.redactie);
    // An article with several members whose last member ends in a paragraph.
    const candidate = page.locator('.ProseMirror section[data-node="article"]:has(> div[data-node="member"] ~ div[data-node="member"]):has(> div[data-node="member"]:last-child > p:last-child)');
    const target = article(page, (await candidate.first().getAttribute("data-id"))!);
    const members = target.locator(':scope > div[data-node="member"]');
    const count = await members.count();
    const articleNumber = await numberOf(target);
    const lastMember = members.last();

    await caretAtEnd(page, lastMember.locator(':scope > p[data-node="paragraph"]').last());
    // Enter makes a member; Backspace right after takes it back.
    await page.keyboard.press("Enter");
    await expect.poll(() => members.count()).toBe(count + 1);
    await page.keyboard.press("Backspace");
    await expect.poll(() => members.count()).toBe(count);
    await page.keyboard.press("Enter");
    await page.keyboard.type("Nieuw lid");
    await expect.poll(() => members.count()).toBe(count + 1);
    await expect.poll(() => plainText(members.last())).toBe("Nieuw lid");
    await expect(members.last().locator(".mw-editor-label").first().textContent()).resolves.toBe(`${count + 1}. `);

    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("Tweede alinea:");
    await expect.poll(() => members.last().locator(':scope > p[data-node="paragraph"]').count()).toBe(2);
    expect(await members.count()).toBe(count + 1);

    await page.getByRole("button", { name: "Opsomming of onderdeel" }).click();
    await page.keyboard.type("eerste");
    await page.keyboard.press("Enter");
    await page.keyboard.type("tweede");
    const items = members.last().locator('li[data-node="item"]');
    await expect.poll(() => items.count()).toBe(2);
    await expect(items.nth(1).locator(".mw-editor-label").textContent()).resolves.toBe("b. ");
    // Enter in the new, empty third item leaves the list: the text goes on in the member.
    await page.keyboard.press("Enter");
    await expect.poll(() => items.count()).toBe(3);
    await page.keyboard.press("Enter");
    await page.keyboard.type("Slotzin.");
    await expect.poll(() => items.count()).toBe(2);
    const lastChild = members.last().locator(":scope > *").last();
    await expect.poll(() => plainText(lastChild)).toBe("Slotzin.");
    expect(await lastChild.getAttribute("data-node")).toBe("paragraph");

    // From another article, a reference to item b of the new member, in the words it will read.
    const ordinal = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste"][count]!;
    const words = `artikel ${articleNumber}, ${ordinal} lid, onderdeel b`;
    const elsewhere = firstParagraph(articles(page).first());
    await caretAtEnd(page, elsewhere);
    await page.keyboard.type(" Zie ");
    await page.getByRole("button", { name: "Verwijzing invoegen" }).click();
    const dialog = page.getByRole("dialog", { name: "Verwijzing invoegen" });
    await dialog.getByLabel("Zoek een artikel op nummer of kop").fill(`Artikel ${articleNumber}`);
    await dialog.getByRole("list", { name: "Gevonden artikelen" }).getByRole("button", { name: new RegExp(`^Artikel ${articleNumber} `) }).first().click();
    const memberList = dialog.getByRole("list", { name: `Leden van artikel ${articleNumber}` });
    await memberList.getByRole("button", { name: new RegExp(`^${count + 1}\\. Nieuw lid`) }).click();
    await dialog.getByRole("list", { name: `Onderdelen van artikel ${articleNumber}, ${ordinal} lid` }).getByRole("button", { name: "b. tweede" }).click();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: `Invoegen als “${words}”` }).click();
    await expect(dialog.count()).resolves.toBe(0);
    await expect.poll(() => elsewhere.locator(".mw-reference").last().textContent()).toBe(words);
  });

  it("the slot dialog speaks a drafter's words, shows the fields of the chosen kind, puts problems beside their field, then inserts the slot; the history names the editor", async () => {
    const page = await openEditor(session.first, DEMO_ACCOUNTS.redactie);
    const paragraph = firstParagraph(articles(page).nth(4));
    const number = await numberOf(articles(page).nth(4));
    await caretAtEnd(page, paragraph);
    await page.keyboard.press("Control+Alt+K");
    const dialog = page.getByRole("dialog", { name: "Keuzemogelijkheid invoegen" });
    await dialog.waitFor();
    await expectNoDeveloperWords(dialog);

    // Saved without a name: the message stands beside the field, which gets the focus.
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => dialog.getByRole("alert").textContent()).toContain("Niet opgeslagen");
    const name = dialog.getByLabel("Naam", { exact: true });
    await expect(name.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(dialog.textContent()).resolves.toContain("Geef de keuzemogelijkheid een naam.");
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);

    // The internal name follows from the name, under "Geavanceerd".
    await name.fill("Wachttijd in weken");
    await dialog.getByText("Geavanceerd").click();
    await expect(dialog.getByLabel("Interne naam").inputValue()).resolves.toBe("wachttijdInWeken");

    // Only the fields of the chosen kind: options as rows for a choice between formulations, bounds for a number.
    await dialog.getByLabel("Soort keuze").selectOption({ label: "Alternatieve formuleringen" });
    await expect(dialog.getByRole("group", { name: /^Optie \d$/ }).count()).resolves.toBe(2);
    await expect(dialog.getByLabel("Tekst in de verordening bij optie 1").count()).resolves.toBe(1);
    await expect(dialog.getByLabel("Laagste toegestane waarde").count()).resolves.toBe(0);
    await expectNoDeveloperWords(dialog);
    await expectNoAxeViolations(page);
    await dialog.getByLabel("Soort keuze").selectOption({ label: "Geheel getal" });
    await expect(dialog.getByText("Opties", { exact: true }).count()).resolves.toBe(0);
    const lowest = dialog.getByLabel("Laagste toegestane waarde");
    await lowest.fill("10");
    await dialog.getByLabel("Hoogste toegestane waarde").fill("2");
    await dialog.getByLabel("Standaardwaarde van de regio").fill("4");
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => lowest.getAttribute("aria-invalid")).toBe("true");
    await expect(dialog.textContent()).resolves.toContain("Het minimum is groter dan het maximum.");
    await expect.poll(() => lowest.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectNoDeveloperWords(dialog);

    await lowest.fill("1");
    await dialog.getByLabel("Hoogste toegestane waarde").fill("12");
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    await expect(dialog.count()).resolves.toBe(0);
    await expect.poll(() => paragraph.locator(".mw-slot").last().textContent()).toBe("[Wachttijd in weken]");

    await page.reload();
    await page.locator(".ProseMirror").waitFor();
    const history = await page.locator(".mw-editor-history li").allTextContents();
    expect(history.some((line) => line.includes(`Rianne de Redacteur wijzigde Artikel ${number} `)), history.join("\n")).toBe(true);
  });

  it("clicking an article in the outline scrolls the editor to it and puts the cursor there", async () => {
    const page = await openEditor(session.first, DEMO_ACCOUNTS.redactie);
    const outline = page.getByRole("navigation", { name: "Inhoud en aanwezigen" });
    const last = outline.locator("li.mw-editor-outline__article").last();
    const id = (await last.getAttribute("data-id"))!;
    await last.getByRole("button").click();
    await expect.poll(() => last.getByRole("button").getAttribute("aria-current")).toBe("location");
    // Its heading is in the window, below the toolbar that stays at the top.
    await expect
      .poll(() =>
        article(page, id).evaluate((element) => {
          const { top } = element.querySelector('p[data-node="heading"]')!.getBoundingClientRect();
          const toolbarBottom = document.querySelector(".mw-editor-tools")!.getBoundingClientRect().bottom;
          return top >= toolbarBottom - 1 && top < window.innerHeight;
        }),
      )
      .toBe(true);
    // The cursor is in that article's heading: typing lands there.
    await page.keyboard.type("Xq");
    await expect.poll(() => plainText(article(page, id).locator('p[data-node="heading"]'))).toMatch(/^Xq/);
  });

  it("on a phone the toolbar folds into a menu and the text comes first", async () => {
    const page = await session.first.freshPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await loginThroughForm(page, session.server.url, DEMO_ACCOUNTS.redactie);
    await page.goto(`${session.server.url}${session.editorPath}`);
    await hydrated(page);
    await page.locator(".ProseMirror").waitFor();
    const menu = page.getByRole("button", { name: "Structuur en invoegen" });
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Nieuw artikel" }).isVisible()).resolves.toBe(false);
    const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
    expect(await top(".ProseMirror")).toBeLessThan(await top(".mw-editor-outline"));
    await expectNoAxeViolations(page);

    const count = await articles(page).count();
    await caretAtEnd(page, firstParagraph(articles(page).first()));
    await menu.click();
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
    await page.getByRole("button", { name: "Nieuw artikel" }).click();
    await expect.poll(() => articles(page).count()).toBe(count + 1);
    await expect(page.getByRole("button", { name: "Nieuw artikel" }).isVisible()).resolves.toBe(false);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("the redactie chooses definitions without letters for the whole text; the werkgroep sees it live but has no control", async () => {
    const [redactie, werkgroep] = await Promise.all([openEditor(session.first, DEMO_ACCOUNTS.redactie), openEditor(session.second, DEMO_ACCOUNTS.werkgroep)]);
    await expect.poll(() => status(redactie).textContent()).toBe("Verbonden");
    const labels = (page: Page) => article(page, "art-begrippen").locator('li[data-node="item"] .mw-editor-label');
    await expect.poll(() => labels(werkgroep).first().textContent()).toBe("a. ");
    await expect(werkgroep.getByLabel("Begripsbepalingen").count()).resolves.toBe(0);
    const setting = redactie.getByLabel("Begripsbepalingen");
    await expect(setting.inputValue()).resolves.toBe("lettered");
    await setting.selectOption({ label: "Zonder letters" });
    await expect.poll(() => labels(werkgroep).count()).toBe(0);
    await expect.poll(() => labels(redactie).count()).toBe(0);
    await expectNoAxeViolations(redactie);
    // Back to letters, as the rest of the file expects the seeded text.
    await setting.selectOption({ label: "Met letters (a., b., c.)" });
    await expect.poll(() => labels(werkgroep).first().textContent()).toBe("a. ");
  });

  it("has no accessibility violations, and the text box has a name", async () => {
    const page = await openEditor(session.first, DEMO_ACCOUNTS.redactie);
    await expect.poll(() => status(page).textContent()).toBe("Verbonden");
    await expect(page.getByRole("textbox", { name: /^Tekst van / }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });
});
