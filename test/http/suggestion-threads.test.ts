import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn, type Client } from "../support/http";
import { readDb } from "../support/db";
import { cliRun } from "../support/cli";
import { articleText, collabClient, storedDoc, until, type CollabClient } from "../collab/support";
import { DEMO_SUGGESTER } from "../../db/seed/demo-editing-modes";

// Issue 17: a suggestion's thread and the Word file of pending suggestions, through crafted requests. Who may post and
// download (decision 066), what a refusal says and keeps, and what the file says: pandoc reads the real authors of the
// tracked changes, and LibreOffice opens it.

const ARTICLE = "art-begrippen";
const EDITOR_DATA = "/modellen/1/bewerken?_data=routes%2Fmodellen.%24modelId.bewerken";
const SUGGESTION = "s-draad";
let server: TestServer;
let suggesterClient: CollabClient;
const dir = mkdtempSync(join(tmpdir(), "modelwerk-voorstellen-http-"));

const account = (email: string) => readDb(server.databasePath, (db) => db.prepare("SELECT id, name FROM users WHERE email = ?").get(email) as { id: number; name: string });
const posts = () => readDb(server.databasePath, (db) => db.prepare("SELECT suggestion_id AS suggestionId, body FROM suggestion_comments ORDER BY id").all() as { suggestionId: string; body: string }[]);
const post = (client: Client, suggestionId: string, body: string) => client.post(EDITOR_DATA, { intent: "bespreken", suggestionId, body });
const sessions = new Map<string, Promise<Client>>();
/** One login per account: the login throttle counts every attempt from this address. */
const as = (email: string) => sessions.get(email) ?? sessions.set(email, loggedIn(server.url, email)).get(email)!;
/** The editor page as served: the loader's data (threads included, for those who may read them) and the history. */
const editorPage = async (client: Client) => (await client.get("/modellen/1/bewerken")).body;

// Asynchronous on purpose: a synchronous child blocks the event loop, and the HTTP client then misses the server closing
// an idle keep-alive connection and reuses it ("other side closed").
const run = promisify(execFile);

async function pandocAll(bytes: Uint8Array): Promise<string> {
  const path = join(dir, "voorstellen.docx");
  writeFileSync(path, bytes);
  return (await run("pandoc", ["--track-changes=all", "-t", "markdown", "--wrap=none", path])).stdout;
}

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  suggesterClient?.destroy();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The demo suggester proposes an insertion in the definitions article through the sync server, as its editor would. */
async function suggest(id = SUGGESTION, words = "Voorgestelde aanhef: ") {
  const wil = account(DEMO_SUGGESTER);
  if (!suggesterClient) {
    suggesterClient = collabClient(server.url, (await as(DEMO_SUGGESTER)).cookieHeader());
    await suggesterClient.synced;
  }
  articleText(suggesterClient.doc, ARTICLE).insert(0, words, { suggestedInsertion: { id, author: wil.id, authorName: wil.name, at: new Date().toISOString() } });
  await until(() => articleText(storedDoc(server.databasePath), ARTICLE).toString().includes(words.trim()), "het voorstel is bewaard");
}

describe("the Word file of pending suggestions", () => {
  it("says there are none (409) while there are none", async () => {
    const none = await (await as(DEMO_ACCOUNTS.redactie)).get("/modellen/1/voorstellen.docx");
    expect(none.status).toBe(409);
    expect(none.body).toContain("geen openstaande voorstellen");
    expect((await (await as(DEMO_ACCOUNTS.redactie)).get("/modellen/1/documenten")).body).not.toContain("/modellen/1/voorstellen.docx");
  });

  it("the redactie and the werkgroep download it, under the real author; other roles get 403", async () => {
    await suggest();
    // The redactie finds it on the documents page too.
    expect((await (await as(DEMO_ACCOUNTS.redactie)).get("/modellen/1/documenten")).body).toContain("/modellen/1/voorstellen.docx");
    for (const email of [DEMO_ACCOUNTS.raad, DEMO_ACCOUNTS.huurders, DEMO_ACCOUNTS.gemeente, DEMO_ACCOUNTS.corporatie, DEMO_ACCOUNTS.provincie]) {
      expect((await (await as(email)).get("/modellen/1/voorstellen.docx")).status, email).toBe(403);
    }
    for (const email of [DEMO_ACCOUNTS.redactie, DEMO_ACCOUNTS.werkgroep, DEMO_SUGGESTER]) {
      const client = await as(email);
      const response = await fetch(new URL("/modellen/1/voorstellen.docx", server.url), { headers: { cookie: client.cookieHeader() } });
      expect(response.status, email).toBe(200);
      expect(response.headers.get("content-type")).toContain("wordprocessingml");
      expect(await pandocAll(new Uint8Array(await response.arrayBuffer()))).toMatch(new RegExp(`\\[Voorgestelde aanhef:? ?\\]\\{\\.insertion author="${account(DEMO_SUGGESTER).name}"`));
    }
  });
});

describe("a suggestion's thread", () => {
  it("only those who may propose or decide post and read; other roles get 403 and see no threads", async () => {
    const first = "Dit maakt de aanhef duidelijker.";
    for (const email of [DEMO_ACCOUNTS.raad, DEMO_ACCOUNTS.huurders, DEMO_ACCOUNTS.gemeente]) {
      expect((await post(await as(email), SUGGESTION, "Mag ik meepraten?")).status, email).toBe(403);
    }
    expect(posts()).toEqual([]);
    expect((await post(await as(DEMO_SUGGESTER), SUGGESTION, first)).status).toBe(200);
    expect((await post(await as(DEMO_ACCOUNTS.redactie), SUGGESTION, "Eens, maar\n\nkorter graag.")).status).toBe(200);
    expect(posts()).toEqual([
      { suggestionId: SUGGESTION, body: first },
      { suggestionId: SUGGESTION, body: "Eens, maar\n\nkorter graag." },
    ]);
    expect(await editorPage(await as(DEMO_ACCOUNTS.werkgroep))).toContain(first);
    for (const email of [DEMO_ACCOUNTS.raad, DEMO_ACCOUNTS.huurders]) {
      const page = await editorPage(await as(email));
      expect(page, email).toContain("Werkversie (meelezen)");
      expect(page, email).not.toContain(first);
    }
  });

  it("refuses bad input with a Dutch message for the field, keeps the typed text, and stores nothing", async () => {
    const redactie = await as(DEMO_ACCOUNTS.redactie);
    const stored = posts().length;
    const cases: [string, string, string][] = [
      [SUGGESTION, "   ", "Schrijf uw reactie."],
      [SUGGESTION, "x".repeat(5001), "hoogstens 5000 tekens"],
      ["s-bestaat-niet", "Over welk voorstel?", "bestaat niet (meer)"],
    ];
    for (const [suggestionId, body, message] of cases) {
      const refused = await post(redactie, suggestionId, body);
      expect(refused.status).toBe(400);
      const answer = JSON.parse(refused.body) as { errors: Record<string, string>; values: Record<string, string> };
      expect(answer.errors.body).toContain(message);
      expect(answer.values.body).toBe(body);
    }
    expect(posts().length).toBe(stored);
  });

  it("a decided suggestion's thread is read in the history and takes no new posts", async () => {
    const redactie = await as(DEMO_ACCOUNTS.redactie);
    const wil = account(DEMO_SUGGESTER);
    const decision = { suggestionId: SUGGESTION, kind: "insertion", structural: false, articleId: ARTICLE, text: "Voorgestelde aanhef: ", authorId: wil.id, authorName: wil.name, proposedAt: new Date().toISOString(), decision: "reject" };
    // As on a reject: the suggestion leaves the text through the sync server, then the decision is reported.
    const text = articleText(suggesterClient.doc, ARTICLE);
    text.delete(0, "Voorgestelde aanhef: ".length);
    await until(() => !articleText(storedDoc(server.databasePath), ARTICLE).toString().includes("Voorgestelde aanhef"), "het voorstel is weg");
    expect((await redactie.post(EDITOR_DATA, { decisions: JSON.stringify([decision]) })).status).toBe(200);
    const refused = await post(redactie, SUGGESTION, "Nog één ding.");
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).errors.body).toContain("al besloten");
    // The history below the editor is rendered on the server: the thread is in the page, folded under its decision.
    // (React separates adjacent text in server HTML with empty comments.)
    const history = (await editorPage(redactie)).split('id="voorstellen-besluiten"')[1]!.replaceAll("<!-- -->", "");
    expect(history).toContain("Bespreking (2 berichten)");
    expect(history).toContain("Dit maakt de aanhef duidelijker.");
    expect(history).toContain("korter graag.");
  });
});

describe("the CLI command", () => {
  it("writes the same file, and LibreOffice opens it; with nothing pending it says so and exits 1", async () => {
    const out = join(dir, "cli.docx");
    const cli = () => cliRun({ ...process.env, DATABASE_PATH: server.databasePath }, "suggestions", "-o", out, "--model", "1");
    const none = await cli();
    expect([none.code, none.err]).toEqual([1, "Er zijn geen openstaande voorstellen in de werkversie."]);
    await suggest("s-cli", "Nog een voorstel: ");
    const made = await cli();
    expect(made.code, made.err).toBe(0);
    const text = await pandocAll(readFileSync(out));
    expect(text).toMatch(new RegExp(`\\[Nog een voorstel: ?\\]\\{\\.insertion author="${account(DEMO_SUGGESTER).name}"`));
    await run("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "lo")}`, "--convert-to", "pdf", "--outdir", dir, out], { timeout: 180_000 });
    expect((await run("pdftotext", [join(dir, "cli.pdf"), "-"])).stdout).toContain("Nog een voorstel");
  });
});
