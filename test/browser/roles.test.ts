import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { DEMO_PASSWORD } from "../support/http";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// What each role may do per DOMAIN.md, in the words of the start page's "Wat u kunt doen" list.
const MANAGE_ACCOUNTS = "Accounts van de regio beheren";
const FREEZE = "Versies van de modelverordening vastzetten";
const CO_WRITE = "De artikelen van de modelverordening mee schrijven";
const ANSWER = "Reacties beantwoorden en afhandelen";
const LOCAL_CHOICES = "Lokale keuzes invullen en wijzigen";
const DOCUMENTS = "Raadsbesluit, raadsvoorstel en adviesaanvragen maken";
const READ = "De modelverordening lezen";
const COMMENT = "Reageren tijdens een consultatieronde";

interface RoleCase {
  email: string;
  role: string;
  name: string;
  label: string;
  municipality?: string;
  may: string[];
  mayNot: string[];
}

const READERS = { may: [READ, COMMENT], mayNot: [MANAGE_ACCOUNTS, FREEZE, CO_WRITE, ANSWER, LOCAL_CHOICES, DOCUMENTS] };

const CASES: RoleCase[] = [
  { email: "redactie@modelwerk.test", role: "redactie", name: "Rianne de Redacteur", label: "Redactie", may: [MANAGE_ACCOUNTS, FREEZE, CO_WRITE, ANSWER, LOCAL_CHOICES, DOCUMENTS], mayNot: [] },
  { email: "werkgroep@modelwerk.test", role: "werkgroep", name: "Wim Werkgroep", label: "Werkgroep", may: [CO_WRITE, ANSWER, READ], mayNot: [MANAGE_ACCOUNTS, FREEZE, LOCAL_CHOICES, DOCUMENTS] },
  { email: "gemeente.almelo@modelwerk.test", role: "gemeente", name: "Anouk Almelo", label: "Gemeente", municipality: "Almelo", may: [LOCAL_CHOICES, DOCUMENTS, READ], mayNot: [MANAGE_ACCOUNTS, FREEZE, CO_WRITE, ANSWER] },
  { email: "gemeente.enschede@modelwerk.test", role: "gemeente", name: "Erik Enschede", label: "Gemeente", municipality: "Enschede", may: [LOCAL_CHOICES, DOCUMENTS, READ], mayNot: [MANAGE_ACCOUNTS, FREEZE, CO_WRITE, ANSWER] },
  { email: "raad.almelo@modelwerk.test", role: "raad", name: "Robin Raadslid", label: "Gemeenteraad", municipality: "Almelo", ...READERS },
  { email: "huurders@modelwerk.test", role: "huurders", name: "Hanneke Huurders", label: "Huurdersorganisatie", ...READERS },
  { email: "corporatie@modelwerk.test", role: "corporatie", name: "Cor Corporatie", label: "Woningcorporatie", ...READERS },
  { email: "provincie@modelwerk.test", role: "provincie", name: "Petra Provincie", label: "Provincie", ...READERS },
];

const login = (page: Page, email: string, password = DEMO_PASSWORD) => loginThroughForm(page, server.url, email, password, false);

describe("each demo role logs in through the form and gets its own start page", () => {
  it.each(CASES)("$email ($role)", async (c) => {
    const page = await browser.freshPage();
    await login(page, c.email);
    await page.waitForURL(`${server.url}/`);

    const start = page.locator(`[data-role="${c.role}"]`);
    await start.waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Wat vraagt nu uw aandacht");
    await expect(start.getByText(`Welkom, ${c.name}`).count()).resolves.toBe(1);
    const intro = (await start.textContent()) ?? "";
    expect(intro).toContain(`als ${c.label.toLowerCase()} in de regio Twente`);
    // The organisation is said once, after the name: "Anouk Almelo, gemeente Almelo".
    if (c.municipality) expect(intro).toContain(`${c.name}, ${c.role === "raad" ? "gemeenteraad" : "gemeente"} ${c.municipality}.`);

    const abilities = await page.locator('section[aria-labelledby="wat-u-kunt"] li').allTextContents();
    for (const ability of c.may) expect(abilities.some((a) => a.startsWith(ability)), `${c.role} mag: ${ability}\n${abilities.join("\n")}`).toBe(true);
    for (const ability of c.mayNot) expect(abilities.some((a) => a.startsWith(ability)), `${c.role} mag niet: ${ability}`).toBe(false);
    await expect(page.getByRole("link", { name: "Accounts beheren" }).count()).resolves.toBe(c.role === "redactie" ? 1 : 0);

    await expectNoAxeViolations(page);
  });
});

describe("accessibility of the other pages", () => {
  it("control: the axe check does fail on a page with a known violation, and names it", async () => {
    const page = await browser.freshPage();
    await page.setContent('<!doctype html><html lang="nl"><head><title>Proef</title></head><body><main><img src="x.png"></main></body></html>');
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  });

  it("/login, also with an error message", async () => {
    const page = await browser.freshPage();
    await page.goto(`${server.url}/login`);
    await expectNoAxeViolations(page);
    await login(page, "redactie@modelwerk.test", "helemaal fout");
    await page.getByRole("alert").waitFor();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Het e-mailadres of het wachtwoord klopt niet.");
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectNoAxeViolations(page);
  });

  it("/regio", async () => {
    const page = await browser.freshPage();
    await login(page, "raad.almelo@modelwerk.test");
    await page.waitForURL(`${server.url}/`);
    await page.getByRole("link", { name: "De regio Twente en haar gemeenten" }).click();
    await page.waitForURL(`${server.url}/regio`);
    await page.getByRole("heading", { name: "Regio Twente", level: 1 }).waitFor();
    await expect(page.locator("main li").count()).resolves.toBe(14);
    await expectNoAxeViolations(page);
  });

  it("the model ordinance and a municipality's own version of it, reached from the start page", async () => {
    const page = await browser.freshPage();
    await login(page, "gemeente.almelo@modelwerk.test");
    await page.waitForURL(`${server.url}/`);
    await page.getByRole("link", { name: "de verordening van Almelo" }).click();
    await page.waitForURL(/\/modellen\/\d+\/gemeenten\/almelo\/voorbeeld$/);
    await page.getByRole("heading", { name: "Verordening van Almelo", level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Naar de modelverordening" }).click();
    await page.waitForURL(/\/modellen\/\d+$/);
    await page.getByRole("heading", { name: "Per gemeente: lokale keuzes en eigen verordening" }).waitFor();
    await expectNoAxeViolations(page);
    // Two axe runs over whole ordinances (model and Almelo's text): under load these alone take most of the default.
  }, 120_000);

  it("the 404 page", async () => {
    const page = await browser.freshPage();
    const response = await page.goto(`${server.url}/deze/pagina/bestaat/niet`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Pagina niet gevonden" }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("the 403 page", async () => {
    const page = await browser.freshPage();
    await login(page, "werkgroep@modelwerk.test");
    await page.waitForURL(`${server.url}/`);
    const response = await page.goto(`${server.url}/accounts`);
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { name: "Geen toegang" }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("logging out through the button ends up on /login, and / then asks to log in again", async () => {
    const page = await browser.freshPage();
    await login(page, "corporatie@modelwerk.test");
    await page.waitForURL(`${server.url}/`);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(`${server.url}/login`);
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});

describe("inviting someone through the accounts page, and the invitee setting a password", () => {
  const INVITEE = { name: "Ilse Inwoner", email: "ilse@modelwerk.test" };
  let link: string;

  it("/accounts: validation errors and the invitation link, both without axe violations", async () => {
    const page = await browser.freshPage();
    await login(page, "redactie@modelwerk.test");
    await page.waitForURL(`${server.url}/`);
    await page.getByRole("link", { name: "Accounts beheren" }).click();
    await page.waitForURL(`${server.url}/accounts`);
    await page.getByRole("heading", { name: "Accounts van regio Twente" }).waitFor();
    await expectNoAxeViolations(page);

    // Submitted empty: the messages appear beside the fields.
    await page.getByRole("button", { name: "Uitnodiging maken" }).click();
    await page.getByText("Vul een naam in.").waitFor();
    await expect(page.getByLabel("Naam", { exact: true }).getAttribute("aria-invalid")).resolves.toBe("true");
    await expectNoAxeViolations(page);

    await page.getByLabel("Naam", { exact: true }).fill(INVITEE.name);
    await page.getByLabel("E-mailadres", { exact: true }).fill(INVITEE.email);
    await page.getByRole("region", { name: "Iemand uitnodigen" }).getByLabel("Rol", { exact: true }).selectOption("huurders");
    await page.getByRole("button", { name: "Uitnodiging maken" }).click();
    const shown = page.locator('[data-testid="account-link"]');
    await shown.waitFor();
    link = ((await shown.textContent()) ?? "").trim();
    expect(link).toMatch(new RegExp(`^${server.url}/wachtwoord/[\\w-]{20,}$`));
    await expect(page.getByRole("status").textContent()).resolves.toContain(`Uitnodiging voor ${INVITEE.name} gemaakt.`);
    await page.getByRole("cell", { name: INVITEE.email }).waitFor();
    // After a success the form is empty for the next invitation.
    await expect(page.getByLabel("Naam", { exact: true }).inputValue()).resolves.toBe("");
    await expect(page.getByLabel("E-mailadres", { exact: true }).inputValue()).resolves.toBe("");
    await expectNoAxeViolations(page);
  });

  it("/wachtwoord/:token in a fresh session: a too-short password is refused, a good one logs the invitee in", async () => {
    expect(link, "the previous test produced a link").toBeTruthy();
    const page = await browser.freshPage();
    await page.goto(link);
    await page.getByRole("heading", { name: "Wachtwoord instellen" }).waitFor();
    await expect(page.locator("main").textContent()).resolves.toContain(INVITEE.email);
    await expectNoAxeViolations(page);

    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
    await page.getByLabel("Herhaal het wachtwoord", { exact: true }).fill("kort");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page.getByText("Kies een wachtwoord van minstens 12 tekens.").waitFor();
    await expectNoAxeViolations(page);

    const password = "een wachtwoord voor Ilse";
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
    await page.getByLabel("Herhaal het wachtwoord", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page.waitForURL(`${server.url}/`);
    await page.locator('[data-role="huurders"]').waitFor();
    await expect(page.getByText(`Welkom, ${INVITEE.name}`).count()).resolves.toBe(1);

    // The link was single use: opening it again shows the Dutch explanation, accessibly.
    await page.goto(link);
    await page.getByRole("heading", { name: "Deze link werkt niet meer" }).waitFor();
    await expectNoAxeViolations(page);
  });
});
