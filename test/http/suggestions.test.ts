import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { readDb } from "../support/db";
import { DEMO_SUGGESTER } from "../../db/seed/demo-editing-modes";

// Who sets Bewerken/Voorstellen, and who may record decisions on suggestions: crafted requests, checked in the database.

let server: TestServer;
const decisions = JSON.stringify([{ suggestionId: "s-1", kind: "insertion", structural: false, articleId: "art-begrippen", text: "x", authorId: 1, authorName: "Wil Werkgroep", proposedAt: "2026-12-01T10:00:00Z", decision: "accept" }]);
const count = (table: string) => readDb(server.databasePath, (db) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
const modeOf = (email: string) =>
  readDb(server.databasePath, (db) => (db.prepare("SELECT m.mode FROM account_editing_modes m JOIN users u ON u.id = m.user_id WHERE u.email = ?").get(email) as { mode: string } | undefined)?.mode);

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe("editing modes and suggestion decisions", () => {
  it("the demo suggester is seeded as Voorstellen; the redactie can set an account's mode, a werkgroep member cannot", async () => {
    expect(modeOf(DEMO_SUGGESTER)).toBe("suggest");
    const werkgroepId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM users WHERE email = ?").get(DEMO_ACCOUNTS.werkgroep) as { id: number }).id);
    const werkgroep = await loggedIn(server.url, DEMO_ACCOUNTS.werkgroep);
    expect((await werkgroep.post("/accounts/schrijfwijze", { userId: String(werkgroepId), mode: "edit" })).status).toBe(403);
    const redactie = await loggedIn(server.url, DEMO_ACCOUNTS.redactie);
    const saved = await redactie.post("/accounts/schrijfwijze", { userId: String(werkgroepId), mode: "suggest" });
    expect(saved.status).toBe(200);
    expect(modeOf(DEMO_ACCOUNTS.werkgroep)).toBe("suggest");
    expect((await redactie.post("/accounts/schrijfwijze", { userId: String(werkgroepId), mode: "alles" })).status).toBe(400);
    expect(modeOf(DEMO_ACCOUNTS.werkgroep)).toBe("suggest");
    await redactie.post("/accounts/schrijfwijze", { userId: String(werkgroepId), mode: "" });
    expect(modeOf(DEMO_ACCOUNTS.werkgroep)).toBeUndefined();
  });

  it("only the redactie records decisions; a malformed list is refused with a Dutch message and nothing stored", async () => {
    const path = "/modellen/1/bewerken.data";
    const suggester = await loggedIn(server.url, DEMO_SUGGESTER);
    expect((await suggester.post(path, { decisions })).status).toBe(403);
    expect(count("suggestion_decisions")).toBe(0);
    const redactie = await loggedIn(server.url, DEMO_ACCOUNTS.redactie);
    const bad = await redactie.post(path, { decisions: "[{" });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("niet te lezen");
    expect((await redactie.post(path, { decisions })).status).toBe(200);
    expect(count("suggestion_decisions")).toBe(1);
  });
});
