import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { expect } from "vitest";
import { DEMO_PASSWORD } from "./http";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface TestBrowser {
  context: BrowserContext;
  /**
   * A new tab with no cookies: the previous tabs are closed and the cookie jar emptied, so each role starts logged out.
   * (A persistent context is the only way to give Chromium our own temp user-data dir, and it cannot spawn isolated
   * contexts; tests in a file run one after the other, so clearing is enough.)
   */
  freshPage(): Promise<Page>;
  close(): Promise<void>;
}

/** One Chromium per test file, with its own profile in a temp directory, removed on close. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium niet gevonden op ${CHROMIUM_PATH}; zet CHROMIUM_PATH.`);
  const userDataDir = mkdtempSync(join(tmpdir(), "modelwerk-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    locale: "nl-NL",
  });
  return {
    context,
    async freshPage() {
      const page = await context.newPage();
      for (const other of context.pages()) if (other !== page) await other.close();
      await context.clearCookies();
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe-core against the page as it is now and fails with a readable list of every violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(" ")}\n      ${node.html.slice(0, 200)}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n");
  expect(results.violations.length, `axe vond toegankelijkheidsfouten op ${page.url()}:\n${report}`).toBe(0);
  // A run that checked nothing would pass vacuously.
  expect(results.passes.length, `axe controleerde niets op ${page.url()}`).toBeGreaterThan(0);
}

/** Logs in through the real form, as a person would; waits for the start page unless told the login should fail. */
export async function loginThroughForm(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD, expectStart = true): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (expectStart) await page.waitForURL(`${baseUrl}/`);
}

/** Fails unless the page fits the viewport's width; names the widest elements that stick out, to fix them. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { width, scrollWidth, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    // Looking for the culprits is slow on a long page: only when there is something to find.
    if (scrollWidth <= width) return { width, scrollWidth, culprits: [] };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((e) => {
        const sticksOut = e.getBoundingClientRect().right > width + 1;
        const spills = e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible" && e.clientWidth > 0;
        return (sticksOut || spills) && !e.closest("[data-scrolls]");
      })
      .slice(-5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().right)} px)`);
    return { width, scrollWidth, culprits };
  });
  expect(scrollWidth, `${page.url()} is breder dan ${width} px; uitstekend: ${culprits.join(", ")}`).toBeLessThanOrEqual(width);
}

/** A plain Chromium for tests that open several isolated contexts (one per person, each with its own viewport). */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/** A new context of that browser, at a viewport width, with one page logged in through the form; the caller closes it. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, width = 1366): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await loginThroughForm(page, baseUrl, email);
  return { context, page };
}

/** Waits until Remix has taken over the page, so hydration cannot reset what the test then types. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
}

/** Navigates and waits until the page is hydrated. */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "networkidle" });
  await hydrated(page);
}
