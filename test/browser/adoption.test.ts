import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchChromium, openHydrated as open, signedInPage } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId, readDb } from "../support/db";

// Almelo's staff record their council's adoption with one amendment, entered as an edit of Almelo's own text: a
// missing title is refused beside its field with everything typed kept, then the adoption is stored and the text in
// force shows the amended wording. Axe finds nothing on either page, on a wide screen and on a phone.

let server: TestServer;
let browser: Browser;
let modelId: number;
const contexts: BrowserContext[] = [];
const TERM = "art-bemiddelingstafel-lid-termijn";
const AMENDED = "De bemiddelingstafel brengt haar advies uit binnen drie weken nadat het is gevraagd.";

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
  modelId = firstModelId(server.databasePath);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string, width?: number): Promise<Page> {
  const { context, page } = await signedInPage(browser, server.url, email, width);
  contexts.push(context);
  return page;
}


describe("recording an adoption", () => {
  it("with one amendment, then reading the text in force", async () => {
    const page = await signedIn(DEMO_ACCOUNTS.gemeente);
    await open(page, `${server.url}/modellen/${modelId}/gemeenten/almelo/vaststelling`);
    // The date of the council meeting comes from the decision data.
    expect(await page.getByLabel("Datum van de raadsvergadering").inputValue()).toBe("2027-02-08");
    await page.getByLabel("Besluitnummer").fill("2027-09");
    await page.getByRole("button", { name: "Amendement toevoegen" }).click();
    const amendment = page.getByRole("group", { name: "Amendement 1" });
    await amendment.getByLabel("Nummer van het amendement").fill("A1");
    await amendment.getByLabel("Gewijzigde bepaling 1").selectOption(TERM);
    // Choosing the provision puts its proposed wording in the box, to edit.
    const text = amendment.getByLabel("Nieuwe tekst van bepaling 1");
    await expect.poll(() => text.inputValue()).toBe("De bemiddelingstafel brengt haar advies uit binnen vier weken nadat het is gevraagd.");
    await text.fill(AMENDED);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Vaststelling vastleggen" }).click();

    // No title: refused beside the field, everything typed kept, nothing stored.
    await page.getByText("Geef de titel van het amendement.").waitFor();
    expect(await page.getByLabel("Besluitnummer").inputValue()).toBe("2027-09");
    expect(await amendment.getByLabel("Nummer van het amendement").inputValue()).toBe("A1");
    expect(await text.inputValue()).toBe(AMENDED);
    expect(readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM adoptions").get() as { n: number }).n)).toBe(1);
    await expectNoAxeViolations(page);

    await amendment.getByLabel("Titel").fill("Snellere bemiddeling");
    await page.getByRole("button", { name: "Vaststelling vastleggen" }).click();
    await page.getByRole("heading", { name: "Geldende tekst van Almelo" }).waitFor();
    await page.getByText("De vaststelling is vastgelegd.").waitFor();
    const main = page.getByRole("main");
    expect(await main.innerText()).toContain("Vastgesteld bij besluit van de raad van 8 februari 2027, nummer 2027-09, zoals geamendeerd.");
    expect(await main.innerText()).toMatch(/Amendement A1: “Snellere bemiddeling”, wijzigt artikel \d+, derde lid/);
    expect(await page.getByRole("article", { name: /Urgentieverordening Almelo/ }).innerText()).toContain(AMENDED);
    await expectNoAxeViolations(page);
    // Four page loads and four axe runs: under the load of parallel work this takes longer than the default.
  }, 120_000);

  it("the text in force and the process overview read on a phone, with nothing for axe", async () => {
    const phone = await signedIn(DEMO_ACCOUNTS.raad, 390);
    await open(phone, `${server.url}/modellen/${modelId}/gemeenten/borne/geldend`);
    await phone.getByRole("heading", { name: "Geldende tekst van Borne" }).waitFor();
    expect(await phone.getByRole("table", { name: /Vastgestelde versies/ }).innerText()).toContain("geldend");
    await expectNoAxeViolations(phone);
    await open(phone, `${server.url}/modellen/${modelId}/proces`);
    await phone.getByRole("link", { name: "vastgesteld op 26 november 2026 (besluit 2026-112)" }).waitFor();
    await expectNoAxeViolations(phone);
  }, 120_000);
});
