import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchChromium, signedInPage } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId, readDb } from "../support/db";

/** Forms that lose nothing: an unsaved choice survives saving another, a refused phase keeps its roles, errors are pages. */
let server: TestServer;
let browser: Browser;
let modelId: number;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(),
    launchChromium(),
  ]);
  modelId = firstModelId(server.databasePath);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string): Promise<Page> {
  const { context, page } = await signedInPage(browser, server.url, email);
  contexts.push(context);
  return page;
}

describe("forms that lose nothing", () => {
  it("the choices page keeps a value typed but not saved while another choice is saved, and warns before leaving", async () => {
    // Enschede: the demo has Almelo gereed, its choices locked.
    const page = await signedIn(DEMO_ACCOUNTS.gemeenteEnschede);
    await page.goto(`${server.url}/modellen/${modelId}/gemeenten/enschede`, { waitUntil: "networkidle" });
    const year = page.locator("#keuze-ordinanceYear").getByLabel("Uw keuze voor “Jaartal in de titel en citeertitel”");
    await year.fill("2027");
    const objection = page.locator("#keuze-objectionAdvice");
    await objection.getByRole("radio", { name: /Het college hoort zelf/ }).check();
    await objection.getByRole("button", { name: "Opslaan" }).click();
    await page.getByTestId("geldt-objectionAdvice").filter({ hasText: "wijkt af" }).waitFor();
    expect(await year.inputValue()).toBe("2027");
    await page.getByTestId("niet-opgeslagen").filter({ hasText: "1 keuze is nog niet opgeslagen" }).waitFor();
    // Leaving asks first (the header's links load a new page: the browser's own question); staying keeps the value.
    const asked = new Promise<string>((resolve) => page.once("dialog", (dialog) => (resolve(dialog.type()), void dialog.dismiss())));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Start" }).click();
    expect(await asked).toBe("beforeunload");
    expect(page.url()).toContain("/gemeenten/enschede");
    expect(await year.inputValue()).toBe("2027");
    await expectNoAxeViolations(page);
  });

  it("a phase form refused for its dates keeps its roles, and a phase open to nobody is refused", async () => {
    const page = await signedIn(DEMO_ACCOUNTS.redactie);
    await page.goto(`${server.url}/modellen/${modelId}/fasen`, { waitUntil: "networkidle" });
    const phase = page.locator(".mw-phase", { has: page.getByRole("heading", { name: "1. Bestaande regels in beeld" }) });
    await phase.getByText("Fase “Bestaande regels in beeld” bewerken").click();
    await phase.getByLabel("Gemeenteraad").check();
    await phase.getByLabel("Provincie").check();
    await phase.getByLabel("Begindatum").fill("2026-12-10");
    await phase.getByLabel("Einddatum").fill("2026-12-01");
    await phase.getByRole("button", { name: "Fase opslaan" }).click();
    await phase.getByText("De einddatum ligt vóór de begindatum.").waitFor();
    expect(await phase.getByLabel("Gemeenteraad").isChecked()).toBe(true);
    expect(await phase.getByLabel("Provincie").isChecked()).toBe(true);
    expect(await phase.getByLabel("Huurdersorganisatie").isChecked()).toBe(false);
    expect(await phase.getByLabel("Begindatum").inputValue()).toBe("2026-12-10");
    await expectNoAxeViolations(page);

    await page.reload({ waitUntil: "networkidle" });
    await phase.getByText("Fase “Bestaande regels in beeld” bewerken").click();
    await phase.getByLabel("Status").selectOption({ label: "Open" });
    await phase.getByRole("button", { name: "Fase opslaan" }).click();
    await phase.getByText("Kies wie mag reageren: een fase die voor niemand openstaat, kan niet open.").waitFor();
    const stored = readDb(server.databasePath, (db) => db.prepare("SELECT status FROM phases WHERE model_id = ? AND position = 1").get(modelId) as { status: string });
    expect(stored.status).toBe("gepland");
  });

  it("an upload address opened directly leads to its page, and a failed download shows a Dutch page", async () => {
    const page = await signedIn(DEMO_ACCOUNTS.gemeente);
    await page.goto(`${server.url}/modellen/${modelId}/documenten/huisstijl/almelo`);
    expect(page.url()).toBe(`${server.url}/modellen/${modelId}/documenten`);
    const response = await page.goto(`${server.url}/modellen/${modelId}/documenten/download?soort=raadsbesluit&gemeente=enschede`);
    expect(response!.status()).toBe(403);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Geen toegang");
    expect(await page.locator("body").innerText()).not.toContain("{");
  });
});
