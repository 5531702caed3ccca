import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn, mainText } from "../support/http";
import { readDb } from "../support/db";

/**
 * Phases, versions, comments and answers over HTTP: every demo role against every action, crafted requests included,
 * with the database checked after each refusal. One server; the phase settings change step by step.
 */
type Key = keyof typeof DEMO_ACCOUNTS;
const KEYS = Object.keys(DEMO_ACCOUNTS) as Key[];
/** The roles the consultation phase is opened to below. */
const COMMENTERS: Key[] = ["raad", "huurders"];
const DISPOSERS: Key[] = ["redactie", "werkgroep"];

let server: TestServer;
const clients = new Map<Key, Client>();
let modelId: number;
let phaseIds: number[];
let consultation: number;
let versionId: number;
/** An anchor (a member) of the frozen version. */
const anchor = "art-aanvraag-lid-beslistermijn";

const count = (sql: string, ...args: unknown[]) => readDb(server.databasePath, (db) => (db.prepare(sql).get(...args) as { n: number }).n);
const comments = () => count("SELECT count(*) AS n FROM comments");
const phaseRow = (id: number) => readDb(server.databasePath, (db) => db.prepare("SELECT * FROM phases WHERE id = ?").get(id) as Record<string, unknown>);
const client = (key: Key) => clients.get(key)!;
const phaseUrl = (id = consultation) => `/modellen/${modelId}/fasen/${id}`;

const phaseForm = (overrides: Record<string, string> = {}) => ({
  phaseId: consultation,
  name: "Consultatie raden en huurdersorganisaties",
  description: "Wensen en bedenkingen.",
  startsOn: "",
  endsOn: "",
  status: "open",
  visibility: "all",
  versionId: String(versionId),
  ...overrides,
});

/** The phase form with several commentingRoles checkboxes, as the browser sends it. */
async function savePhase(as: Key, fields: Record<string, string | number>, roles: string[] = ["raad", "huurders"]) {
  const body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]));
  for (const role of roles) body.append("commentingRoles", role);
  return client(as).request("POST", `/modellen/${modelId}/fasen`, { body: body.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
}

const comment = (as: Key, fields: Record<string, string | number> = {}, phase = consultation) =>
  client(as).post(phaseUrl(phase), { intent: "comment", anchor, type: "wens", body: `Een wens van ${as}.`, ...fields });

beforeAll(async () => {
  server = await startServer();
  modelId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM models ORDER BY id LIMIT 1").get() as { id: number }).id);
  phaseIds = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM phases WHERE model_id = ? ORDER BY position").all(modelId) as { id: number }[]).map((r) => r.id));
  consultation = phaseIds[4]!;
  await Promise.all(KEYS.map(async (key) => clients.set(key, await loggedIn(server.url, DEMO_ACCOUNTS[key]))));
  expect((await client("redactie").post(`/modellen/${modelId}/versies`, { name: "Consultatieversie september 2025" })).status).toBe(302);
  versionId = count("SELECT max(id) AS n FROM versions");
  expect((await savePhase("redactie", phaseForm())).status).toBe(302);
});

afterAll(async () => {
  await server?.close();
});

describe("phases", () => {
  it("every model has the eight phases of the process, seeded once", () => {
    expect(phaseIds).toHaveLength(8);
  });

  it.each(KEYS)("%s reads the phases page, the phase page, the overview and the versions", async (key) => {
    const page = await client(key).get(`/modellen/${modelId}/fasen`);
    expect(page.status).toBe(200);
    expect(mainText(page.body)).toContain("Consultatie raden en huurdersorganisaties");
    expect(mainText(page.body)).toContain("Besluitvorming");
    expect((await client(key).get(phaseUrl())).status).toBe(200);
    expect((await client(key).get(`/modellen/${modelId}/fasen/reacties`)).status).toBe(200);
    expect((await client(key).get(`/modellen/${modelId}/versies`)).status).toBe(200);
    expect(page.body.includes("Fase opslaan")).toBe(key === "redactie");
  });

  it.each(KEYS.filter((k) => k !== "redactie"))("%s cannot change a phase (403, nothing changes)", async (key) => {
    const before = phaseRow(consultation);
    const res = await savePhase(key, phaseForm({ status: "gesloten", name: "Gekaapt" }));
    expect(res.status).toBe(403);
    expect(phaseRow(consultation)).toEqual(before);
  });

  it("anonymous visitors are sent to the login page", async () => {
    const anonymous = new Client(server.url);
    expect((await anonymous.get(`/modellen/${modelId}/fasen`)).status).toBe(302);
    expect((await anonymous.post(phaseUrl(), { intent: "comment", anchor, type: "wens", body: "x" })).status).toBe(302);
  });

  it("redactie's wrong input is refused field by field", async () => {
    const messages = async (fields: Record<string, string>, roles?: string[]) => {
      const res = await savePhase("redactie", phaseForm(fields), roles);
      expect(res.status).toBe(400);
      return mainText(res.body);
    };
    const first = await messages({ name: "", status: "half", startsOn: "1 maart" });
    for (const message of ["Vul een naam in.", "Kies een status uit de lijst.", "Vul een datum in als jjjj-mm-dd."]) expect(first).toContain(message);
    const second = await messages({ startsOn: "2025-10-01", endsOn: "2025-09-01", versionId: "999999" }, ["burgemeester"]);
    for (const message of ["De einddatum ligt vóór de begindatum.", "Kies rollen uit de lijst.", "Kies een versie uit de lijst."]) expect(second).toContain(message);
    expect(phaseRow(consultation).name).toBe("Consultatie raden en huurdersorganisaties");
  });

  it("unknown phases and phases of another model are 404", async () => {
    expect((await client("raad").get(`/modellen/${modelId}/fasen/999999`)).status).toBe(404);
    expect((await client("raad").get(`/modellen/${modelId}/fasen/abc`)).status).toBe(404);
  });
});

describe("versions", () => {
  it.each(KEYS.filter((k) => k !== "redactie"))("%s cannot freeze a version", async (key) => {
    const before = count("SELECT count(*) AS n FROM versions");
    expect((await client(key).post(`/modellen/${modelId}/versies`, { name: "Stiekem" })).status).toBe(403);
    expect(count("SELECT count(*) AS n FROM versions")).toBe(before);
  });

  it("the list shows who froze a version; two versions compare without differences", async () => {
    await client("redactie").post(`/modellen/${modelId}/versies`, { name: "Tweede versie" });
    const list = mainText((await client("raad").get(`/modellen/${modelId}/versies`)).body);
    expect(list).toContain("Consultatieversie september 2025");
    expect(list).toContain("Rianne de Redacteur");
    const second = count("SELECT max(id) AS n FROM versions");
    const diff = await client("raad").get(`/modellen/${modelId}/versies/vergelijken?van=${versionId}&naar=${second}`);
    expect(diff.status).toBe(200);
    expect(mainText(diff.body)).toContain("Geen verschillen in de artikelen.");
    expect((await client("raad").get(`/modellen/${modelId}/versies/vergelijken?van=${versionId}&naar=999999`)).status).toBe(404);
  });
});

describe("comments while the consultation phase is open", () => {
  // A successful post answers with a redirect (post, redirect, get), so a reload cannot post it twice.
  it.each(KEYS)("%s may comment only when the phase is open to its role", async (key) => {
    const before = comments();
    const res = await comment(key);
    const allowed = COMMENTERS.includes(key);
    expect(res.status, res.body.slice(0, 300)).toBe(allowed ? 302 : 403);
    expect(comments()).toBe(before + (allowed ? 1 : 0));
  });

  it("a council member speaks for the council of their municipality, a tenant organisation for itself", () => {
    const rows = readDb(server.databasePath, (db) => db.prepare("SELECT on_behalf_of AS o, municipality_id AS m FROM comments ORDER BY id").all() as { o: string; m: number | null }[]);
    expect(rows.map((r) => r.o)).toEqual(["Gemeenteraad Almelo", "Huurdersvereniging Twente"]);
    expect(rows[0]!.m).not.toBeNull();
    expect(count("SELECT count(*) AS n FROM comment_dispositions WHERE disposition = 'open' AND published_at IS NULL")).toBe(2);
  });

  it("refuses an anchor outside the version, a missing body, a tekstvoorstel without text and a body that is too long", async () => {
    const before = comments();
    const cases: [Record<string, string>, string][] = [
      [{ anchor: "bestaat-niet" }, "Kies een bepaling uit de lijst."],
      [{ body: "   " }, "Schrijf uw reactie."],
      [{ type: "tekstvoorstel" }, "Schrijf de tekst die u voorstelt."],
      [{ type: "klacht" }, "Kies het soort reactie."],
      [{ body: "x".repeat(5001) }, "Een reactie is hoogstens 5000 tekens."],
    ];
    for (const [fields, message] of cases) {
      const res = await comment("raad", fields);
      expect(res.status).toBe(400);
      expect(mainText(res.body)).toContain(message);
    }
    expect(comments()).toBe(before);
  });

  it("replies: commenters and those who answer may reply in a thread, others may not", async () => {
    const parentId = count("SELECT min(id) AS n FROM comments");
    for (const key of KEYS) {
      const before = comments();
      const res = await client(key).post(phaseUrl(), { intent: "reply", parentId, body: `Antwoord van ${key}` });
      const allowed = COMMENTERS.includes(key) || DISPOSERS.includes(key);
      expect(res.status, key).toBe(allowed ? 302 : 403);
      expect(comments()).toBe(before + (allowed ? 1 : 0));
    }
    expect(count("SELECT count(*) AS n FROM comment_dispositions WHERE comment_id IN (SELECT id FROM comments WHERE parent_id IS NOT NULL)")).toBe(0);
  });
});

describe("dispositions", () => {
  const first = () => count("SELECT min(id) AS n FROM comments");

  it.each(KEYS)("%s may answer and publish only as redactie or werkgroep", async (key) => {
    const allowed = DISPOSERS.includes(key);
    const res = await client(key).post(phaseUrl(), { intent: "dispose", commentId: first(), disposition: "beantwoord", answer: `Antwoord door ${key}.`, changedInVersionId: "" });
    expect(res.status).toBe(allowed ? 302 : 403);
    const publish = await client(key).post(phaseUrl(), { intent: "publish" });
    expect(publish.status).toBe(allowed ? 302 : 403);
    if (!allowed) expect(count("SELECT count(*) AS n FROM comment_dispositions WHERE answer LIKE ?", `%${key}%`)).toBe(0);
  });

  it("a draft answer is hidden from commenters until the phase's answers are published", async () => {
    const id = count("SELECT max(id) AS n FROM comments WHERE parent_id IS NULL");
    await client("werkgroep").post(phaseUrl(), { intent: "dispose", commentId: id, disposition: "niet overgenomen", answer: "Geheim concept-antwoord.", changedInVersionId: String(versionId) });
    expect(mainText((await client("huurders").get(phaseUrl())).body)).not.toContain("Geheim concept-antwoord.");
    expect(mainText((await client("redactie").get(phaseUrl())).body)).toContain("Geheim concept-antwoord.");
    expect((await client("redactie").post(phaseUrl(), { intent: "publish" })).status).toBe(302);
    const seen = mainText((await client("huurders").get(phaseUrl())).body);
    expect(seen).toContain("Geheim concept-antwoord.");
    expect(seen).toContain("Niet overgenomen");
    expect(seen).toContain("Consultatieversie september 2025");
  });

  it("refuses a disposition without an answer, for a reply, or with a version of nothing", async () => {
    const reply = count("SELECT min(id) AS n FROM comments WHERE parent_id IS NOT NULL");
    expect((await client("redactie").post(phaseUrl(), { intent: "dispose", commentId: first(), disposition: "overgenomen", answer: "" })).status).toBe(400);
    expect((await client("redactie").post(phaseUrl(), { intent: "dispose", commentId: reply, disposition: "beantwoord", answer: "x" })).status).toBe(400);
    expect((await client("redactie").post(phaseUrl(), { intent: "dispose", commentId: first(), disposition: "beantwoord", answer: "x", changedInVersionId: "999999" })).status).toBe(400);
  });
});

describe("visibility and the overview", () => {
  it("with 'own' visibility a commenter sees only their own threads; redactie sees all", async () => {
    expect((await savePhase("redactie", phaseForm({ visibility: "own" }))).status).toBe(302);
    expect(mainText((await client("huurders").get(phaseUrl())).body)).not.toContain("Een wens van raad.");
    expect(mainText((await client("huurders").get(`/modellen/${modelId}/fasen/reacties`)).body)).not.toContain("Een wens van raad.");
    expect(mainText((await client("redactie").get(phaseUrl())).body)).toContain("Een wens van raad.");
    const reply = await client("huurders").post(phaseUrl(), { intent: "reply", parentId: count("SELECT min(id) AS n FROM comments"), body: "Meelezen" });
    expect(reply.status).toBe(400);
    expect((await savePhase("redactie", phaseForm())).status).toBe(302);
  });

  it("filters by type, organisation type, status and municipality, and counts per article", async () => {
    const overview = (query: string) => client("redactie").get(`/modellen/${modelId}/fasen/reacties?${query}`).then((r) => mainText(r.body));
    expect(await overview("rol=raad")).toContain("1 van 2 reacties.");
    expect(await overview("gemeente=Almelo&soort=wens")).toContain("1 van 2 reacties.");
    expect(await overview("status=niet+overgenomen")).toContain("1 van 2 reacties.");
    expect(await overview("soort=vraag")).toContain("0 van 2 reacties.");
    expect(await overview(`fase=${consultation}`)).toMatch(/Aantal reacties per artikel .*artikel \d+ \(Aanvraag[^)]*\) 2/);
    expect(await client("raad").get(`/modellen/${modelId}/fasen/reacties?mijn=1`).then((r) => mainText(r.body))).toContain("1 van 2 reacties.");
  });
});

describe("a phase that is not open refuses comments with a Dutch reason, also to crafted requests", () => {
  it.each([
    [{ status: "gesloten" }, "Deze fase is gesloten: er kunnen geen reacties meer worden gegeven."],
    [{ status: "gepland" }, "Deze fase is nog niet geopend voor reacties."],
    [{ endsOn: "2020-01-31" }, "De reactietermijn is op 31 januari 2020 verstreken."],
    [{ startsOn: "2999-01-01" }, "Reageren kan vanaf 1 januari 2999."],
    [{ versionId: "" }, "Aan deze fase is nog geen versie van de tekst gekoppeld."],
  ])("%o", async (settings, reason) => {
    expect((await savePhase("redactie", phaseForm(settings))).status).toBe(302);
    const before = comments();
    for (const key of COMMENTERS) {
      const res = await comment(key);
      expect(res.status).toBe(409);
      expect(mainText(res.body)).toContain(reason);
      const reply = await client(key).post(phaseUrl(), { intent: "reply", parentId: count("SELECT min(id) AS n FROM comments"), body: "Toch nog" });
      expect(reply.status).toBe(409);
    }
    expect(comments()).toBe(before);
    expect(mainText((await client("raad").get(phaseUrl())).body)).toContain(reason);
    expect((await savePhase("redactie", phaseForm())).status).toBe(302);
  });

  it("a phase that is planned and open to nobody refuses every role", async () => {
    for (const key of KEYS) expect((await comment(key, {}, phaseIds[0]!)).status).toBe(409);
  });
});

describe("abuse limits", () => {
  it("script payloads are stored as typed and shown as inert text", async () => {
    const payloads = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "<svg/onload=alert(1)>",
      '"><script>alert(document.cookie)</script>',
      "<a href=\"javascript:alert(1)\">klik</a>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "<body onload=alert(1)>",
      "{{constructor.constructor('alert(1)')()}}",
      "</textarea><script>alert(1)</script>",
      "<details open ontoggle=alert(1)>",
    ];
    for (const body of payloads) expect((await comment("huurders", { body, quote: body })).status).toBe(302);
    const page = await client("redactie").get(phaseUrl());
    const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(page.body)![1]!;
    // Every real tag of the page: none may run script; the payloads only occur as escaped text.
    const tags = main.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /^<(script|iframe|svg|img|body)\b|\son\w+=|javascript:/i.test(tag))).toEqual([]);
    const text = mainText(page.body);
    for (const body of payloads) expect(text).toContain(body);
    const stored = readDb(server.databasePath, (db) => (db.prepare("SELECT body FROM comments WHERE body LIKE '%alert%' ORDER BY id").all() as { body: string }[]).map((r) => r.body));
    expect(stored).toEqual(payloads.filter((p) => p.includes("alert")));
  });

  it("posting is rate-limited per user", async () => {
    // huurders posted 1 + 1 reply + 10 payloads in the last minutes: the limit of 12 is reached.
    const before = comments();
    const res = await comment("huurders");
    expect(res.status).toBe(429);
    expect(mainText(res.body)).toContain("Probeer het straks opnieuw.");
    expect(comments()).toBe(before);
    expect((await comment("raad")).status).toBe(302);
  });
});
