import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startServer, type TestServer } from "../support/server";
import { expectNoAxeViolations, expectNoHorizontalOverflow, launchChromium, signedInPage } from "../support/browser";
import { DEMO_ACCOUNTS, loggedIn, type Client } from "../support/http";
import { firstModelId, readDb } from "../support/db";
import { startSmtp, type ReceivedMail } from "../support/smtp";

/**
 * Who is told what, and where: redactie opens the consultation; the council member and the tenants get a mail (and
 * nobody whose role may not comment does); each sees the round on their start page; they comment from beside the
 * provision they click, at 1366 and at 390 px; redactie answers from the overview and publishes; the commenters get
 * a mail and see the answer on their start page; the municipality sees its own tasks. Mail goes over real SMTP.
 */
let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let modelId: number;
let phaseId: number;
let redactieHttp: Client;
const contexts: BrowserContext[] = [];

const dutchToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date());
const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
const CONSULTATION = "Consultatie raden en huurdersorganisaties";

beforeAll(async () => {
  smtp = await startSmtp();
  [server, browser] = await Promise.all([
    startServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Modelwerk Twente <modelwerk@twente.test>", MAIL_INTERVAL_MS: "200", PUBLIC_URL: "https://modelwerk.twente.test" } }),
    launchChromium(),
  ]);
  modelId = firstModelId(server.databasePath);
  phaseId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM phases WHERE model_id = ? AND position = 5").get(modelId) as { id: number }).id);
  redactieHttp = await loggedIn(server.url, DEMO_ACCOUNTS.redactie);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

async function signedIn(email: string, width = 1366): Promise<Page> {
  const { context, page } = await signedInPage(browser, server.url, email, width);
  contexts.push(context);
  return page;
}

/** Waits until the SMTP server holds a mail matching `match` (the sender polls the queue every 200 ms). */
async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = smtp.mails.find((m) => m.to.includes(address) && subject.test(m.subject));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`Geen mail aan ${address} met ${subject}; wel: ${JSON.stringify(smtp.mails.map((m) => [m.to, m.subject]))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const phaseUrl = () => `${server.url}/modellen/${modelId}/fasen/${phaseId}`;
const commentCount = () => readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM comments WHERE phase_id = ?").get(phaseId) as { n: number }).n);

describe("people are told what needs them", () => {
  let raad: Page;

  it("opening the consultation mails the council member and the tenants, and nobody else", async () => {
    expect((await redactieHttp.post(`/modellen/${modelId}/versies`, { name: "Consultatieversie" })).status).toBe(302);
    const versionId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM versions WHERE model_id = ?").get(modelId) as { id: number }).id);
    const form = new URLSearchParams({ phaseId: String(phaseId), name: CONSULTATION, description: "", startsOn: "", endsOn: plusDays(dutchToday(), 5), status: "open", visibility: "all", versionId: String(versionId) });
    form.append("commentingRoles", "raad");
    form.append("commentingRoles", "huurders");
    const saved = await redactieHttp.request("POST", `/modellen/${modelId}/fasen`, { body: form.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(saved.status).toBe(302);

    const toRaad = await mailTo(DEMO_ACCOUNTS.raad, /^Reageren kan: /);
    expect(toRaad.subject).toBe(`Reageren kan: ${CONSULTATION}`);
    expect(toRaad.body).toMatch(/^Beste Robin Raadslid,/);
    expect(toRaad.body).toContain("staat open voor reacties van gemeenteraad en huurdersorganisatie tot en met");
    expect(toRaad.body).toContain(`https://modelwerk.twente.test/modellen/${modelId}/fasen/${phaseId}`);
    await mailTo(DEMO_ACCOUNTS.huurders, /^Reageren kan: /);
    // Everyone who may not comment in this round gets nothing about it.
    for (const address of [DEMO_ACCOUNTS.corporatie, DEMO_ACCOUNTS.provincie, DEMO_ACCOUNTS.gemeente, DEMO_ACCOUNTS.werkgroep, DEMO_ACCOUNTS.redactie])
      expect(smtp.mails.filter((m) => m.to.includes(address)), address).toEqual([]);
    // Saving the open phase again tells nobody twice.
    await redactieHttp.request("POST", `/modellen/${modelId}/fasen`, { body: form.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
    const count = smtp.mails.length;
    await mailTo(DEMO_ACCOUNTS.huurders, /^Reageren kan: /);
    expect(smtp.mails.filter((m) => m.to.includes(DEMO_ACCOUNTS.raad) && m.subject.startsWith("Reageren kan")).length).toBe(1);
    expect(smtp.mails.length).toBe(count);
  });

  it("the council member sees the round on the start page and an unread notification in the header", async () => {
    raad = await signedIn(DEMO_ACCOUNTS.raad);
    const tasks = raad.getByRole("region", { name: "Consultatierondes die voor u openstaan" });
    expect(await tasks.innerText()).toContain(CONSULTATION);
    expect(await tasks.innerText()).toContain("(nog 5 dagen)");
    expect(await raad.getByTestId("ongelezen").innerText()).toBe("1");
    await expectNoAxeViolations(raad);
    await raad.getByRole("link", { name: /^Meldingen/ }).click();
    await raad.getByTestId("melding").first().waitFor();
    await expectNoAxeViolations(raad);
    await raad.getByRole("button", { name: `Reageren kan: ${CONSULTATION}` }).click();
    await raad.waitForURL(phaseUrl());
    await raad.getByTestId("ongelezen").waitFor({ state: "detached" });
  });

  it("at 1366 px the council member comments from beside the clicked provision; a reload does not post again", async () => {
    await raad.goto(phaseUrl(), { waitUntil: "networkidle" });
    const provision = raad.locator("#tekst-art-aanvraag-lid-beslistermijn");
    await provision.click();
    const panel = raad.getByTestId("kantlijn");
    await panel.getByRole("heading", { name: /^Bij artikel \d+, vierde lid \(Aanvraag\)$/ }).waitFor();
    expect(await panel.innerText()).toContain("Reageren kan tot en met");
    const [p, f, text] = await Promise.all([provision.locator(".mw-paragraph").last().boundingBox(), panel.boundingBox(), raad.locator("#versie-inhoud").boundingBox()]);
    // Beside the text, level with the provision's words.
    expect(f!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
    expect(Math.abs(f!.y - (p!.y + p!.height))).toBeLessThan(40);
    await panel.getByLabel("Soort reactie").selectOption({ label: "Wens" });
    await panel.getByLabel("Uw reactie").fill("Graag zes weken.");
    await panel.getByRole("button", { name: "Reactie plaatsen" }).click();
    await raad.getByText("Uw reactie is geplaatst.").waitFor();
    expect(raad.url()).toContain("bericht=reactie");
    expect(await raad.getByLabel("Uw reactie").inputValue()).toBe("");
    await raad.reload();
    await raad.getByText("Uw reactie is geplaatst.").waitFor();
    expect(commentCount()).toBe(1);
    await raad.getByRole("button", { name: /^1 reactie bij artikel \d+, vierde lid/ }).waitFor();
    await expectNoAxeViolations(raad);
  });

  it("at 390 px the tenants comment from a form that opens under the provision", async () => {
    const huurders = await signedIn(DEMO_ACCOUNTS.huurders, 390);
    await huurders.goto(phaseUrl(), { waitUntil: "networkidle" });
    const provision = huurders.locator("#tekst-art-aanvraag-lid-beslistermijn");
    await provision.click();
    const panel = huurders.getByTestId("kantlijn");
    await panel.getByRole("heading", { name: /^Bij artikel \d+, vierde lid/ }).waitFor();
    const [p, f] = await Promise.all([provision.locator(".mw-paragraph").last().boundingBox(), panel.boundingBox()]);
    // Under the provision's words, inside the width of the phone.
    expect(f!.y).toBeGreaterThanOrEqual(p!.y + p!.height - 1);
    expect(f!.x + f!.width).toBeLessThanOrEqual(390);
    // The count in the margin opens the existing thread there.
    expect(await panel.getByRole("list", { name: "Reacties bij deze bepaling" }).innerText()).toContain("Graag zes weken.");
    await panel.getByLabel("Soort reactie").selectOption({ label: "Bedenking" });
    await panel.getByLabel("Uw reactie").fill("Zes weken is krap voor de corporaties.");
    await panel.getByRole("button", { name: "Reactie plaatsen" }).click();
    await huurders.getByText("Uw reactie is geplaatst.").waitFor();
    expect(commentCount()).toBe(2);
    await expectNoHorizontalOverflow(huurders);
    await expectNoAxeViolations(huurders);
  });

  it("redactie sees the unanswered comments, answers from the overview and publishes after a confirmation", async () => {
    const redactie = await signedIn(DEMO_ACCOUNTS.redactie);
    const waiting = redactie.getByRole("region", { name: "Reacties zonder antwoord" });
    expect(await waiting.innerText()).toContain("2 reacties wachten op een antwoord.");
    await waiting.getByRole("link", { name: CONSULTATION }).click();
    await redactie.waitForURL(/status=open/);
    for (const [author, text] of [
      ["Robin Raadslid", "De termijn wordt zes weken."],
      ["Hanneke Huurders", "Wij houden zes weken aan."],
    ]) {
      const thread = redactie.getByTestId("reactie").filter({ hasText: author });
      await thread.getByText("Afhandelen en beantwoorden").click();
      await thread.getByLabel("Afhandeling").selectOption({ label: "Beantwoord" });
      await thread.getByLabel("Antwoord", { exact: true }).fill(text);
      await thread.getByRole("button", { name: "Antwoord opslaan als concept" }).click();
      await redactie.getByText("Antwoord opgeslagen als concept.", { exact: false }).waitFor();
      expect(redactie.url()).toContain("/fasen/reacties?");
    }
    await redactie.goto(phaseUrl(), { waitUntil: "networkidle" });
    expect(await redactie.getByTestId("antwoord").first().innerText()).toContain("Opgeslagen door Rianne de Redacteur");
    redactie.once("dialog", (dialog) => void dialog.accept());
    await redactie.getByRole("button", { name: "Antwoorden publiceren" }).click();
    await redactie.getByText("2 antwoorden gepubliceerd.").waitFor();
    expect(await redactie.getByTestId("antwoord").first().innerText()).toContain("Beantwoord door Rianne de Redacteur");
  });

  it("the commenters get a mail and see the answer on their start page", async () => {
    const mail = await mailTo(DEMO_ACCOUNTS.raad, /^Uw reactie is beantwoord/);
    expect(mail.body).toContain("gepubliceerd");
    await mailTo(DEMO_ACCOUNTS.huurders, /^Uw reactie is beantwoord/);
    expect(smtp.mails.filter((m) => m.subject.startsWith("Uw reactie is beantwoord")).flatMap((m) => m.to).sort()).toEqual([DEMO_ACCOUNTS.huurders, DEMO_ACCOUNTS.raad].sort());
    await raad.goto(`${server.url}/`);
    const answered = raad.getByRole("region", { name: "Uw reacties die een antwoord kregen" });
    expect(await answered.innerText()).toContain("Afhandeling: beantwoord.");
  });

  it("the municipality sees its own tasks: choices and documents", async () => {
    const gemeente = await signedIn(DEMO_ACCOUNTS.gemeente);
    const own = gemeente.getByRole("region", { name: "Voor gemeente Almelo" });
    expect(await own.innerText()).toMatch(/Documenten maken|Wat ontbreekt/);
    expect(await gemeente.getByRole("region", { name: "Consultatierondes die voor u openstaan" }).count()).toBe(0);
    await expectNoAxeViolations(gemeente);
  });
});
