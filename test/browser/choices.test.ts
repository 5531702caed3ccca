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
    await expect(page.getByTestId("voortgang").innerText()).resolves.toBe("0 van 17 keuzes gemaakt");

    const weeks = slot(page, "decisionPeriodWeeks");
    await weeks.getByLabel("Uw keuze voor “Beslistermijn in weken”").fill("6");
    await weeks.getByRole("button", { name: "Opslaan" }).click();
    await weeks.getByRole("status").filter({ hasText: "Keuze opgeslagen." }).waitFor();
    await page.getByTestId("geldt-decisionPeriodWeeks").filter({ hasText: "wijkt af" }).waitFor();
    expect(await preview(page)).toContain("binnen 6 weken");

    const area = slot(page, "bindingArea");
    const before = await preview(page);
    await area.getByRole("radio", { name: /de gemeente/ }).check();
    await area.getByRole("button", { name: "Opslaan" }).click();
    await page.getByTestId("geldt-bindingArea").filter({ hasText: "wijkt af" }).waitFor();
    expect(await preview(page)).not.toBe(before);
    await expect(page.getByTestId("voortgang").innerText()).resolves.toBe("2 van 17 keuzes gemaakt");

    await weeks.getByLabel("Uw keuze voor “Beslistermijn in weken”").fill("60");
    await weeks.getByRole("button", { name: "Opslaan" }).click();
    await weeks.getByText("Beslistermijn in weken: de waarde moet tussen 2 en 8 liggen.").waitFor();
    await expect(weeks.getByLabel("Uw keuze voor “Beslistermijn in weken”").inputValue()).resolves.toBe("60");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("without JavaScript: ordinary form posts do the same", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.gemeente, false);
    await page.goto(choicesUrl("almelo"));
    const years = slot(page, "bindingYears");
    await years.getByLabel("Uw keuze voor “Duur van de binding in jaren”").fill("3");
    await years.getByRole("button", { name: "Opslaan" }).click();
    await page.getByTestId("geldt-bindingYears").filter({ hasText: "wijkt af" }).waitFor();
    await expect(page.getByTestId("voortgang").innerText()).resolves.toBe("3 van 17 keuzes gemaakt");

    const fee = slot(page, "applicationFeeCharged");
    await fee.getByRole("radio", { name: /Opnemen/ }).check();
    await fee.getByRole("button", { name: "Opslaan" }).click();
    await page.getByTestId("geldt-applicationFeeCharged").filter({ hasText: "opnemen" }).waitFor();
    expect(await preview(page)).toContain("leges");

    const again = slot(page, "bindingYears");
    await again.getByLabel("Uw keuze voor “Duur van de binding in jaren”").fill("9");
    await again.getByRole("button", { name: "Opslaan" }).click();
    await slot(page, "bindingYears").getByText("Duur van de binding in jaren: de waarde moet tussen 1 en 6 liggen.").waitFor();
    await expect(slot(page, "bindingYears").getByLabel("Uw keuze voor “Duur van de binding in jaren”").inputValue()).resolves.toBe("9");
    await context.close();
  });
});

describe("the others", () => {
  it("the matrix shows Almelo's deviation by symbol and words, and passes axe", async () => {
    const { context, page } = await signedIn(DEMO_ACCOUNTS.werkgroep);
    await page.goto(`${server.url}/modellen/${modelId}/overzicht`);
    const cell = page.locator('td[data-gemeente="almelo"][data-slot="decisionPeriodWeeks"]');
    await expect(cell.innerText()).resolves.toContain("≠");
    await expect(cell.textContent()).resolves.toContain("wijkt af: 6");
    await page.getByLabel("Alleen afwijkingen").check();
    await page.getByRole("button", { name: "Filter toepassen" }).click();
    await page.waitForURL(/afwijkingen=1/);
    // The URL changes before React has rendered the filtered rows: wait for the row without deviations to go.
    await page.locator("tbody tr", { hasText: "Jaartal in de titel" }).waitFor({ state: "detached" });
    await expect(cell.textContent()).resolves.toContain("wijkt af: 6");
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
        slot: "decisionPeriodWeeks",
        version: "1",
        value: "3",
      },
      headers: { origin: server.url },
    });
    expect(crafted.status()).toBe(403);
    await page.reload();
    await expect(page.getByTestId("geldt-decisionPeriodWeeks").innerText()).resolves.toContain("6");
    await context.close();
  });
});
