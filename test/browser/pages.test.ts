import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ROOT, startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, expectNoHorizontalOverflow, launchChromium, signedInPage } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/http";
import { firstModelId, readDb } from "../support/db";

/**
 * Every page, as the role that uses it: no horizontal overflow on a 390 px phone, axe clean at 1366 px, and a
 * screenshot of the main pages at both widths in test-results/screenshots/ for a person to look at. The long pages
 * (model, editor, choices, ordinance) are checked by axe in their own test files, where they are used.
 */
const SHOTS = join(ROOT, "test-results", "screenshots");
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pages = new Map<string, Page>();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([
    startServer(),
    launchChromium(),
  ]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function as(email: string, width: number): Promise<Page> {
  const key = `${email}@${width}`;
  if (!pages.has(key)) {
    const { context, page } = await signedInPage(browser, server.url, email, width);
    contexts.push(context);
    pages.set(key, page);
  }
  return pages.get(key)!;
}

const model = () => `/modellen/${firstModelId(server.databasePath)}`;
const phase = () => readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM phases ORDER BY position LIMIT 1 OFFSET 4").get() as { id: number }).id);

interface PageCase {
  /** Also the screenshot's file name. */
  name: string;
  email: string;
  path: () => string;
  screenshot?: true;
  /** Checked by axe in its own test file. */
  axeElsewhere?: true;
}

const PAGES: PageCase[] = [
  { name: "start", email: DEMO_ACCOUNTS.gemeente, path: () => "/", screenshot: true },
  { name: "model", email: DEMO_ACCOUNTS.raad, path: model, screenshot: true, axeElsewhere: true },
  { name: "editor", email: DEMO_ACCOUNTS.redactie, path: () => `${model()}/bewerken`, screenshot: true, axeElsewhere: true },
  { name: "keuzes", email: DEMO_ACCOUNTS.gemeente, path: () => `${model()}/gemeenten/almelo`, screenshot: true, axeElsewhere: true },
  { name: "verordening", email: DEMO_ACCOUNTS.gemeente, path: () => `${model()}/gemeenten/almelo/voorbeeld`, axeElsewhere: true },
  { name: "matrix", email: DEMO_ACCOUNTS.redactie, path: () => `${model()}/overzicht`, screenshot: true },
  { name: "fasen", email: DEMO_ACCOUNTS.redactie, path: () => `${model()}/fasen` },
  { name: "fase", email: DEMO_ACCOUNTS.raad, path: () => `${model()}/fasen/${phase()}`, screenshot: true },
  { name: "reacties", email: DEMO_ACCOUNTS.redactie, path: () => `${model()}/fasen/reacties` },
  { name: "versies", email: DEMO_ACCOUNTS.redactie, path: () => `${model()}/versies` },
  { name: "besluitvorming", email: DEMO_ACCOUNTS.gemeente, path: () => `${model()}/gemeenten/almelo/besluitvorming` },
  { name: "documenten", email: DEMO_ACCOUNTS.gemeente, path: () => `${model()}/documenten`, screenshot: true },
  { name: "proces", email: DEMO_ACCOUNTS.raad, path: () => `${model()}/proces` },
  { name: "vaststelling", email: DEMO_ACCOUNTS.gemeente, path: () => `${model()}/gemeenten/almelo/vaststelling` },
  { name: "geldend", email: DEMO_ACCOUNTS.raad, path: () => `${model()}/gemeenten/borne/geldend`, screenshot: true },
  { name: "accounts", email: DEMO_ACCOUNTS.redactie, path: () => "/accounts" },
  { name: "regio", email: DEMO_ACCOUNTS.provincie, path: () => "/regio" },
  { name: "meldingen", email: DEMO_ACCOUNTS.huurders, path: () => "/meldingen" },
];

describe.each([390, 1366])("every page at %i px", (width) => {
  it.each(PAGES)("$name", async ({ name, email, path, screenshot, axeElsewhere }) => {
    const page = await as(email, width);
    await page.goto(server.url + path());
    await page.locator("main h1").first().waitFor();
    if (width === 390) await expectNoHorizontalOverflow(page);
    else if (!axeElsewhere) await expectNoAxeViolations(page);
    if (screenshot) await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
  });
});

it("the login page fits a phone and has no axe violations", async () => {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 390, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: join(SHOTS, "login-390.png"), fullPage: true });
});

it("the matrix keeps its header row and first column in view while it scrolls at 1366 px", async () => {
  const page = await as(DEMO_ACCOUNTS.redactie, 1366);
  await page.goto(`${server.url}${model()}/overzicht`);
  const region = page.getByRole("region", { name: /^Lokale keuzes per gemeente/ });
  await region.evaluate((el) => el.scrollTo(400, 300));
  const [box, corner, almelo, firstRow] = await Promise.all([
    region.boundingBox(),
    region.locator("thead th").first().boundingBox(),
    region.getByRole("columnheader", { name: "Almelo" }).boundingBox(),
    region.locator("tbody th[scope=row]").first().boundingBox(),
  ]);
  // Scrolled down and sideways, the header row still starts at the top edge and the first column at the left.
  expect(Math.abs(almelo!.y - box!.y)).toBeLessThan(3);
  expect(Math.abs(corner!.x - box!.x)).toBeLessThan(3);
  expect(Math.abs(firstRow!.x - box!.x)).toBeLessThan(3);
  // What lies under the sticky first column is covered: the cell at its place is the row header itself.
  const covering = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("th")?.getAttribute("scope"), [firstRow!.x + 20, box!.y + 200]);
  expect(covering).toBe("row");
});
