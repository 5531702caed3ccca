import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { CHROMIUM_PATH, expectNoAxeViolations, loginThroughForm } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId, readDb } from "../support/db";

/**
 * One consultation round end to end: redactie freezes a version and opens the consultation phase; a council member of
 * Almelo comments on a member (clicking in the text, JavaScript on); the tenant organisation proposes a wording
 * (JavaScript off, the select of provisions); redactie answers both and publishes; the council member reads the answer;
 * once the phase is closed a new comment is refused. axe checks every page on the way.
 */
let server: TestServer;
let browser: Browser;
let modelId: number;
let phaseId: number;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(),
    chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] }),
  ]);
  modelId = firstModelId(server.databasePath);
  phaseId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM phases WHERE model_id = ? AND position = 5").get(modelId) as { id: number }).id);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "nl-NL" });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await loginThroughForm(page, server.url, email);
  return page;
}

const phasesUrl = () => `${server.url}/modellen/${modelId}/fasen`;
const phaseUrl = () => `${phasesUrl()}/${phaseId}`;
const consultationName = "Consultatie raden en huurdersorganisaties";

/** Navigates and waits until the scripts have loaded and Remix has taken over the page, so React's hydration cannot reset what the test then selects. */
async function open(page: Page, url: string) {
  await page.goto(url, { waitUntil: "networkidle" });
  if (await page.evaluate(() => document.scripts.length > 0)) await page.waitForFunction(() => (window as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
}

async function setPhaseStatus(page: Page, status: string, version?: string) {
  await open(page, phasesUrl());
  const phase = page.locator(".mw-phase", { has: page.getByRole("heading", { name: `5. ${consultationName}` }) });
  await phase.getByText(`Fase “${consultationName}” bewerken`).click();
  await phase.getByLabel("Status").selectOption({ label: status });
  if (version) await phase.getByLabel("Versie in consultatie").selectOption({ label: version });
  await phase.getByRole("button", { name: "Fase opslaan" }).click();
  await page.getByText(`Fase “${consultationName}” opgeslagen.`).waitFor();
  // The message can show before the list of phases has reloaded: wait for the state itself.
  await phase.locator('[data-testid^="status-"]', { hasText: new RegExp(`^${status}$`) }).waitFor();
}

describe("a consultation round", () => {
  let redactie: Page;
  let raad: Page;

  it("redactie freezes the consultation version and opens the phase", async () => {
    redactie = await signedIn(DEMO_ACCOUNTS.redactie);
    await open(redactie, `${server.url}/modellen/${modelId}`);
    await redactie.getByRole("link", { name: "Fasen en consultatie" }).click();
    await redactie.waitForURL(phasesUrl());
    await expectNoAxeViolations(redactie);
    await redactie.getByRole("link", { name: "Versies van de tekst" }).click();
    await redactie.getByLabel("Naam van de versie").fill("Consultatieversie september 2025");
    await redactie.getByRole("button", { name: "Versie vastzetten" }).click();
    await redactie.getByText("Versie “Consultatieversie september 2025” vastgezet.").waitFor();
    // The message can show before the list of versions has reloaded: wait for the new row itself.
    await redactie.getByRole("row", { name: /Consultatieversie september 2025.*Rianne de Redacteur/ }).waitFor();
    await expectNoAxeViolations(redactie);
    await setPhaseStatus(redactie, "Open", "Consultatieversie september 2025");
    await redactie.locator(`[data-testid="status-${phaseId}"]`, { hasText: /^Open$/ }).waitFor();
    expect(await redactie.getByTestId(`status-${phaseId}`).innerText()).toBe("Open");
  });

  it("a council member of Almelo comments on a member by clicking it in the text", async () => {
    raad = await signedIn(DEMO_ACCOUNTS.raad);
    await open(raad, phaseUrl());
    await expectNoAxeViolations(raad);
    await raad.locator("#tekst-art-aanvraag-lid-beslistermijn").click();
    expect(await raad.getByLabel("Bepaling", { exact: true }).inputValue()).toBe("art-aanvraag-lid-beslistermijn");
    await raad.getByLabel("Soort reactie").selectOption({ label: "Wens" });
    await raad.getByLabel("Uw reactie").fill("Acht weken is lang voor wie op straat dreigt te komen.\n\nGraag zes weken.");
    await raad.getByRole("button", { name: "Reactie plaatsen" }).click();
    await raad.getByText("Uw reactie is geplaatst.").waitFor();
    const thread = raad.getByTestId("reactie").first();
    expect(await thread.getByRole("heading").innerText()).toMatch(/^Wens bij artikel \d+, vierde lid \(Aanvraag\)$/);
    expect(await thread.innerText()).toContain("namens Gemeenteraad Almelo");
    expect(await thread.locator(".mw-comment__body p").count()).toBe(2);
  });

  it("the tenant organisation proposes a wording without JavaScript, and sees it as a word diff", async () => {
    const huurders = await signedIn(DEMO_ACCOUNTS.huurders, false);
    await huurders.goto(phaseUrl());
    const anchor = huurders.getByLabel("Bepaling", { exact: true });
    const option = await anchor.locator("option", { hasText: "vierde lid (Aanvraag)" }).getAttribute("value");
    await anchor.selectOption(option!);
    await huurders.getByLabel("Soort reactie").selectOption({ label: "Tekstvoorstel" });
    await huurders.getByLabel("Uw reactie").fill("Een kortere termijn past bij de nood.");
    await huurders.getByLabel("Voorgestelde tekst (bij een tekstvoorstel)").fill("Het college beslist binnen zes weken na ontvangst van de aanvraag.");
    await huurders.getByRole("button", { name: "Reactie plaatsen" }).click();
    await huurders.getByText("Uw reactie is geplaatst.").waitFor();
    const proposal = huurders.getByTestId("reactie").filter({ hasText: "Tekstvoorstel" }).locator(".mw-comment__proposal");
    expect(await proposal.locator("ins").allInnerTexts()).toContainEqual(expect.stringContaining("zes"));
    expect(await proposal.locator("del").count()).toBeGreaterThan(0);
    expect(await huurders.getByTestId("reactie").filter({ hasText: "Tekstvoorstel" }).innerText()).toContain("namens Huurdersvereniging Twente");
  });

  it("redactie answers both as drafts and publishes them together", async () => {
    await open(redactie, phaseUrl());
    const answer = async (author: string, disposition: string, text: string) => {
      const thread = redactie.getByTestId("reactie").filter({ hasText: author });
      await thread.getByText("Afhandelen en beantwoorden").click();
      await thread.getByLabel("Afhandeling").selectOption({ label: disposition });
      await thread.getByLabel("Antwoord", { exact: true }).fill(text);
      await thread.getByRole("button", { name: "Antwoord opslaan als concept" }).click();
      await thread.getByTestId("antwoord").getByText(text).waitFor();
    };
    await answer("Robin Raadslid", "Deels overgenomen", "De termijn wordt zes weken; verdagen blijft mogelijk.");
    await answer("Hanneke Huurders", "Overgenomen", "Uw formulering is overgenomen.");
    expect(await redactie.getByText("Er zijn 2 conceptantwoorden.").count()).toBe(1);
    await expectNoAxeViolations(redactie);
    const question = new Promise<string>((resolve) => redactie.once("dialog", (dialog) => (resolve(dialog.message()), void dialog.accept())));
    await redactie.getByRole("button", { name: "Antwoorden publiceren" }).click();
    expect(await question).toBe("2 antwoorden publiceren? Indieners zien ze daarna.");
    await redactie.getByText("2 antwoorden gepubliceerd.").waitFor();
  });

  it("the council member sees the published answer", async () => {
    await raad.goto(phaseUrl());
    const answer = raad.getByTestId("reactie").filter({ hasText: "Robin Raadslid" }).getByTestId("antwoord");
    expect(await answer.innerText()).toContain("Afhandeling: Deels overgenomen");
    expect(await answer.innerText()).toContain("De termijn wordt zes weken; verdagen blijft mogelijk.");
    await raad.goto(`${phasesUrl()}/reacties?mijn=1`);
    expect(await raad.getByTestId("aantal").innerText()).toBe("1 van 2 reacties.");
    await expectNoAxeViolations(raad);
  });

  it("after the phase closes a new comment is refused", async () => {
    await setPhaseStatus(redactie, "Gesloten");
    await raad.goto(phaseUrl());
    expect(await raad.getByTestId("fase-gesloten").innerText()).toContain("Deze fase is gesloten");
    expect(await raad.getByRole("button", { name: "Reactie plaatsen" }).count()).toBe(0);
    const crafted = await raad.request.post(phaseUrl(), {
      form: { intent: "comment", anchor: "art-aanvraag-lid-beslistermijn", type: "wens", body: "Toch nog even" },
      headers: { origin: server.url },
    });
    expect(crafted.status()).toBe(409);
    expect(await crafted.text()).toContain("Deze fase is gesloten");
    expect(readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM comments").get() as { n: number }).n)).toBe(2);
  });

  it("the comparison of two versions is accessible", async () => {
    await open(redactie, `${server.url}/modellen/${modelId}/versies`);
    await redactie.getByLabel("Naam van de versie").fill("Na verwerking");
    await redactie.getByRole("button", { name: "Versie vastzetten" }).click();
    await redactie.getByText("Versie “Na verwerking” vastgezet.").waitFor();
    await redactie.getByRole("button", { name: "Vergelijken" }).click();
    await redactie.getByRole("heading", { name: "Van “Consultatieversie september 2025” naar “Na verwerking”" }).waitFor();
    await expectNoAxeViolations(redactie);
  });
});
