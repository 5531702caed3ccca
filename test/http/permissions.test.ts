import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { accountLink, Client, DEMO_ACCOUNTS, loggedIn, mainText } from "../support/http";
import { insertUser, readDb, tokenCount, userByEmail, userCount } from "../support/db";

/**
 * The permission matrix through real HTTP, against one server: every demo role, logged in once, on every route and
 * action that exists now. Forbidden POSTs must also leave the database as it was.
 */
type DemoRole = "redactie" | "werkgroep" | "gemeente" | "raad" | "huurders" | "corporatie" | "provincie";
const ROLES: { key: keyof typeof DEMO_ACCOUNTS; role: DemoRole }[] = [
  { key: "redactie", role: "redactie" },
  { key: "werkgroep", role: "werkgroep" },
  { key: "gemeente", role: "gemeente" },
  { key: "gemeenteEnschede", role: "gemeente" },
  { key: "raad", role: "raad" },
  { key: "huurders", role: "huurders" },
  { key: "corporatie", role: "corporatie" },
  { key: "provincie", role: "provincie" },
];
const NOT_REDACTIE = ROLES.filter((r) => r.role !== "redactie");

let server: TestServer;
const clients = new Map<string, Client>();
/** An invited (not yet activated) account of Twente on which reset and deactivate are tried. */
let target: { id: number; email: string };
/** The seeded Twente model ordinance. */
let modelId: number;

const dbUser = (email: string) => userByEmail(server.databasePath, email);

beforeAll(async () => {
  server = await startServer();
  modelId = readDb(server.databasePath, (db) =>
    (db.prepare("SELECT m.id FROM models m JOIN regions r ON r.id = m.region_id WHERE r.slug = 'twente' ORDER BY m.id LIMIT 1").get() as { id: number }).id,
  );
  // Logging in is a scrypt check each; in parallel they share the thread pool.
  await Promise.all(ROLES.map(async ({ key }) => clients.set(key, await loggedIn(server.url, DEMO_ACCOUNTS[key]))));
  const invite = await clients.get("redactie")!.post("/accounts", { intent: "invite", name: "Doel Persoon", email: "doel@modelwerk.test", role: "huurders" });
  expect(invite.status).toBe(200);
  target = { id: dbUser("doel@modelwerk.test")!.id, email: "doel@modelwerk.test" };
});

afterAll(async () => {
  await server?.close();
});

describe("anonymous visitors", () => {
  const anonymous = () => new Client(server.url);

  it.each(["/", "/regio", "/accounts", "/accounts?x=1", "/modellen/{model}", "/modellen/{model}/gemeenten/almelo/voorbeeld"])("GET %s redirects to /login with the way back", async (template) => {
    const path = template.replace("{model}", String(modelId));
    const res = await anonymous().get(path);
    expect(res.status).toBe(302);
    const location = new URL(res.location!, server.url);
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("redirectTo")).toBe(path);
  });

  it.each(["invite", "reset", "deactivate"])("POST /accounts intent=%s redirects to /login and changes nothing", async (intent) => {
    const users = userCount(server.databasePath);
    const tokens = tokenCount(server.databasePath, target.id);
    const res = await anonymous().post("/accounts", { intent, name: "Anoniem", email: "anoniem@modelwerk.test", role: "werkgroep", userId: target.id });
    expect(res.status).toBe(302);
    expect(new URL(res.location!, server.url).pathname).toBe("/login");
    expect(userCount(server.databasePath)).toBe(users);
    expect(tokenCount(server.databasePath, target.id)).toBe(tokens);
    expect(dbUser(target.email)!.active).toBe(1);
  });

  it("the login and password-link pages are public", async () => {
    expect((await anonymous().get("/login")).status).toBe(200);
    expect((await anonymous().get("/wachtwoord/onbekend")).status).toBe(200);
  });

  it("after logging in from the redirect the visitor lands where they wanted to go", async () => {
    const client = anonymous();
    const bounced = await client.get("/accounts");
    const redirectTo = new URL(bounced.location!, server.url).searchParams.get("redirectTo")!;
    const login = await client.login(DEMO_ACCOUNTS.redactie, undefined, redirectTo);
    expect(login.location).toBe("/accounts");
    expect((await client.get(login.location!)).status).toBe(200);
  });
});

describe.each(ROLES)("$key ($role)", ({ key, role }) => {
  const client = () => clients.get(key)!;
  const isRedactie = role === "redactie";

  it("GET / shows the start page of this role", async () => {
    const res = await client().get("/");
    expect(res.status).toBe(200);
    expect(res.body).toContain(`data-role="${role}"`);
    expect(mainText(res.body)).toContain("Wat u kunt doen");
  });

  it("GET /regio shows the region Twente with its 14 municipalities", async () => {
    const res = await client().get("/regio");
    expect(res.status).toBe(200);
    const text = mainText(res.body);
    expect(text).toContain("Regio Twente");
    expect(text).toContain("Gemeenten (14)");
    expect(text).toContain("Hof van Twente");
  });

  it("GET /modellen/:id shows the region's model ordinance", async () => {
    const res = await client().get(`/modellen/${modelId}`);
    expect(res.status).toBe(200);
    expect(mainText(res.body)).toContain("Per gemeente: lokale keuzes en eigen verordening");
    expect(res.body).toContain(`/modellen/${modelId}/gemeenten/enschede/voorbeeld`);
  });

  it.each(["almelo", "enschede"])("GET /modellen/:id/gemeenten/%s/voorbeeld: every role of the region may read it", async (slug) => {
    const res = await client().get(`/modellen/${modelId}/gemeenten/${slug}/voorbeeld`);
    expect(res.status).toBe(200);
    expect(mainText(res.body)).toContain(`Verordening van ${slug === "almelo" ? "Almelo" : "Enschede"}`);
  });

  it(`GET /accounts → ${isRedactie ? 200 : 403}`, async () => {
    const res = await client().get("/accounts");
    expect(res.status).toBe(isRedactie ? 200 : 403);
    if (isRedactie) expect(res.body).toContain(DEMO_ACCOUNTS.provincie);
    else {
      expect(mainText(res.body)).toContain("Geen toegang");
      // The 403 page must not leak the account list.
      expect(res.body).not.toContain(DEMO_ACCOUNTS.provincie);
    }
  });

  it(`POST /accounts invite → ${isRedactie ? "200, account created" : "403, nothing created"}`, async () => {
    const email = `uitgenodigd-door-${key}@modelwerk.test`.toLowerCase();
    const before = userCount(server.databasePath);
    const res = await client().post("/accounts", { intent: "invite", name: `Door ${key}`, email, organisation: "Test", role: "werkgroep" });
    if (isRedactie) {
      expect(res.status).toBe(200);
      expect(accountLink(res.body)).toMatch(new RegExp(`^${server.url}/wachtwoord/[\\w-]{20,}$`));
      expect(dbUser(email)).toMatchObject({ role: "werkgroep", active: 1, password_hash: null });
      expect(userCount(server.databasePath)).toBe(before + 1);
    } else {
      expect(res.status).toBe(403);
      expect(accountLink(res.body)).toBeUndefined();
      expect(dbUser(email)).toBeUndefined();
      expect(userCount(server.databasePath)).toBe(before);
    }
  });

  it(`POST /accounts reset for an account of the region → ${isRedactie ? "200 with a link" : "403, no link issued"}`, async () => {
    const before = tokenCount(server.databasePath, target.id);
    const res = await client().post("/accounts", { intent: "reset", userId: target.id });
    if (isRedactie) {
      expect(res.status).toBe(200);
      expect(accountLink(res.body)).toMatch(/\/wachtwoord\/[\w-]{20,}$/);
      expect(tokenCount(server.databasePath, target.id)).toBe(before + 1);
    } else {
      expect(res.status).toBe(403);
      expect(accountLink(res.body)).toBeUndefined();
      expect(tokenCount(server.databasePath, target.id)).toBe(before);
    }
  });

  it(`POST /accounts deactivate → ${isRedactie ? "200, blocked (and activate undoes it)" : "403, still active"}`, async () => {
    const res = await client().post("/accounts", { intent: "deactivate", userId: target.id });
    if (isRedactie) {
      expect(res.status).toBe(200);
      expect(dbUser(target.email)!.active).toBe(0);
      const back = await client().post("/accounts", { intent: "activate", userId: target.id });
      expect(back.status).toBe(200);
    } else {
      expect(res.status).toBe(403);
    }
    expect(dbUser(target.email)!.active).toBe(1);
  });
});

describe("model pages that do not exist", () => {
  it.each(["/modellen/999999", "/modellen/geen-getal", "/modellen/{model}/gemeenten/atlantis/voorbeeld", "/modellen/999999/gemeenten/almelo/voorbeeld"])(
    "GET %s → 404",
    async (template) => {
      const res = await clients.get("werkgroep")!.get(template.replace("{model}", String(modelId)));
      expect(res.status).toBe(404);
      expect(mainText(res.body)).toContain("Pagina niet gevonden");
    },
  );
});

describe("blocked accounts", () => {
  it.each(NOT_REDACTIE.slice(0, 2))("$key cannot re-activate an account the redactie blocked", async ({ key }) => {
    const redactie = clients.get("redactie")!;
    expect((await redactie.post("/accounts", { intent: "deactivate", userId: target.id })).status).toBe(200);
    try {
      const res = await clients.get(key)!.post("/accounts", { intent: "activate", userId: target.id });
      expect(res.status).toBe(403);
      expect(dbUser(target.email)!.active).toBe(0);
    } finally {
      await redactie.post("/accounts", { intent: "activate", userId: target.id });
    }
  });

  it("blocking ends the account's running session and its logins; activating lets it in again", async () => {
    const redactie = clients.get("redactie")!;
    const invite = await redactie.post("/accounts", { intent: "invite", name: "Bea Blok", email: "bea@modelwerk.test", role: "corporatie" });
    const link = new URL(accountLink(invite.body)!);
    const bea = new Client(server.url);
    const set = await bea.post(link.pathname, { password: "een lang genoeg wachtwoord", confirm: "een lang genoeg wachtwoord" });
    expect(set.status).toBe(302);
    expect((await bea.get("/")).status).toBe(200);

    const beaId = dbUser("bea@modelwerk.test")!.id;
    expect((await redactie.post("/accounts", { intent: "deactivate", userId: beaId })).status).toBe(200);
    const after = await bea.get("/");
    expect(after.status).toBe(302);
    expect(after.location).toMatch(/^\/login/);
    expect((await new Client(server.url).post("/login", { email: "bea@modelwerk.test", password: "een lang genoeg wachtwoord" })).status).toBe(401);

    expect((await redactie.post("/accounts", { intent: "activate", userId: beaId })).status).toBe(200);
    await new Client(server.url).login("bea@modelwerk.test", "een lang genoeg wachtwoord");
  });

  it("the redactie cannot block its own account", async () => {
    const redactie = clients.get("redactie")!;
    const self = dbUser(DEMO_ACCOUNTS.redactie)!;
    const res = await redactie.post("/accounts", { intent: "deactivate", userId: self.id });
    expect(res.status).toBe(400);
    expect(mainText(res.body)).toContain("U kunt uw eigen account niet blokkeren.");
    expect(dbUser(DEMO_ACCOUNTS.redactie)!.active).toBe(1);
    expect((await redactie.get("/accounts")).status).toBe(200);
  });
});

describe("a redactie of another region (West-Overijssel)", () => {
  let west: Client;
  const EMAIL = "redactie@west-overijssel.test";

  beforeAll(async () => {
    await insertUser(server.databasePath, { email: EMAIL, name: "Wendy West", role: "redactie", regionSlug: "west-overijssel", password: "west-overijssel-2026" });
    west = await loggedIn(server.url, EMAIL, "west-overijssel-2026");
  });

  it("sees its own region and only its own accounts", async () => {
    const start = await west.get("/");
    expect(start.body).toContain('data-role="redactie"');
    expect(mainText(start.body)).toContain("in de regio West-Overijssel");

    const regio = mainText((await west.get("/regio")).body);
    expect(regio).toContain("Regio West-Overijssel");
    expect(regio).toContain("Gemeenten (10)");
    expect(regio).toContain("Raalte");
    expect(regio).not.toContain("Almelo");

    const accounts = await west.get("/accounts");
    expect(accounts.status).toBe(200);
    expect(accounts.body).toContain(EMAIL);
    for (const email of Object.values(DEMO_ACCOUNTS)) expect(accounts.body).not.toContain(email);
    expect(accounts.body).not.toContain(target.email);
  });

  it("cannot read the Twente model ordinance or a Twente municipality's version of it (403)", async () => {
    const model = await west.get(`/modellen/${modelId}`);
    expect(model.status).toBe(403);
    expect(mainText(model.body)).toContain("Geen toegang");
    expect(model.body).not.toContain("Per gemeente: lokale keuzes en eigen verordening");
    expect((await west.get(`/modellen/${modelId}/gemeenten/almelo/voorbeeld`)).status).toBe(403);
    // Its own start page offers no Twente model.
    expect((await west.get("/")).body).not.toContain(`/modellen/${modelId}`);
  });

  it.each([
    ["the Twente redactie", () => dbUser(DEMO_ACCOUNTS.redactie)!.id],
    ["an invited Twente account", () => target.id],
  ])("cannot issue a reset link for %s (crafted userId → 403)", async (_, id) => {
    const userId = id();
    const before = tokenCount(server.databasePath, userId);
    const res = await west.post("/accounts", { intent: "reset", userId });
    expect(res.status).toBe(403);
    expect(accountLink(res.body)).toBeUndefined();
    expect(tokenCount(server.databasePath, userId)).toBe(before);
  });

  it("cannot block a Twente account (crafted userId → 403)", async () => {
    const werkgroep = dbUser(DEMO_ACCOUNTS.werkgroep)!;
    const res = await west.post("/accounts", { intent: "deactivate", userId: werkgroep.id });
    expect(res.status).toBe(403);
    expect(dbUser(DEMO_ACCOUNTS.werkgroep)!.active).toBe(1);
    expect((await clients.get("werkgroep")!.get("/")).status).toBe(200);
  });

  it("cannot re-activate a blocked Twente account (crafted userId → 403)", async () => {
    const redactie = clients.get("redactie")!;
    await redactie.post("/accounts", { intent: "deactivate", userId: target.id });
    try {
      expect((await west.post("/accounts", { intent: "activate", userId: target.id })).status).toBe(403);
      expect(dbUser(target.email)!.active).toBe(0);
    } finally {
      await redactie.post("/accounts", { intent: "activate", userId: target.id });
    }
  });

  it("cannot invite someone into a Twente municipality", async () => {
    const before = userCount(server.databasePath);
    const res = await west.post("/accounts", { intent: "invite", name: "Sluip Weg", email: "sluip@modelwerk.test", role: "gemeente", gemeente: "almelo" });
    expect(res.status).toBe(400);
    expect(mainText(res.body)).toContain('De gemeente "almelo" hoort niet bij deze regio.');
    expect(userCount(server.databasePath)).toBe(before);
  });

  it("an account it does invite belongs to West-Overijssel, not Twente", async () => {
    const res = await west.post("/accounts", { intent: "invite", name: "Nieuw West", email: "nieuw@west-overijssel.test", role: "werkgroep" });
    expect(res.status).toBe(200);
    const regionSlug = readDb(server.databasePath, (db) =>
      (db.prepare("SELECT r.slug FROM users u JOIN regions r ON r.id = u.region_id WHERE u.email = ?").get("nieuw@west-overijssel.test") as { slug: string }).slug,
    );
    expect(regionSlug).toBe("west-overijssel");
    expect((await clients.get("redactie")!.get("/accounts")).body).not.toContain("nieuw@west-overijssel.test");
  });
});
