import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { readDb, userByEmail } from "../support/db";

/** The redactie changes an account's role and municipality through the policy; every change is logged. */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const changes = () => readDb(server.databasePath, (db) => db.prepare("SELECT old_role AS oldRole, new_role AS newRole, changed_by AS changedBy FROM account_changes").all());
const municipalityId = (slug: string) => readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM municipalities WHERE slug = ?").get(slug) as { id: number }).id);

describe("changing an account's role and municipality", () => {
  it("is refused to everyone but the redactie", async () => {
    const target = userByEmail(server.databasePath, DEMO_ACCOUNTS.gemeente)!;
    for (const email of [DEMO_ACCOUNTS.werkgroep, DEMO_ACCOUNTS.gemeente, DEMO_ACCOUNTS.raad]) {
      const client = await loggedIn(server.url, email);
      expect((await client.post("/accounts", { intent: "role", userId: target.id, role: "redactie", gemeente: "" })).status, email).toBe(403);
    }
    expect(userByEmail(server.databasePath, DEMO_ACCOUNTS.gemeente)!.role).toBe("gemeente");
    expect(changes()).toEqual([]);
  });

  it("refuses a municipal role without its municipality, a municipality for a regional role, and one's own account", async () => {
    const redactie = await loggedIn(server.url, DEMO_ACCOUNTS.redactie);
    const target = userByEmail(server.databasePath, DEMO_ACCOUNTS.huurders)!;
    const self = userByEmail(server.databasePath, DEMO_ACCOUNTS.redactie)!;
    const cases: [Record<string, string | number>, string][] = [
      [{ userId: target.id, role: "raad", gemeente: "" }, "Kies de gemeente bij deze rol."],
      [{ userId: target.id, role: "provincie", gemeente: "almelo" }, "Alleen de rollen gemeente en raad horen bij een gemeente."],
      [{ userId: self.id, role: "werkgroep", gemeente: "" }, "Uw eigen rol kunt u niet wijzigen"],
    ];
    for (const [form, message] of cases) {
      const res = await redactie.post("/accounts", { intent: "role", ...form });
      expect(res.status).toBe(400);
      expect(res.body).toContain(message);
    }
    expect(changes()).toEqual([]);
  });

  it("changes role and municipality and logs who did it", async () => {
    const redactie = await loggedIn(server.url, DEMO_ACCOUNTS.redactie);
    const target = userByEmail(server.databasePath, DEMO_ACCOUNTS.gemeente)!;
    const res = await redactie.post("/accounts", { intent: "role", userId: target.id, role: "raad", gemeente: "enschede" });
    expect(res.status).toBe(200);
    expect(res.body).toContain("gewijzigd");
    const after = userByEmail(server.databasePath, DEMO_ACCOUNTS.gemeente)!;
    expect([after.role, after.municipality_id]).toEqual(["raad", municipalityId("enschede")]);
    expect(changes()).toEqual([{ oldRole: "gemeente", newRole: "raad", changedBy: userByEmail(server.databasePath, DEMO_ACCOUNTS.redactie)!.id }]);
  });
});
