import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { CHROMIUM_PATH, expectNoAxeViolations, loginThroughForm } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { readDb } from "../support/db";
import { categoryKey, figureFields, originKey, type MunicipalityRef } from "../../fair-share/index";

/**
 * The monitor as people use it: Almelo's staff type their figures into the form and upload a corrected CSV, the
 * dashboard shows the floor check with its charts and tables, and the noodknop is raised by Almelo and closed by
 * the redactie. axe checks every page it visits.
 */
let server: TestServer;
let browser: Browser;
let twente: MunicipalityRef[];
const PERIOD = "2026-2";

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(),
    chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] }),
  ]);
  twente = readDb(server.databasePath, (db) => db.prepare("SELECT m.slug, m.name FROM municipalities m JOIN regions r ON r.id = m.region_id WHERE r.slug = 'twente' ORDER BY m.name").all() as MunicipalityRef[]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "nl-NL" });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await loginThroughForm(page, server.url, email);
  return { context, page };
}

const label = (key: string) => figureFields(twente).find((f) => f.key === key)!.label;

describe("the monitor in the browser", () => {
  it("Almelo's staff enter figures in the form and upload a CSV", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.gemeente);
    await page.goto(`${server.url}/monitor/gemeenten/almelo?halfjaar=${PERIOD}`);
    await expectNoAxeViolations(page);
    const typed: Record<string, string> = Object.fromEntries(figureFields(twente).map((f) => [f.key, "0"]));
    Object.assign(typed, { aanvragen: "25", beschikkingen_toegekend: "18", beschikkingen_afgewezen: "7", gehuisvest: "9", mutaties: "90", toewijzingen: "9" });
    typed[categoryKey("beschermdWonen")] = "9";
    typed[originKey("almelo")] = "7";
    typed[originKey("wierden")] = "2";
    for (const [key, value] of Object.entries(typed)) await page.getByLabel(label(key), { exact: true }).fill(value);
    // One mistake first: the message appears beside the field and what was typed stays.
    await page.getByLabel(label("toewijzingen"), { exact: true }).fill("95");
    await page.getByRole("button", { name: "Cijfers opslaan" }).click();
    const allocations = page.getByLabel(label("toewijzingen"), { exact: true });
    await expect.poll(() => allocations.getAttribute("aria-invalid")).toBe("true");
    expect(await allocations.inputValue()).toBe("95");
    await expect.poll(() => page.locator("main").innerText()).toContain("Er kunnen niet meer toewijzingen aan urgenten zijn dan mutaties.");
    await expectNoAxeViolations(page);

    await allocations.fill("9");
    await page.getByRole("button", { name: "Cijfers opslaan" }).click();
    await page.getByRole("status").filter({ hasText: "Cijfers van 2e halfjaar 2026 opgeslagen" }).waitFor();
    // 9 of 90 is 10%: under the 15% floor by 5 allocations (13.5 → 14).
    await expect.poll(() => page.getByTestId("stand").innerText()).toContain("5 toewijzingen tekort");

    // The template comes with the current figures; a corrected copy goes back up.
    const template = await (await page.request.get(`${server.url}/monitor/sjabloon?gemeente=almelo&halfjaar=${PERIOD}`)).text();
    const [head, row] = template.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    const keys = head!.split(";");
    const values = row!.split(";");
    values[keys.indexOf("toewijzingen")] = "14";
    await page.getByLabel(`Bestand met de cijfers van 2e halfjaar 2026`).setInputFiles({ name: "almelo.csv", mimeType: "text/csv", buffer: Buffer.from(`${head}\r\n${values.join(";")}\r\n`) });
    await page.getByRole("button", { name: "Uploaden" }).click();
    await page.getByRole("status").filter({ hasText: "almelo.csv ingelezen voor 2e halfjaar 2026 (1 cel gewijzigd)" }).waitFor();
    await expect.poll(() => page.getByTestId("stand").innerText()).toContain("voldoet");
    expect(await page.getByLabel(label("toewijzingen"), { exact: true }).inputValue()).toBe("14");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("the dashboard shows the floor check with charts, tables and a text summary", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.raad);
    await page.goto(`${server.url}/monitor?halfjaar=2026-1`);
    await page.getByTestId("demo-cijfers").waitFor();
    const chart = page.getByRole("img", { name: /Aandeel van de mutaties toegewezen aan wettelijk urgenten per gemeente/ });
    await chart.waitFor();
    expect(await chart.getAttribute("aria-labelledby")).toMatch(/beschrijving/);
    const table = page.getByRole("table", { name: /tegen de ondergrens van 15,0%/ });
    const almelo = await table.getByRole("row", { name: /^Almelo/ }).innerText();
    expect(almelo).toMatch(/toewijzingen? tekort|voldoet/);
    expect(await page.getByTestId("samenvatting").innerText()).toMatch(/van de [\d.]+ mutaties naar wettelijk urgenten \(ondergrens 15,0%\)/);
    for (const name of [/Gehuisveste wettelijk urgenten: verwacht naar rato/, /Aandeel toewijzingen aan wettelijk urgenten over de halfjaren/]) await page.getByRole("img", { name }).waitFor();
    await page.getByRole("table", { name: /naar gemeente van herkomst/ }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("West-Overijssel's redactie sees its own region, without figures yet", async () => {
    const { context, page } = await signedIn("redactie.west-overijssel@modelwerk.test");
    await page.goto(`${server.url}/monitor`);
    await page.getByRole("heading", { name: "Monitor evenwichtige verdeling · regio West-Overijssel" }).waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toContain("Er zijn nog geen cijfers ingevoerd.");
    expect(text).toContain("Raalte");
    expect(text).not.toContain("Almelo");
    await expectNoAxeViolations(page);
    await page.goto(`${server.url}/regio`);
    await expect.poll(() => page.locator("main").innerText()).toContain("Hoort voor beschermd wonen en maatschappelijke opvang bij de regio Deventer");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("the noodknop is raised by Almelo and closed by the redactie with a note", async () => {
    const almelo = await signedIn(DEMO_ACCOUNTS.gemeente);
    await almelo.page.goto(`${server.url}/monitor/gemeenten/almelo`);
    await almelo.page.getByRole("button", { name: "Noodknop indrukken" }).click();
    await expect.poll(() => almelo.page.getByLabel("Reden", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await almelo.page.getByLabel("Reden", { exact: true }).fill("Drie uitstromers beschermd wonen zonder passende woning.");
    await almelo.page.getByRole("button", { name: "Noodknop indrukken" }).click();
    await almelo.page.getByRole("status").filter({ hasText: "De noodknop is ingedrukt" }).waitFor();
    await almelo.context.close();

    const redactie = await signedIn(DEMO_ACCOUNTS.redactie);
    await redactie.page.goto(`${server.url}/monitor`);
    const open = redactie.page.getByTestId("noodknop-open");
    await expect.poll(() => open.innerText()).toContain("Drie uitstromers beschermd wonen zonder passende woning.");
    await expectNoAxeViolations(redactie.page);
    await redactie.page.getByLabel(/Afsluiten na het bestuurlijk overleg/).fill("Besproken in het bestuurlijk overleg; Hengelo springt bij.");
    await redactie.page.getByRole("button", { name: "Melding afsluiten" }).click();
    await redactie.page.getByRole("status").filter({ hasText: "De noodknopmelding is afgesloten." }).waitFor();
    await expect.poll(() => redactie.page.getByRole("heading", { name: /Noodknop: voor het eerstvolgende bestuurlijk overleg/ }).innerText()).toContain("(0)");
    await redactie.page.getByText("Afgesloten meldingen (1)").click();
    await expect.poll(() => redactie.page.getByTestId("noodknop-gesloten").innerText()).toContain("Hengelo springt bij.");

    // The redactie keeps the households per year that pro rata rests on.
    await redactie.page.goto(`${server.url}/regio/gemeenten/almelo`);
    await redactie.page.getByLabel("Huishoudens, regel 3").fill("33000");
    await redactie.page.getByLabel("CBS-gemeentecode").fill("0141");
    await redactie.page.getByRole("button", { name: "Gegevens opslaan" }).click();
    await expect.poll(() => redactie.page.getByLabel("CBS-gemeentecode").getAttribute("aria-invalid")).toBe("true");
    expect(await redactie.page.getByLabel("Huishoudens, regel 3").inputValue()).toBe("33000");
    await expectNoAxeViolations(redactie.page);
    await redactie.page.getByLabel("CBS-gemeentecode").fill("GM0141");
    await redactie.page.getByRole("button", { name: "Gegevens opslaan" }).click();
    await redactie.page.waitForURL(/\/regio\?opgeslagen=almelo/);
    await expect.poll(() => redactie.page.locator("main").innerText()).toMatch(/De gegevens van Almelo zijn opgeslagen.[\s\S]*Almelo \(GM0141\) · 2026: 33000 huishoudens/);
    await redactie.context.close();
  });
});
