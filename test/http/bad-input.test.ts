import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, field, loggedIn, mainText, STACK_TRACE, upgradeStatus } from "../support/http";
import { userByEmail, userCount } from "../support/db";

let server: TestServer;
let redactie: Client;
let werkgroep: Client;

beforeAll(async () => {
  server = await startServer();
  [redactie, werkgroep] = await Promise.all([loggedIn(server.url, DEMO_ACCOUNTS.redactie), loggedIn(server.url, DEMO_ACCOUNTS.werkgroep)]);
});

afterAll(async () => {
  await server?.close();
});

/** A raw POST: either one body with its Content-Length, or chunks without one (Transfer-Encoding: chunked). */
function rawPost(path: string, options: { body?: Buffer | string; chunks?: string[]; headers?: Record<string, string> }) {
  const url = new URL(path, server.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: server.url,
          ...(options.body !== undefined ? { "content-length": Buffer.byteLength(options.body) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    // The server may answer (413) before it has read the whole body and close; the answer is what counts.
    req.on("error", (error) => (/EPIPE|ECONNRESET/.test(String(error)) ? undefined : reject(error)));
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    } else req.end(options.body);
  });
}

const invite = (fields: Record<string, string>) => redactie.post("/accounts", { intent: "invite", ...fields });

describe("the invite form with bad input", () => {
  let usersBefore: number;
  beforeAll(() => {
    usersBefore = userCount(server.databasePath);
  });

  it("empty required fields: 400 with a Dutch message beside each of them", async () => {
    const res = await invite({ name: "", email: "", organisation: "", role: "", gemeente: "" });
    expect(res.status).toBe(400);
    expect(field(res.body, "name").error).toBe("Vul een naam in.");
    expect(field(res.body, "email").error).toBe("Vul een e-mailadres in.");
    expect(field(res.body, "role").error).toMatch(/^Kies een rol\b/);
    expect(field(res.body, "name").invalid).toBe(true);
    // The optional field carries no error.
    expect(field(res.body, "organisation").error).toBeUndefined();
  });

  it("an invalid e-mail address: message beside it, and everything typed comes back escaped", async () => {
    const typed = { name: 'Jan <b>"de"</b> Vries', email: "jan@", organisation: "Bouw & Co", role: "corporatie", gemeente: "" };
    const res = await invite(typed);
    expect(res.status).toBe(400);
    expect(field(res.body, "email").error).toBe("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.");
    expect(field(res.body, "email").value).toBe("jan@");
    expect(field(res.body, "name").value).toBe(typed.name);
    expect(field(res.body, "name").error).toBeUndefined();
    expect(field(res.body, "organisation").value).toBe("Bouw & Co");
    expect(field(res.body, "role").value).toBe("corporatie");
    expect(res.body).toContain('value="Jan &lt;b&gt;&quot;de&quot;&lt;/b&gt; Vries"');
    expect(res.body).not.toContain("<b>");
  });

  it("a name that is too long", async () => {
    const res = await invite({ name: "x".repeat(121), email: "lang@modelwerk.test", role: "werkgroep" });
    expect(res.status).toBe(400);
    expect(field(res.body, "name").error).toBe("Een naam is hoogstens 120 tekens.");
  });

  it("an unknown role", async () => {
    const res = await invite({ name: "Rol Loos", email: "rolloos@modelwerk.test", role: "beheerder" });
    expect(res.status).toBe(400);
    expect(field(res.body, "role").error).toMatch(/^Kies een rol\b/);
    expect(field(res.body, "role").error).not.toContain("beheerder");
  });

  it("an e-mail address that already has an account, in other capitals: duplicate message, input kept", async () => {
    const res = await invite({ name: "Dubbel Ganger", email: "WerkGroep@Modelwerk.test", role: "werkgroep" });
    expect(res.status).toBe(400);
    expect(field(res.body, "email").error).toBe("Er bestaat al een account met e-mailadres werkgroep@modelwerk.test.");
    expect(field(res.body, "email").value).toBe("WerkGroep@Modelwerk.test");
    expect(field(res.body, "name").value).toBe("Dubbel Ganger");
    expect(field(res.body, "role").value).toBe("werkgroep");
  });

  it.each(["gemeente", "raad"])("role %s without a gemeente: the gemeente field asks for one", async (role) => {
    const res = await invite({ name: "Zonder Gemeente", email: `zonder-${role}@modelwerk.test`, role, gemeente: "" });
    expect(res.status).toBe(400);
    expect(field(res.body, "gemeente").error).toBe("Kies de gemeente bij deze rol.");
    expect(field(res.body, "role").value).toBe(role);
  });

  it("a gemeente with a role that belongs to none", async () => {
    const res = await invite({ name: "Te Veel", email: "teveel@modelwerk.test", role: "huurders", gemeente: "almelo" });
    expect(res.status).toBe(400);
    expect(field(res.body, "gemeente").error).toBe("Alleen de rollen gemeente en raad horen bij een gemeente.");
    expect(field(res.body, "gemeente").value).toBe("almelo");
  });

  it("a gemeente that is not in the region", async () => {
    const res = await invite({ name: "Ver Weg", email: "verweg@modelwerk.test", role: "gemeente", gemeente: "atlantis" });
    expect(res.status).toBe(400);
    expect(field(res.body, "gemeente").error).toBe('De gemeente "atlantis" hoort niet bij deze regio.');
    expect(field(res.body, "name").value).toBe("Ver Weg");
  });

  it("none of the refused invitations created an account", () => {
    expect(userCount(server.databasePath)).toBe(usersBefore);
    for (const email of ["jan@", "lang@modelwerk.test", "rolloos@modelwerk.test", "zonder-raad@modelwerk.test", "teveel@modelwerk.test", "verweg@modelwerk.test"])
      expect(userByEmail(server.databasePath, email), email).toBeUndefined();
  });

  it("control: the same form filled in well creates the account, named after its gemeente", async () => {
    const res = await invite({ name: "Goed Gevuld", email: "goed@modelwerk.test", organisation: "", role: "gemeente", gemeente: "hof-van-twente" });
    expect(res.status).toBe(200);
    expect(mainText(res.body)).toContain("Uitnodiging voor Goed Gevuld gemaakt.");
    expect(userByEmail(server.databasePath, "goed@modelwerk.test")).toMatchObject({ role: "gemeente", organisation: "Hof van Twente" });
  });

  it.each([
    ["no userId", { intent: "reset" }],
    ["a userId that is no number", { intent: "deactivate", userId: "abc" }],
    ["an unknown intent", { intent: "verwijder", userId: "1" }],
  ])("account actions with %s get 400 and a Dutch page", async (_, form) => {
    const res = await redactie.post("/accounts", form);
    expect(res.status).toBe(400);
    expect(res.body).toContain('<html lang="nl"');
    expect(mainText(res.body)).toMatch(/Er ging iets mis|Er is een fout opgetreden/);
    expect(res.body).not.toMatch(STACK_TRACE);
  });
});

describe("error pages", () => {
  it("the stack-trace check recognises a real stack and passes an ordinary page (control)", async () => {
    expect(new Error("proef").stack).toMatch(STACK_TRACE);
    expect((await redactie.get("/accounts")).body).not.toMatch(STACK_TRACE);
  });

  it.each(["/bestaat-niet", "/accounts/123/extra", "/assets/geen-bestand.js"])("GET %s: 404 in Dutch without a stack trace", async (path) => {
    for (const client of [new Client(server.url), redactie]) {
      const res = await client.get(path);
      expect(res.status).toBe(404);
      expect(res.body).toContain('<html lang="nl"');
      expect(mainText(res.body)).toContain("Pagina niet gevonden");
      expect(mainText(res.body)).toContain("Deze pagina bestaat niet (meer).");
      expect(res.body).not.toMatch(STACK_TRACE);
    }
  });

  it("POST to an unknown URL: 404 as well", async () => {
    const res = await redactie.post("/bestaat-niet", { a: "b" });
    expect(res.status).toBe(404);
    expect(mainText(res.body)).toContain("Pagina niet gevonden");
  });

  it("a forbidden page: 403 in Dutch, without a stack trace", async () => {
    const res = await werkgroep.get("/accounts");
    expect(res.status).toBe(403);
    expect(res.body).toContain('<html lang="nl"');
    expect(mainText(res.body)).toContain("Geen toegang");
    expect(mainText(res.body)).toContain("U hebt geen toegang tot deze pagina of deze handeling.");
    expect(res.body).not.toMatch(STACK_TRACE);
  });

  it.each(["/login", "/accounts", "/wachtwoord/iets"])("a body the server cannot parse on %s: 500 in Dutch, no stack trace or internals", async (path) => {
    const res = await redactie.request("POST", path, {
      body: "--kapot\r\nzonder einde",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
    });
    expect(res.status).toBe(500);
    expect(mainText(res.body)).toContain("Er ging iets mis");
    expect(res.body).not.toMatch(STACK_TRACE);
    expect(res.body).not.toContain("Failed to parse");
    // The server does log it, for the operator.
    expect(server.output()).toContain("Failed to parse body as FormData");
  });

  it("a legacy ?_data request, which the framework fails on, shows no internals", async () => {
    const res = await new Client(server.url).get("/login?_data=routes/login");
    expect(res.body).not.toMatch(STACK_TRACE);
    expect(res.body).not.toContain("Cannot read properties");
  });

  it("a URL Express cannot decode: an error status without a stack trace", async () => {
    const res = await redactie.get("/%E0%A4%A");
    expect(res.status).toBe(400);
    expect(res.body).toBe("Dit verzoek kan niet worden verwerkt.");
    expect(res.body).not.toMatch(STACK_TRACE);
  });
});

describe("posts from another origin", () => {
  it("are refused with 403 and change nothing, while the same post from the page's own origin works (control)", async () => {
    const before = userCount(server.databasePath);
    const fields = { intent: "invite", name: "Vreemd", email: "vreemd@modelwerk.test", role: "werkgroep" };
    const foreign = await redactie.post("/accounts", fields, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toBe("Verzoek van een andere website geweigerd.");
    expect(userCount(server.databasePath)).toBe(before);
    const own = await redactie.post("/accounts", fields);
    expect(own.status).toBe(200);
    expect(userCount(server.databasePath)).toBe(before + 1);
  });
});

describe("security headers", () => {
  it("pages and error pages all carry nosniff, same-origin referrer and no framing", async () => {
    const responses = [await redactie.get("/"), await new Client(server.url).get("/bestaat-niet"), await werkgroep.get("/accounts")];
    expect(responses.map((r) => r.status)).toEqual([200, 404, 403]);
    for (const res of responses) {
      expect(res.headers.get("x-content-type-options"), String(res.status)).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), String(res.status)).toBe("same-origin");
      expect(res.headers.get("x-frame-options"), String(res.status)).toBe("DENY");
      expect(res.headers.get("x-powered-by"), String(res.status)).toBeNull();
    }
  });
});

describe("Content-Security-Policy", () => {
  it("allows only own scripts and inline scripts with this response's nonce, which every inline script carries", async () => {
    const [first, second] = [await redactie.get("/modellen/1"), await redactie.get("/modellen/1")];
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'(;|$)/.exec(csp)?.[1];
    expect(nonce, csp).toBeDefined();
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    const inline = [...first.body.matchAll(/<script\b([^>]*)>(?!<\/script>)/g)].filter((m) => !/\ssrc=/.test(m[1]));
    expect(inline.length).toBeGreaterThan(0);
    for (const [tag] of inline) expect(tag).toContain(`nonce="${nonce}"`);
    expect(first.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  });
});

describe("a body that is not a form", () => {
  it.each([{ origin: null }, { origin: "own" }])("text/plain, Origin $origin: 400 in Dutch, not 500", async ({ origin }) => {
    const res = await rawPost("/login", {
      body: "email=redactie@modelwerk.test&password=x",
      headers: { "content-type": "text/plain", ...(origin ? {} : { origin: "" }) },
    });
    expect(res.status).toBe(400);
    expect(res.body).toBe("Dit verzoek kan niet worden verwerkt.");
  });
});

describe("request size limits", () => {
  it("a body over 1 MiB gets 413 with a Dutch message, and creates nothing", async () => {
    const before = userCount(server.databasePath);
    const big = `intent=invite&role=werkgroep&email=groot%40modelwerk.test&name=${"x".repeat(1024 * 1024 + 10)}`;
    const res = await rawPost("/accounts", { body: big, headers: { cookie: redactie.cookieHeader() } });
    expect(res.status).toBe(413);
    expect(res.body).toBe("Het verzoek is te groot.");
    expect(userCount(server.databasePath)).toBe(before);
  });

  it("a body just under the limit is read (control): the login form answers normally", async () => {
    const res = await rawPost("/login", { body: `email=&password=&pad=${"x".repeat(1000 * 1000)}` });
    expect(res.status).toBe(400);
    expect(res.body).toContain("Vul uw e-mailadres in.");
  });

  it("a chunked POST without Content-Length gets 411 with a Dutch message", async () => {
    const res = await rawPost("/login", { chunks: ["email=redactie%40modelwerk.test&", "password=welkom-modelwerk"] });
    expect(res.status).toBe(411);
    expect(res.body).toBe("Lengte ontbreekt.");
  });
});

describe("WebSocket upgrades on /collab", () => {
  const sameOrigin = () => server.url;

  it("without an allowed Origin: 403, even with a valid session", async () => {
    expect(await upgradeStatus(server.url, "/collab", { Origin: "http://evil.example", Cookie: redactie.cookieHeader() })).toBe(403);
    expect(await upgradeStatus(server.url, "/collab", { Cookie: redactie.cookieHeader() })).toBe(403);
    // A look-alike of the own origin on another port.
    expect(await upgradeStatus(server.url, "/collab", { Origin: "http://127.0.0.1:1", Cookie: redactie.cookieHeader() })).toBe(403);
  });

  it("with the right Origin but no session: 401", async () => {
    expect(await upgradeStatus(server.url, "/collab", { Origin: sameOrigin() })).toBe(401);
    expect(await upgradeStatus(server.url, "/collab", { Origin: sameOrigin(), Cookie: "modelwerk_session=vervalst.abc" })).toBe(401);
  });

  it("with the right Origin and a session: 101, the sync server takes the socket", async () => {
    expect(await upgradeStatus(server.url, "/collab", { Origin: sameOrigin(), Cookie: redactie.cookieHeader() })).toBe(101);
    expect(await upgradeStatus(server.url, "/collab", { Origin: sameOrigin(), Cookie: werkgroep.cookieHeader() })).toBe(101);
  });

  it("upgrades on any other path are cut off", async () => {
    await expect(upgradeStatus(server.url, "/andere-socket", { Origin: sameOrigin(), Cookie: redactie.cookieHeader() })).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
