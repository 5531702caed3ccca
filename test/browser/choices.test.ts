import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { CHROMIUM_PATH, expectNoAxeViolations, loginThroughForm } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId, resetMunicipality } from "../support/db";

/**
 * Almelo staff fill in choices with JavaScript on (fetchers, the preview refreshes in place) and off (plain form posts,
 * a second context with javaScriptEnabled: false); the matrix shows the deviation; Enschede staff cannot edit.
 */
let server: TestServer;
let browser: Browser;
let modelId: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(),
    chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    }),
  ]);
  modelId = firstModelId(server.databasePath);
  // The demo seeds Almelo gereed with choices of its own; these tests fill in Almelo from nothing.
  resetMunicipality(server.databasePath, "almelo");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled,
    locale: "nl-NL",
  });
  // Fail within the test's own timeout, with the step that hung, rather than at the 30 s test limit.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await loginThroughForm(page, server.url, email);
  return { context, page };
}

const choicesUrl = (slug: string) => `${server.url}/modellen/${modelId}/gemeenten/${slug}`;
const slot = (page: Page, key: string) => page.locator(`#keuze-${key}`);
const preview = (page: Page) => page.getByTestId("voorbeeld").locator("article").innerText();

describe("Almelo staff fill in their choices", () => {
  it("with JavaScript: each slot saves on its own, the preview follows, a wrong value shows its message", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.gemeente);
    await page.goto(choicesUrl("almelo"));
    await expectNoAxeViolations(page);
    await expect(page.getByTestId("voortgang").innerText()).resolves.toBe("0 van 15 keuzes gemaakt");

    const year = slot(page, "ordinanceYear");
    await year.getByLabel("Uw keuze voor “Jaartal in de titel en citeertitel”").fill("2027");
    await year.getByRole("button", { name: "Opslaan" }).click();
    await year.getByRole("status").filter({ hasText: "Keuze opgeslagen." }).waitFor();
    await page.getByTestId("geldt-ordinanceYear").filter({ hasText: "wijkt af" }).waitFor();
    expect(await preview(page)).toContain("aangehaald als: Urgentieverordening Almelo 2027.");

    const area = slot(page, "searchArea");
    const before = await preview(page);
    await area.getByRole("radio", { name: /kernen aanwijzen/ }).check();
    await area.getByRole("button", { name: "Opslaan" }).click();
    await page.getByTestId("geldt-searchArea").filter({ hasText: "wijkt af" }).waitFor();
    expect(await preview(page)).not.toBe(before);
    await expect(page.getByTestId("voortgang").innerText()).resolves.toBe("2 van 15 keuzes gemaakt");

    await year.getByLabel("Uw keuze voor “Jaartal in de titel en citeertitel”").fill("2060");
    await year.getByRole("button", { name: "Opslaan" }).click();
    await year.getByText("Jaartal in de titel en citeertitel: de waarde moet tussen 2025 en 2030 liggen.").waitFor();
    await expect(year.getByLabel("Uw keuze voor “Jaartal in de titel en citeertitel”").inputValue()).resolves.toBe("2060");
    await expectNoAxeViolations(page);
    await context.close();
    // Two axe runs over the whole choices page with its preview: under load these alone take most of the default.
  }, 120_000);

  it("without JavaScript: ordinary form posts do the same", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.gemeente, false);
    await page.goto(choicesUrl("almelo"));
    const amount = slot(page, "applicationFee");
    await amount.getByLabel("Uw keuze voor “Hoogte van de leges”").fill("25");
    await amount.getByRole("button", { name: "Opslaan" }).click();
    await page.getByTestId("geldt-applicationFee").filter({ hasText: "wijkt af" }).waitFor();
    await expect(page.getByTestId("voortgang").innerText()).resolves.toBe("3 van 15 keuzes gemaakt");

    const fee = slot(page, "applicationFeeCharged");
    await fee.getByRole("radio", { name: /Opnemen/ }).check();
    await fee.getByRole("button", { name: "Opslaan" }).click();
    await page.getByTestId("geldt-applicationFeeCharged").filter({ hasText: "opnemen" }).waitFor();
    expect(await preview(page)).toContain("leges");

    const again = slot(page, "applicationFee");
    await again.getByLabel("Uw keuze voor “Hoogte van de leges”").fill("500");
    await again.getByRole("button", { name: "Opslaan" }).click();
    await slot(page, "applicationFee").getByText("Hoogte van de leges: de waarde moet tussen € 0 en € 150 liggen.").waitFor();
    await expect(slot(page, "applicationFee").getByLabel("Uw keuze voor “Hoogte van de leges”").inputValue()).resolves.toBe("500");
    await context.close();
  });
});

describe("the others", () => {
  it("the matrix shows Almelo's deviation by symbol and words, and passes axe", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.werkgroep);
    await page.goto(`${server.url}/modellen/${modelId}/overzicht`);
    const cell = page.locator('td[data-gemeente="almelo"][data-slot="ordinanceYear"]');
    await expect(cell.innerText()).resolves.toContain("≠");
    await expect(cell.textContent()).resolves.toContain("wijkt af: 2027");
    await page.getByLabel("Alleen afwijkingen").check();
    await page.getByRole("button", { name: "Filter toepassen" }).click();
    await page.waitForURL(/afwijkingen=1/);
    // The URL changes before React has rendered the filtered rows: wait for the row without deviations to go.
    await page.locator("tbody tr", { hasText: "Afwijken van de inkomensgrens bij medische urgentie" }).waitFor({ state: "detached" });
    await expect(cell.textContent()).resolves.toContain("wijkt af: 2027");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("Enschede staff see Almelo's choices without forms, and a crafted post is refused", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.gemeenteEnschede);
    await page.goto(choicesUrl("almelo"));
    await expect(page.getByRole("button", { name: "Opslaan" }).count()).resolves.toBe(0);
    const crafted = await page.request.post(choicesUrl("almelo"), {
      form: {
        intent: "save",
        slot: "ordinanceYear",
        version: "1",
        value: "2028",
      },
      headers: { origin: server.url },
    });
    expect(crafted.status()).toBe(403);
    await page.reload();
    await expect(page.getByTestId("geldt-ordinanceYear").innerText()).resolves.toContain("2027");
    await context.close();
  });
});
