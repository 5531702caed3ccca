import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, expectNoHorizontalOverflow, hydrated, launchChromium, openHydrated as open, signedInPage } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId } from "../support/db";

/**
 * Issue 15's browser test. First Borne from the demo: it adopted its ordinance and the model has a newer definitive
 * version since; the redactie follows the notice on its text in force to the draft amending ordinance and reads
 * Artikel I and asks for its STOP XML, on a desktop and on a phone. Then the whole chain: Almelo records its adoption with one amendment, the
 * redactie changes a word in the editor, freezes and marks a new definitive version, and Almelo's draft names that
 * provision with a word-level instruction. axe checks every page.
 */
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the draft amending ordinance in the browser", () => {
  for (const width of [1366, 390]) {
    it(`the redactie goes from Borne's text in force to its draft amending ordinance (${width} px)`, async () => {
      const { context, page } = await signedInPage(browser, server.url, DEMO_ACCOUNTS.redactie, width);
      await page.goto(`${server.url}/modellen/${firstModelId(server.databasePath)}/gemeenten/borne/geldend`);
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: "Ontwerp-wijzigingsverordening bekijken" }).click();
      await page.getByRole("heading", { level: 1, name: "Ontwerp-wijzigingsverordening van Borne" }).waitFor();
      const article = page.getByRole("article");
      await expect(article.getByRole("heading", { level: 3, name: "Artikel I", exact: true }).count()).resolves.toBe(1);
      await expect(article.innerText()).resolves.toMatch(/De Urgentieverordening Borne 20\d\d wordt als volgt gewijzigd:\s+A\s/);
      await expect(page.getByRole("link", { name: "Raadsbesluit (Word)" }).count()).resolves.toBe(1);
      // The STOP XML needs the decision's date and number; once given, the page links it.
      await hydrated(page);
      await page.getByLabel("Datum van het raadsbesluit").fill("2027-06-28");
      await page.getByLabel("Nummer van het raadsbesluit").fill("2027-41");
      await page.getByRole("button", { name: "STOP-XML klaarzetten" }).click();
      await page.getByRole("link", { name: "Besluit met de wijzigingen als STOP-XML" }).waitFor();
      expect(await page.getByLabel("Nummer van het raadsbesluit").inputValue()).toBe("2027-41");
      await expectNoAxeViolations(page);
      await expectNoHorizontalOverflow(page);
      await context.close();
    }, 120_000);
  }
});


const AMENDED = "De bemiddelingstafel brengt haar advies uit binnen drie weken nadat het is gevraagd.";
const EDITED_MEMBER = "art-advies-lid-gegevens";

describe("from an adoption to the amending ordinance of a model change", () => {
  it("Almelo adopts with one amendment; a new definitive version changes a word; Almelo's draft names it", async () => {
    const modelId = firstModelId(server.databasePath);
    const almelo = `${server.url}/modellen/${modelId}/gemeenten/almelo`;

    // Almelo's staff record the adoption with one amendment, through the page.
    const staff = await signedInPage(browser, server.url, DEMO_ACCOUNTS.gemeente);
    await open(staff.page, `${almelo}/vaststelling`);
    await staff.page.getByLabel("Besluitnummer").fill("2027-09");
    await staff.page.getByRole("button", { name: "Amendement toevoegen" }).click();
    const amendment = staff.page.getByRole("group", { name: "Amendement 1" });
    await amendment.getByLabel("Nummer van het amendement").fill("A1");
    await amendment.getByLabel("Titel").fill("Snellere bemiddeling");
    await amendment.getByLabel("Gewijzigde bepaling 1").selectOption("art-bemiddelingstafel-lid-termijn");
    const text = amendment.getByLabel("Nieuwe tekst van bepaling 1");
    await expect.poll(() => text.inputValue()).toContain("binnen vier weken");
    await text.fill(AMENDED);
    await expectNoAxeViolations(staff.page);
    await staff.page.getByRole("button", { name: "Vaststelling vastleggen" }).click();
    await staff.page.getByText("De vaststelling is vastgelegd.").waitFor();
    const inForce = await staff.page.getByRole("article", { name: /Urgentieverordening Almelo/ }).innerText();
    expect(inForce).toContain(AMENDED);
    const number = /Artikel (\d+[a-z]?) Advies/.exec(inForce)?.[1];
    expect(number).toBeDefined();
    await expectNoAxeViolations(staff.page);
    await staff.context.close();

    // The redactie replaces one word in the live text and waits until the server has it.
    const { context, page } = await signedInPage(browser, server.url, DEMO_ACCOUNTS.redactie);
    await page.goto(`${server.url}/modellen/${modelId}/bewerken`);
    const status = page.getByRole("status").filter({ hasNot: page.locator("dialog") }).first();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe("Verbonden");
    const paragraph = page.locator(`.ProseMirror div[data-node="member"][data-id="${EDITED_MEMBER}"] p[data-node="paragraph"]`);
    // Double-clicking the word selects it as a person would; centred, so no sticky toolbar covers it.
    await paragraph.evaluate((element) => element.scrollIntoView({ block: "center" }));
    const word = await paragraph.evaluate((element) => {
      const node = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(" alleen "))!;
      const range = document.createRange();
      const start = node.textContent!.indexOf(" alleen ") + 1;
      range.setStart(node, start);
      range.setEnd(node, start + "alleen".length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.dblclick(word.x, word.y);
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe("alleen");
    await page.keyboard.type("uitsluitend");
    await expect.poll(() => paragraph.textContent(), { timeout: 10_000 }).toContain("verstrekt een adviseur uitsluitend de gegevens");
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe("Verbonden");
    await expectNoAxeViolations(page);

    // It freezes a new version and marks it definitive, through the versions page.
    const name = "Definitieve versie met uitsluitend";
    await open(page, `${server.url}/modellen/${modelId}/versies`);
    await page.getByLabel("Naam van de versie").fill(name);
    await page.getByRole("button", { name: "Versie vastzetten" }).click();
    await page.getByText(`Versie “${name}” vastgezet.`).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: `Markeer “${name}” als definitief` }).click();
    await page.getByText(`Versie “${name}” is definitief voor besluitvorming.`).waitFor();
    await expectNoAxeViolations(page);

    // Almelo's text in force points to its draft amending ordinance, which changes that word in that member.
    await page.goto(`${almelo}/geldend`);
    await page.getByRole("link", { name: "Ontwerp-wijzigingsverordening bekijken" }).click();
    await page.getByRole("heading", { level: 1, name: "Ontwerp-wijzigingsverordening van Almelo" }).waitFor();
    const draft = await page.getByRole("article").innerText();
    expect(draft).toMatch(/De Urgentieverordening Almelo 20\d\d wordt als volgt gewijzigd:/);
    expect(draft).toContain(`In artikel ${number}, derde lid, wordt “alleen” vervangen door “uitsluitend”.`);
    // The council's amendment stays: the draft does not undo it.
    expect(draft).not.toContain("binnen vier weken");
    await expectNoAxeViolations(page);
    await context.close();
  }, 240_000);
});
