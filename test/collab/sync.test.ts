import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn, mainText, upgradeStatus } from "../support/http";
import { insertUser, readDb, writeDb } from "../support/db";
import { ORDINANCE_FRAGMENT } from "../../app/collab/ordinance-ydoc.server";
import { twenteModel } from "../../db/seed/twente-model";
import { articleText, collabClient, storedDoc, until, updateCount, type CollabClient } from "./support";

let server: TestServer;
const clients: CollabClient[] = [];
const cookies: Record<string, string> = {};

async function cookieOf(email: string, password?: string): Promise<string> {
  cookies[email] ??= (await loggedIn(server.url, email, password)).cookieHeader();
  return cookies[email];
}

async function connect(email: string | null, modelId = 1, origin?: string): Promise<CollabClient> {
  const client = collabClient(server.url, email ? await cookieOf(email) : null, modelId, { origin });
  clients.push(client);
  return client;
}

const ARTICLE = "art-begrippen";
const textIn = (client: CollabClient | Y.Doc) => articleText("doc" in client ? client.doc : client, ARTICLE).toString();

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
});

describe("first load", () => {
  it("two concurrent first connections seed the model from its JSON once, on the server", async () => {
    expect(updateCount(server.databasePath)).toBe(0);
    const [a, b] = await Promise.all([connect(DEMO_ACCOUNTS.redactie), connect(DEMO_ACCOUNTS.werkgroep)]);
    await Promise.all([a.synced, b.synced]);
    const seeds = readDb(server.databasePath, (db) => db.prepare("SELECT user_id FROM model_updates WHERE model_id = 1").all());
    expect(seeds).toEqual([{ user_id: null }]);
    const articles = (doc: Y.Doc) => doc.getXmlFragment(ORDINANCE_FRAGMENT).toString().match(/<article /g)?.length ?? 0;
    // As many articles as the seeded JSON holds: the whole model arrived, once.
    const seeded = JSON.stringify(twenteModel).match(/"type":"article"/g)!.length;
    expect(seeded).toBeGreaterThan(30);
    expect(articles(a.doc)).toBe(seeded);
    expect(articles(b.doc)).toBe(seeded);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });
});

describe("writers", () => {
  it("redactie and werkgroep type at the same time and converge; the server stored it, attributed per article", async () => {
    const [redactie, werkgroep] = await Promise.all([connect(DEMO_ACCOUNTS.redactie), connect(DEMO_ACCOUNTS.werkgroep)]);
    await Promise.all([redactie.synced, werkgroep.synced]);
    for (let i = 0; i < 10; i++) {
      articleText(redactie.doc, ARTICLE).insert(0, "R");
      articleText(werkgroep.doc, ARTICLE).insert(0, "W");
    }
    await until(() => textIn(redactie) === textIn(werkgroep) && /^[RW]{20}/.test(textIn(redactie)), "beide klanten zien dezelfde 20 tekens");
    await until(() => textIn(storedDoc(server.databasePath)) === textIn(redactie), "de server heeft de tekst opgeslagen");
    const edits = readDb(server.databasePath, (db) =>
      db.prepare("SELECT u.email, e.article_id AS articleId, sum(e.edits) AS edits FROM article_edits e JOIN users u ON u.id = e.user_id GROUP BY 1, 2 ORDER BY 1").all(),
    );
    expect(edits).toEqual([
      { email: DEMO_ACCOUNTS.redactie, articleId: ARTICLE, edits: expect.any(Number) },
      { email: DEMO_ACCOUNTS.werkgroep, articleId: ARTICLE, edits: expect.any(Number) },
    ]);
  });

  it("GET /modellen/1 shows the live text", async () => {
    const redactie = await connect(DEMO_ACCOUNTS.redactie);
    await redactie.synced;
    articleText(redactie.doc, ARTICLE).insert(0, "Levende tekst ");
    await until(() => textIn(storedDoc(server.databasePath)).startsWith("Levende tekst "), "opgeslagen");
    const page = await (await loggedIn(server.url, DEMO_ACCOUNTS.raad)).get("/modellen/1");
    expect(page.status).toBe(200);
    expect(mainText(page.body)).toContain("Levende tekst");
  });
});

describe("read-only roles", () => {
  it("raad reads live changes, but what it writes is neither applied, stored nor seen by others", async () => {
    const [raad, redactie] = await Promise.all([connect(DEMO_ACCOUNTS.raad), connect(DEMO_ACCOUNTS.redactie)]);
    await Promise.all([raad.synced, redactie.synced]);
    articleText(redactie.doc, ARTICLE).insert(0, "Van de redactie ");
    await until(() => textIn(raad).startsWith("Van de redactie "), "raad ziet de wijziging van de redactie");
    const before = updateCount(server.databasePath);
    const serverText = textIn(redactie);

    // An incremental update: the server closes the connection (4403) and applies nothing.
    articleText(raad.doc, ARTICLE).insert(0, "RAAD ");
    await until(() => raad.closeCodes.includes(4403), "verbinding van raad gesloten met 4403");

    // The same change offered as sync step 2 on a fresh connection, as a crafted client would: ignored.
    const crafted = await connect(DEMO_ACCOUNTS.raad);
    Y.applyUpdate(crafted.doc, Y.encodeStateAsUpdate(raad.doc));
    await crafted.synced;
    await new Promise((r) => setTimeout(r, 300));

    expect(updateCount(server.databasePath)).toBe(before);
    expect(textIn(storedDoc(server.databasePath))).toBe(serverText);
    expect(textIn(redactie)).toBe(serverText);
    const fresh = await connect(DEMO_ACCOUNTS.werkgroep);
    await fresh.synced;
    expect(textIn(fresh)).toBe(serverText);
  });
});

describe("access", () => {
  it("refuses an upgrade without a session cookie, and one from a foreign Origin", async () => {
    expect(await upgradeStatus(server.url, "/collab", { Origin: server.url })).toBe(401);
    expect(await upgradeStatus(server.url, "/collab", { Origin: "https://evil.example", Cookie: await cookieOf(DEMO_ACCOUNTS.redactie) })).toBe(403);
  });

  it("refuses a user of another region, and a document that is not a model", async () => {
    await insertUser(server.databasePath, { email: "west@collab.test", name: "Wim West", role: "redactie", regionSlug: "west-overijssel", password: "west-overijssel-2026" });
    const west = collabClient(server.url, await cookieOf("west@collab.test", "west-overijssel-2026"));
    clients.push(west);
    await expect(west.synced).rejects.toThrow(/geweigerd/);
    expect(west.doc.getXmlFragment(ORDINANCE_FRAGMENT).length).toBe(0);
    const unknown = await connect(DEMO_ACCOUNTS.redactie, 999);
    await expect(unknown.synced).rejects.toThrow(/geweigerd/);
  });

  it("a reader who logs out elsewhere loses the live connection within seconds", async () => {
    const reader = collabClient(server.url, (await loggedIn(server.url, DEMO_ACCOUNTS.huurders)).cookieHeader());
    clients.push(reader);
    await reader.synced;
    writeDb(server.databasePath, (db) => {
      db.prepare("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = ?)").run(DEMO_ACCOUNTS.huurders);
    });
    await until(() => reader.closeCodes.includes(4401), "verbinding van de lezer gesloten met 4401");
  });

  it("a writer whose account is blocked mid-session cannot write another update", async () => {
    const werkgroep = await connect(DEMO_ACCOUNTS.werkgroep);
    await werkgroep.synced;
    writeDb(server.databasePath, (db) => {
      db.prepare("UPDATE users SET active = 0 WHERE email = ?").run(DEMO_ACCOUNTS.werkgroep);
    });
    const before = updateCount(server.databasePath);
    articleText(werkgroep.doc, ARTICLE).insert(0, "Na blokkade ");
    await until(() => werkgroep.closeCodes.includes(4401), "verbinding gesloten met 4401");
    expect(updateCount(server.databasePath)).toBe(before);
    expect(textIn(storedDoc(server.databasePath))).not.toContain("Na blokkade");
    writeDb(server.databasePath, (db) => {
      db.prepare("UPDATE users SET active = 1 WHERE email = ?").run(DEMO_ACCOUNTS.werkgroep);
    });
  });
});
