import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, launchBrowser, loginThroughForm, type TestBrowser } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId } from "../support/db";

// The documents page in Chromium: accessible, and the batch "Alle gemeenten" runs with its progress bar and ends in
// the download of the zip.

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("redactie makes every raadsbesluit and raadsvoorstel in one zip, with a progress bar", async () => {
  const page = await browser.freshPage();
  page.setDefaultTimeout(20_000);
  await loginThroughForm(page, server.url, DEMO_ACCOUNTS.redactie);
  const modelId = firstModelId(server.databasePath);
  await page.goto(`${server.url}/modellen/${modelId}`);
  await page.getByRole("main").getByRole("link", { name: "Documenten" }).click();
  await page.waitForURL(`${server.url}/modellen/${modelId}/documenten`);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: /alle gemeenten/ }).click();
  const bar = page.locator("progress#batch-voortgang");
  await expect.poll(() => bar.getAttribute("max")).toBe("28");
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^documenten-alle-gemeenten-model-\d+\.zip$/);
  expect(await bar.getAttribute("value")).toBe("28");
  await expect.poll(() => page.getByText("28 van 28 documenten gemaakt").count()).toBe(1);
}, 90_000);

test("a house-style upload above the server's body limit gets its own Dutch message, and the form keeps what was chosen", async () => {
  const page = await browser.freshPage();
  page.setDefaultTimeout(20_000);
  await loginThroughForm(page, server.url, DEMO_ACCOUNTS.gemeente);
  await page.goto(`${server.url}/modellen/${firstModelId(server.databasePath)}/documenten`);
  // The form posts through a fetcher: wait until the page is hydrated (under its Content-Security-Policy).
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
  await page.getByText("Huisstijl van Almelo").click();
  const form = page.locator("details.mw-house-style", { hasText: "Huisstijl van Almelo" });
  await form.getByLabel("Lettertype", { exact: true }).selectOption("Georgia");
  await form.getByLabel("Kleur van de koppen", { exact: true }).fill("#123456");
  // 8 MB: over the upload's own 7 MB and far over the global 1 MiB.
  await form.getByLabel(/Word-bestand met stijlen/).setInputFiles({ name: "sjabloon.docx", mimeType: "application/octet-stream", buffer: Buffer.alloc(8 * 1024 * 1024) });
  await form.getByRole("button", { name: "Huisstijl opslaan" }).click();
  await expect.poll(() => form.getByText("De bestanden zijn samen te groot (meer dan 7 MB). Kies kleinere bestanden.").count()).toBe(1);
  expect(await form.getByLabel("Lettertype", { exact: true }).inputValue()).toBe("Georgia");
  expect(await form.getByLabel("Kleur van de koppen", { exact: true }).inputValue()).toBe("#123456");
  expect(await page.getByRole("heading", { name: "Er ging iets mis" }).count()).toBe(0);
  await expectNoAxeViolations(page);
}, 90_000);

test("Almelo staff record decision data on an accessible page; a wrong date gets its message beside the field and keeps what was typed", async () => {
  const page = await browser.freshPage();
  page.setDefaultTimeout(20_000);
  await loginThroughForm(page, server.url, DEMO_ACCOUNTS.gemeente);
  const modelId = firstModelId(server.databasePath);
  await page.goto(`${server.url}/modellen/${modelId}/documenten`);
  await page.getByRole("link", { name: "Gegevens voor de besluitvorming" }).click();
  await page.waitForURL(`${server.url}/modellen/${modelId}/gemeenten/almelo/besluitvorming`);
  await expectNoAxeViolations(page);
  const meeting = page.getByLabel("Datum van de raadsvergadering");
  expect(await meeting.inputValue()).toBe("2027-02-08");
  await page.getByLabel("Datum van het collegebesluit").fill("2027-03-01");
  await page.getByLabel("Portefeuillehouder").fill("wethouder B. Nieuw");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await page.getByText("De raadsvergadering kan niet vóór het collegebesluit liggen.").waitFor();
  expect(await page.getByLabel("Portefeuillehouder").inputValue()).toBe("wethouder B. Nieuw");
  await expectNoAxeViolations(page);
}, 60_000);

test("a received advice letter is attached on the besluitvorming page; one above 10 MB gets its own message and the form keeps what was typed", async () => {
  const page = await browser.freshPage();
  page.setDefaultTimeout(20_000);
  await loginThroughForm(page, server.url, DEMO_ACCOUNTS.gemeente);
  await page.goto(`${server.url}/modellen/${firstModelId(server.databasePath)}/gemeenten/almelo/besluitvorming`);
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
  const letter = page.getByLabel(/^Adviesbrief van Gedeputeerde Staten van Overijssel/);
  await page.getByLabel("Portefeuillehouder").fill("wethouder C. Brief");
  // 11 MB: over the letter's own 10 MB and far over the server's global 1 MiB.
  const big = Buffer.alloc(11 * 1024 * 1024);
  big.write("%PDF-1.4\n");
  await letter.setInputFiles({ name: "advies-gs.pdf", mimeType: "application/pdf", buffer: big });
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await page.getByText("Deze brief is groter dan 10 MB.").waitFor();
  expect(await page.getByLabel("Portefeuillehouder").inputValue()).toBe("wethouder C. Brief");
  expect(await page.getByRole("heading", { name: "Er ging iets mis" }).count()).toBe(0);
  await expectNoAxeViolations(page);

  await letter.setInputFiles({ name: "advies-gs.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await page.getByText("Gegevens voor de besluitvorming opgeslagen.").waitFor();
  await page.getByRole("link", { name: "advies-gs.pdf" }).waitFor();
  expect(await page.getByLabel("Portefeuillehouder").inputValue()).toBe("wethouder C. Brief");
  await expectNoAxeViolations(page);
}, 90_000);
