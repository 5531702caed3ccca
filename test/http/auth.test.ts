import { existsSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { accountLink, Client, DEMO_ACCOUNTS, DEMO_PASSWORD, field, loggedIn, mainText, postFrom } from "../support/http";
import { readDb, userByEmail, userCount, writeDb } from "../support/db";

const NEW_PASSWORD = "drie lange woorden hier";
const WRONG = "dit-is-niet-het-wachtwoord";

let server: TestServer;
let redactie: Client;

beforeAll(async () => {
  server = await startServer();
  redactie = await loggedIn(server.url, DEMO_ACCOUNTS.redactie);
});

afterAll(async () => {
  await server?.close();
});

const sessionCount = (userId?: number) =>
  readDb(server.databasePath, (db) =>
    userId === undefined
      ? (db.prepare("SELECT count(*) AS n FROM sessions").get() as { n: number }).n
      : (db.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?").get(userId) as { n: number }).n,
  );

/** Moves every throttle window matching the key pattern to 16 minutes ago, as if a quarter of an hour had passed. */
const letWindowPass = (pattern: string) =>
  writeDb(server.databasePath, (db) => db.prepare("UPDATE login_throttle SET window_start = ? WHERE key LIKE ?").run(Date.now() - 16 * 60 * 1000, pattern).changes);

/** The redactie invites someone through the accounts page; returns the path of the one-time link. */
async function invite(name: string, email: string, role = "werkgroep"): Promise<string> {
  const res = await redactie.post("/accounts", { intent: "invite", name, email, role });
  expect(res.status, mainText(res.body)).toBe(200);
  const link = accountLink(res.body);
  expect(link).toBeDefined();
  return new URL(link!).pathname;
}

/** An invited account that has set its password and holds a session. */
async function activatedAccount(name: string, email: string): Promise<Client> {
  const path = await invite(name, email);
  const client = new Client(server.url);
  const res = await client.post(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
  expect(res.status).toBe(302);
  return client;
}

describe("logging in", () => {
  it("sets an HttpOnly, SameSite=Lax, signed session cookie that points at a server-side session", async () => {
    const client = new Client(server.url);
    const res = await client.login(DEMO_ACCOUNTS.werkgroep);
    expect(res.location).toBe("/");
    const line = res.setCookies.find((c) => c.startsWith("modelwerk_session="))!;
    const attributes = line.split(";").map((a) => a.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    // Plain http here: a Secure cookie would never come back.
    expect(attributes).not.toContain("secure");

    const raw = decodeURIComponent(client.cookies.get("modelwerk_session")!);
    const dot = raw.lastIndexOf(".");
    expect(dot, "a signed cookie is value.signature").toBeGreaterThan(0);
    const sessionId = JSON.parse(Buffer.from(raw.slice(0, dot), "base64").toString("utf8")) as string;
    const owner = readDb(server.databasePath, (db) => db.prepare("SELECT u.email FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?").get(sessionId)) as
      | { email: string }
      | undefined;
    expect(owner?.email).toBe(DEMO_ACCOUNTS.werkgroep);
    expect((await client.get("/")).status).toBe(200);
  });

  it("a wrong password gets 401 and a Dutch message, keeps the e-mail address and never echoes the password", async () => {
    const client = new Client(server.url);
    const res = await client.post("/login", { email: DEMO_ACCOUNTS.provincie, password: WRONG });
    expect(res.status).toBe(401);
    expect(mainText(res.body)).toContain("Het e-mailadres of het wachtwoord klopt niet.");
    expect(field(res.body, "email").value).toBe(DEMO_ACCOUNTS.provincie);
    expect(field(res.body, "password").value).toBeUndefined();
    expect(res.body).not.toContain(WRONG);
    expect(client.cookies.has("modelwerk_session")).toBe(false);
  });

  it("an unknown e-mail address gets exactly the same answer as a wrong password", async () => {
    const res = await new Client(server.url).post("/login", { email: "niemand@modelwerk.test", password: WRONG });
    expect(res.status).toBe(401);
    expect(mainText(res.body)).toContain("Het e-mailadres of het wachtwoord klopt niet.");
  });

  it("empty fields get 400 with a Dutch message beside each field", async () => {
    const res = await new Client(server.url).post("/login", { email: "", password: "" });
    expect(res.status).toBe(400);
    expect(field(res.body, "email").error).toBe("Vul uw e-mailadres in.");
    expect(field(res.body, "password").error).toBe("Vul uw wachtwoord in.");
  });

  it("after 5 failures for one account even the right password is refused (429) until the window has passed", async () => {
    const client = new Client(server.url);
    for (let i = 0; i < 5; i++) expect((await client.post("/login", { email: DEMO_ACCOUNTS.corporatie, password: WRONG })).status).toBe(401);
    const wrong = await client.post("/login", { email: DEMO_ACCOUNTS.corporatie, password: WRONG });
    expect(wrong.status).toBe(429);
    // Same account, other spelling: the counter is per account, not per typed string.
    const right = await client.post("/login", { email: " Corporatie@Modelwerk.TEST ", password: DEMO_PASSWORD });
    expect(right.status).toBe(429);
    expect(mainText(right.body)).toMatch(/Te veel mislukte pogingen\. Probeer het over \d+ minuten opnieuw\./);
    expect(client.cookies.has("modelwerk_session")).toBe(false);

    // Another account from the same address is not affected.
    await new Client(server.url).login(DEMO_ACCOUNTS.huurders);

    expect(letWindowPass("account:corporatie@modelwerk.test")).toBe(1);
    await client.login(DEMO_ACCOUNTS.corporatie);
  });

  it("after 20 failures from one address every login from it is refused (429), other addresses still get in", async () => {
    // A second client address on the same machine; the tests' own requests come from 127.0.0.1.
    const ATTACKER = "127.0.0.2";
    const login = (email: string, password: string) => postFrom(ATTACKER, `${server.url}/login`, { email, password });
    // Five at a time: all twenty at once would overflow the bounded hash queue, which refuses with 503 before counting.
    for (let batch = 0; batch < 4; batch++) {
      const statuses = await Promise.all(Array.from({ length: 5 }, (_, i) => login(`gok${batch * 5 + i}@modelwerk.test`, WRONG).then((r) => r.status)));
      expect(statuses).toEqual(Array(5).fill(401));
    }

    const refused = await login(DEMO_ACCOUNTS.raad, DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(mainText(refused.body)).toContain("Te veel mislukte pogingen");
    expect(refused.setCookies).toEqual([]);

    // The account itself is not locked: from the usual address it logs in.
    await new Client(server.url).login(DEMO_ACCOUNTS.raad);

    expect(letWindowPass(`ip:%${ATTACKER}`)).toBe(1);
    expect((await login(DEMO_ACCOUNTS.raad, DEMO_PASSWORD)).status).toBe(302);
  }, 90_000);

  it("60 parallel attempts on one account, the right password among them: at most 5 are checked, the rest refused", async () => {
    const login = (password: string) => postFrom("127.0.0.4", `${server.url}/login`, { email: DEMO_ACCOUNTS.provincie, password });
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => login(i === 30 ? DEMO_PASSWORD : WRONG)));
    const count = (status: number) => results.filter((r) => r.status === status).length;
    // A checked attempt answers 401, or 302 for the right password if it happened to arrive among the first five.
    expect(count(401) + count(302)).toBeLessThanOrEqual(5);
    expect(count(401) + count(302) + count(429) + count(503)).toBe(60);
    expect(count(429)).toBeGreaterThan(0);
    expect(letWindowPass("account:provincie@modelwerk.test")).toBe(1);
  });

  it("100 parallel attempts from one address: at most 20 are checked, and a full hash queue answers 503 at once", async () => {
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => postFrom("127.0.0.5", `${server.url}/login`, { email: `vloed${i}@modelwerk.test`, password: WRONG })));
    const count = (status: number) => results.filter((r) => r.status === status).length;
    expect(count(401)).toBeLessThanOrEqual(20);
    expect(count(401) + count(429) + count(503)).toBe(100);
    expect(count(503)).toBeGreaterThan(0);
    expect(results.find((r) => r.status === 503)!.body).toContain("Er wordt nu erg vaak ingelogd");
  });

  it.each([
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    // What /login?redirectTo=/%09/evil.test/pwned puts in the form; Chromium followed it to evil.test.
    "/\t/evil.test/pwned",
    "/\r\n/evil.test/pwned",
    "/.//evil.test/pwned",
    "/%2e//evil.test/pwned",
  ])(
    "ignores redirectTo=%s and goes to the start page",
    async (redirectTo) => {
      const res = await new Client(server.url).post("/login", { email: DEMO_ACCOUNTS.gemeente, password: DEMO_PASSWORD, redirectTo });
      expect(res.status).toBe(302);
      expect(res.location).toBe("/");
    },
  );

  it("a redirectTo with CR/LF after a right password still logs in, to a clean path", async () => {
    const res = await new Client(server.url).post("/login", { email: DEMO_ACCOUNTS.gemeente, password: DEMO_PASSWORD, redirectTo: "/regio\r\nSet-Cookie: x=1" });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/regio[^\r\n]*$/);
    expect(res.setCookies.some((c) => c.startsWith("x="))).toBe(false);
  });

  it("follows a same-site redirectTo", async () => {
    const res = await new Client(server.url).post("/login", { email: DEMO_ACCOUNTS.gemeente, password: DEMO_PASSWORD, redirectTo: "/regio?tab=1" });
    expect(res.location).toBe("/regio?tab=1");
  });

  it("a logged-in visitor of /login is sent to the start page", async () => {
    const res = await redactie.get("/login");
    expect(res.status).toBe(302);
    expect(res.location).toBe("/");
  });
});

describe("the session cookie", () => {
  let cookie: string;
  let sessionId: string;

  beforeAll(async () => {
    const client = await loggedIn(server.url, DEMO_ACCOUNTS.gemeenteEnschede);
    cookie = client.cookies.get("modelwerk_session")!;
    const raw = decodeURIComponent(cookie);
    sessionId = JSON.parse(Buffer.from(raw.slice(0, raw.lastIndexOf(".")), "base64").toString("utf8"));
  });

  const withCookie = (value: string) => new Client(server.url).get("/", { cookie: `modelwerk_session=${value}` });

  it("works untouched (control for the cases below)", async () => {
    expect((await withCookie(cookie)).status).toBe(200);
  });

  it("with a changed signature counts as logged out", async () => {
    const raw = decodeURIComponent(cookie);
    const last = raw.at(-1) === "A" ? "B" : "A";
    const res = await withCookie(encodeURIComponent(raw.slice(0, -1) + last));
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/login/);
  });

  it("with a real session id but no signature counts as logged out", async () => {
    const unsigned = Buffer.from(JSON.stringify(sessionId)).toString("base64");
    const res = await withCookie(encodeURIComponent(unsigned));
    expect(res.status).toBe(302);
  });

  it("signed with another secret counts as logged out", async () => {
    const { createCookie } = await import("@remix-run/node");
    const forged = await createCookie("modelwerk_session", { secrets: ["een ander geheim"] }).serialize(sessionId);
    const res = await withCookie(forged.split(";")[0].split("=").slice(1).join("="));
    expect(res.status).toBe(302);
  });

  it("garbage counts as logged out and does not break the page", async () => {
    const res = await withCookie("%%%not-a-cookie");
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/login/);
  });
});

describe("logging out", () => {
  it("POST /logout ends the session on the server: the old cookie no longer works", async () => {
    const client = await loggedIn(server.url, DEMO_ACCOUNTS.huurders);
    const oldCookie = client.cookieHeader();
    expect((await client.get("/")).status).toBe(200);
    const userId = userByEmail(server.databasePath, DEMO_ACCOUNTS.huurders)!.id;
    const sessionsBefore = sessionCount(userId);

    const res = await client.post("/logout", {});
    expect(res.status).toBe(302);
    expect(res.location).toBe("/login");
    expect(res.setCookies.some((c) => /^modelwerk_session=;/.test(c) && /max-age=0/i.test(c))).toBe(true);
    expect(sessionCount(userId)).toBe(sessionsBefore - 1);

    const replay = await new Client(server.url).get("/", { cookie: oldCookie });
    expect(replay.status).toBe(302);
    expect(replay.location).toMatch(/^\/login/);
  });

  it("GET /logout (a link or an <img> on another site) keeps the session and only offers the button", async () => {
    const client = await loggedIn(server.url, DEMO_ACCOUNTS.huurders);
    const res = await client.get("/logout", { "sec-fetch-site": "cross-site", referer: "https://evil.test/" });
    expect(res.status).toBe(200);
    expect(res.setCookies).toEqual([]);
    expect(mainText(res.body)).toContain("Wilt u uitloggen");
    expect((await client.get("/")).status).toBe(200);
  });

  it("a POST /logout from another origin is refused and keeps the session", async () => {
    const client = await loggedIn(server.url, DEMO_ACCOUNTS.huurders);
    const res = await client.post("/logout", {}, { origin: "https://evil.test" });
    expect(res.status).toBe(403);
    expect((await client.get("/")).status).toBe(200);
  });
});

describe("password links", () => {
  it("an invitation link sets the password, logs the invitee in, and the password then works on /login", async () => {
    const path = await invite("Ines Invité", "ines@modelwerk.test", "provincie");
    const anonymous = new Client(server.url);
    const page = await anonymous.get(path);
    expect(page.status).toBe(200);
    expect(mainText(page.body)).toContain("Wachtwoord instellen");
    expect(mainText(page.body)).toContain("ines@modelwerk.test");
    // The token is in the URL: the page must not hand it on as a Referer.
    expect(page.body).toMatch(/<meta name="referrer" content="no-referrer"\/?>/);

    const set = await anonymous.post(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(set.status).toBe(302);
    expect(set.location).toBe("/");
    const start = await anonymous.get("/");
    expect(start.status).toBe(200);
    expect(start.body).toContain('data-role="provincie"');
    expect(mainText(start.body)).toContain("Welkom, Ines Invité");

    await new Client(server.url).login("ines@modelwerk.test", NEW_PASSWORD);
    expect((await new Client(server.url).post("/login", { email: "ines@modelwerk.test", password: DEMO_PASSWORD })).status).toBe(401);
  });

  it("a link works once: a second use is refused with a Dutch message and changes nothing", async () => {
    const path = await invite("Enkel Eenmaal", "eenmaal@modelwerk.test");
    expect((await new Client(server.url).post(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).status).toBe(302);
    const hash = userByEmail(server.databasePath, "eenmaal@modelwerk.test")!.password_hash;

    const again = new Client(server.url);
    const res = await again.post(path, { password: "een heel ander wachtwoord", confirm: "een heel ander wachtwoord" });
    expect(res.status).toBe(410);
    expect(mainText(res.body)).toContain("Deze link is al gebruikt of vervangen door een nieuwere link.");
    expect(again.cookies.has("modelwerk_session")).toBe(false);
    expect(userByEmail(server.databasePath, "eenmaal@modelwerk.test")!.password_hash).toBe(hash);

    const page = mainText((await again.get(path)).body);
    expect(page).toContain("Deze link werkt niet meer");
    expect(page).not.toContain("Wachtwoord opslaan");
  });

  it("a newer link replaces the older one", async () => {
    const first = await invite("Twee Links", "tweelinks@modelwerk.test");
    const id = userByEmail(server.databasePath, "tweelinks@modelwerk.test")!.id;
    const reset = await redactie.post("/accounts", { intent: "reset", userId: id });
    const second = new URL(accountLink(reset.body)!).pathname;
    expect(second).not.toBe(first);
    expect(mainText((await new Client(server.url).get(first)).body)).toContain("vervangen door een nieuwere link");
    expect((await new Client(server.url).post(second, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).status).toBe(302);
  });

  it("an unknown link shows the Dutch message and cannot set anything", async () => {
    const page = await new Client(server.url).get("/wachtwoord/bestaat-niet-123");
    expect(page.status).toBe(200);
    expect(mainText(page.body)).toContain("Deze link is onbekend. Controleer of u hem helemaal hebt gekopieerd.");
    const post = await new Client(server.url).post("/wachtwoord/bestaat-niet-123", { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(post.status).toBe(410);
    expect(post.location).toBeNull();
  });

  it("an expired link shows the Dutch message and sets no password", async () => {
    const path = await invite("Oud Link", "verlopen@modelwerk.test");
    const id = userByEmail(server.databasePath, "verlopen@modelwerk.test")!.id;
    writeDb(server.databasePath, (db) => db.prepare("UPDATE account_tokens SET expires_at = ? WHERE user_id = ?").run(Date.now() - 1000, id));
    expect(mainText((await new Client(server.url).get(path)).body)).toContain("Deze link is verlopen.");
    const post = await new Client(server.url).post(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(post.status).toBe(410);
    expect(mainText(post.body)).toContain("Deze link is verlopen.");
    expect(userByEmail(server.databasePath, "verlopen@modelwerk.test")!.password_hash).toBeNull();
  });

  it("a too-short password keeps the form with a Dutch message beside the field, and the link stays usable", async () => {
    const path = await invite("Kort Wachtwoord", "kort@modelwerk.test");
    const client = new Client(server.url);
    const res = await client.post(path, { password: "te-kort", confirm: "te-kort" });
    expect(res.status).toBe(400);
    const password = field(res.body, "password");
    expect(password.error).toBe("Kies een wachtwoord van minstens 12 tekens.");
    expect(password.invalid).toBe(true);
    expect(password.value).toBeUndefined();
    expect(mainText(res.body)).toContain("Wachtwoord opslaan");
    expect(userByEmail(server.databasePath, "kort@modelwerk.test")!.password_hash).toBeNull();

    expect((await client.post(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).status).toBe(302);
  });

  it("a weak password of 12 or more characters is refused with the reason beside the field, and nothing is stored", async () => {
    const path = await invite("Zwak Wachtwoord", "zwak.wachtwoord@modelwerk.test");
    const client = new Client(server.url);
    const weak = [
      ["aaaaaaaaaaaa", "Dit wachtwoord is steeds hetzelfde stukje herhaald. Kies een ander."],
      ["Qwerty123456", "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander."],
      ["1q2w3e4r5t6y", "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander."],
      ["zwak.wachtwoord@modelwerk.test", "Kies een wachtwoord dat niet gelijk is aan uw e-mailadres of naam."],
      ["Zwak Wachtwoord", "Kies een wachtwoord dat niet gelijk is aan uw e-mailadres of naam."],
    ];
    for (const [password, message] of weak) {
      const res = await client.post(path, { password, confirm: password });
      expect(res.status, password).toBe(400);
      expect(field(res.body, "password").error, password).toBe(message);
      expect(field(res.body, "password").value).toBeUndefined();
    }
    expect(userByEmail(server.databasePath, "zwak.wachtwoord@modelwerk.test")!.password_hash).toBeNull();
    expect((await client.post(path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).status).toBe(302);
  });

  it("two different passwords get a message beside the repeat field, and neither typed password comes back", async () => {
    const path = await invite("Niet Gelijk", "ongelijk@modelwerk.test");
    const typed = "eerste wachtwoord lang";
    const repeated = "tweede wachtwoord lang";
    const res = await new Client(server.url).post(path, { password: typed, confirm: repeated });
    expect(res.status).toBe(400);
    expect(field(res.body, "confirm").error).toBe("De twee wachtwoorden zijn niet gelijk.");
    expect(field(res.body, "confirm").value).toBeUndefined();
    expect(field(res.body, "password").value).toBeUndefined();
    expect(res.body).not.toContain(typed);
    expect(res.body).not.toContain(repeated);
  });

  it("a reset link replaces the password and ends the account's other sessions", async () => {
    const oldSession = await activatedAccount("Rick Reset", "reset@modelwerk.test");
    expect((await oldSession.get("/")).status).toBe(200);
    const id = userByEmail(server.databasePath, "reset@modelwerk.test")!.id;

    const reset = await redactie.post("/accounts", { intent: "reset", userId: id });
    expect(reset.status).toBe(200);
    const path = new URL(accountLink(reset.body)!).pathname;
    const fresh = new Client(server.url);
    expect((await fresh.post(path, { password: "het nieuwe wachtwoord", confirm: "het nieuwe wachtwoord" })).status).toBe(302);

    expect((await oldSession.get("/")).status).toBe(302);
    expect((await fresh.get("/")).status).toBe(200);
    expect((await new Client(server.url).post("/login", { email: "reset@modelwerk.test", password: NEW_PASSWORD })).status).toBe(401);
    await new Client(server.url).login("reset@modelwerk.test", "het nieuwe wachtwoord");
  });
});

describe("MODELWERK_DEMO=0", () => {
  let bare: TestServer;

  beforeAll(async () => {
    bare = await startServer({ env: { MODELWERK_DEMO: "0" } });
  });

  afterAll(async () => {
    await bare?.close();
  });

  it("creates the regions but no accounts, and no demo login works", async () => {
    expect(userCount(bare.databasePath)).toBe(0);
    const municipalities = readDb(bare.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM municipalities").get() as { n: number }).n);
    expect(municipalities).toBe(24); // Twente's 14 and West-Overijssel's 10
    const statuses = await Promise.all(
      Object.values(DEMO_ACCOUNTS).map((email) => new Client(bare.url).post("/login", { email, password: DEMO_PASSWORD }).then((r) => r.status)),
    );
    expect(statuses).toEqual(Array(8).fill(401));
  });
});

describe("restarts and shutdown", () => {
  let app: TestServer;

  beforeAll(async () => {
    app = await startServer();
  });

  afterAll(async () => {
    await app?.close();
  });

  it("SIGTERM exits 0 and leaves a clean database; a second start on it keeps the 10 demo accounts and the sessions", async () => {
    const client = await loggedIn(app.url, DEMO_ACCOUNTS.redactie);
    const invited = await client.post("/accounts", { intent: "invite", name: "Blijft Bestaan", email: "blijft@modelwerk.test", role: "huurders" });
    expect(invited.status).toBe(200);
    const secret = readDb(app.databasePath, (db) => db.prepare("SELECT value FROM settings WHERE key = 'session-secret'").get() as { value: string });

    expect(await app.stop()).toBe(0);
    expect(app.output()).toContain("SIGTERM: Modelwerk stopt");
    const wal = `${app.databasePath}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0, "the WAL is checkpointed into the database on shutdown").toBe(true);
    const offline = writeDb(app.databasePath, (db) => ({
      integrity: db.pragma("integrity_check", { simple: true }),
      users: (db.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n,
    }));
    expect(offline).toEqual({ integrity: "ok", users: 11 });

    await app.restart();
    const demo = readDb(app.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM users WHERE email LIKE '%@modelwerk.test' AND email != 'blijft@modelwerk.test'").get() as { n: number }).n);
    expect(demo).toBe(10); // Twente's 9 (werkgroep2 suggests only, issue 17) and West-Overijssel's redactie
    expect(userCount(app.databasePath)).toBe(11);
    expect(readDb(app.databasePath, (db) => db.prepare("SELECT value FROM settings WHERE key = 'session-secret'").get())).toEqual(secret);
    // The cookie secret lives in the database, so a restart does not log everyone out.
    expect((await client.get("/")).status).toBe(200);
    await new Client(app.url).login(DEMO_ACCOUNTS.werkgroep);
    expect(userByEmail(app.databasePath, "blijft@modelwerk.test")).toMatchObject({ role: "huurders", password_hash: null });
  });
});
