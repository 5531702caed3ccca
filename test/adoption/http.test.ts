import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn, mainText } from "../support/http";
import { firstModelId, readDb } from "../support/db";

// Who may record a council's adoption and who may read the text in force, through real HTTP with crafted requests;
// the form's Dutch messages beside the fields with the input kept; and the status vastgesteld on the overview pages.

let server: TestServer;
let modelId: number;
const clients = new Map<keyof typeof DEMO_ACCOUNTS, Client>();
const client = (key: keyof typeof DEMO_ACCOUNTS) => clients.get(key)!;
const page = (slug: string, rest = "vaststelling") => `/modellen/${modelId}/gemeenten/${slug}/${rest}`;
const adoptions = () => readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM adoptions").get() as { n: number }).n);
const amendmentRows = () => readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM adoption_amendments").get() as { n: number }).n);

const TERM = "art-bemiddelingstafel-lid-termijn";
const valid = {
  councilDate: "2027-02-08",
  decisionNumber: "2027-09",
  "amendments.0.number": "A1",
  "amendments.0.title": "Snellere bemiddeling",
  "amendments.0.changes.0.provision": TERM,
  "amendments.0.changes.0.text": "De bemiddelingstafel brengt haar advies uit binnen drie weken nadat het is gevraagd.",
};

beforeAll(async () => {
  server = await startServer();
  modelId = firstModelId(server.databasePath);
  const keys = ["redactie", "werkgroep", "gemeente", "gemeenteEnschede", "raad", "huurders", "corporatie", "provincie"] as const;
  await Promise.all(keys.map(async (key) => clients.set(key, await loggedIn(server.url, DEMO_ACCOUNTS[key]))));
});
afterAll(() => server?.close());

describe("who may record an adoption", () => {
  test("no role but the municipality's own staff and the redactie opens or posts the page; nothing is stored", async () => {
    const before = adoptions();
    for (const key of ["werkgroep", "raad", "huurders", "corporatie", "provincie", "gemeenteEnschede"] as const) {
      expect((await client(key).get(page("almelo"))).status, key).toBe(403);
      expect((await client(key).post(page("almelo"), valid)).status, key).toBe(403);
    }
    // Almelo's own staff for another municipality.
    expect((await client("gemeente").post(page("enschede"), valid)).status).toBe(403);
    // Not logged in: to the login page.
    const anonymous = await new Client(server.url).post(page("almelo"), valid);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/login");
    // A post from another site.
    expect((await client("gemeente").post(page("almelo"), valid, { origin: "https://evil.example" })).status).toBe(403);
    expect(adoptions()).toBe(before);
  });

  test("the redactie cannot adopt a municipality that is not gereed either: the page says why", async () => {
    const before = adoptions();
    const get = await client("redactie").get(page("enschede"));
    expect(get.status).toBe(200);
    expect(mainText(get.body)).toContain("Enschede is nog niet gereed voor besluitvorming");
    const post = await client("redactie").post(page("enschede"), valid);
    expect(post.status).toBe(400);
    expect(mainText(post.body)).toContain("Enschede is nog niet gereed voor besluitvorming");
    expect(adoptions()).toBe(before);
  });

  test("bad input gets a Dutch message beside its field, what was typed stays, and nothing is half stored", async () => {
    const before = [adoptions(), amendmentRows()];
    const post = await client("gemeente").post(page("almelo"), {
      ...valid,
      councilDate: "2027-02-30",
      decisionNumber: "RB-2027-009",
      "amendments.0.changes.0.provision": "bestaat-niet",
      "amendments.1.number": "A2",
      "amendments.1.title": "",
      "amendments.1.changes.0.provision": TERM,
      "amendments.1.changes.0.text": "De bemiddelingstafel brengt haar advies uit binnen vijf weken nadat het is gevraagd.",
    });
    expect(post.status).toBe(400);
    const text = mainText(post.body);
    expect(text).toContain("Geef een datum als jjjj-mm-dd");
    expect(text).toContain("De bepaling “bestaat-niet” staat niet in de tekst.");
    expect(text).toContain("Geef de titel van het amendement.");
    expect(text).toContain("Er is niets opgeslagen.");
    // The typed values come back in the form.
    expect(post.body).toContain('value="RB-2027-009"');
    expect(post.body).toContain('value="2027-02-30"');
    expect(post.body).toContain("binnen vijf weken nadat het is gevraagd");
    expect([adoptions(), amendmentRows()]).toEqual(before);
  });

  test("Almelo's staff record Almelo's adoption with its amendment, and land on the text in force", async () => {
    const post = await client("gemeente").post(page("almelo"), valid);
    expect(post.status).toBe(302);
    expect(post.location).toBe(`${page("almelo", "geldend")}?vastgelegd=1`);
    const inForce = mainText((await client("gemeente").get(post.location!)).body);
    expect(inForce).toContain("De vaststelling is vastgelegd.");
    expect(inForce).toContain("Vastgesteld bij besluit van de raad van 8 februari 2027, nummer 2027-09, zoals geamendeerd.");
    expect(inForce).toContain("Amendement A1: “Snellere bemiddeling”");
    expect(inForce).toContain("binnen drie weken nadat het is gevraagd");
    expect(amendmentRows()).toBe(2);
  });
});

describe("the text in force", () => {
  test("every role reads Borne's text in force and downloads its raadsbesluit and text", async () => {
    for (const key of ["raad", "huurders", "provincie", "werkgroep"] as const) {
      const got = await client(key).get(page("borne", "geldend"));
      expect(got.status, key).toBe(200);
      const text = mainText(got.body);
      expect(text).toContain("Vastgesteld bij besluit van de raad van 26 november 2026, nummer 2026-112, zoals geamendeerd.");
      expect(text).toContain("informeert de raad jaarlijks");
      expect(text).toMatch(/Volgt modelversie 1, vastgezet op/);
    }
    const id = readDb(server.databasePath, (db) => (db.prepare("SELECT a.id FROM adoptions a JOIN municipalities m ON m.id = a.municipality_id WHERE m.slug = 'borne'").get() as { id: number }).id);
    for (const kind of ["raadsbesluit", "tekst"]) {
      const response = await fetch(new URL(`${page("borne", "geldend")}/download?vaststelling=${id}&soort=${kind}`, server.url), { headers: { cookie: client("huurders").cookieHeader() } });
      expect(response.status, kind).toBe(200);
      expect(response.headers.get("content-type")).toContain("wordprocessingml");
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    }
    // Another municipality's adoption through Borne's address, an unknown kind: not found.
    const almelo = readDb(server.databasePath, (db) => (db.prepare("SELECT a.id FROM adoptions a JOIN municipalities m ON m.id = a.municipality_id WHERE m.slug = 'almelo'").get() as { id: number }).id);
    expect((await client("huurders").get(`${page("borne", "geldend")}/download?vaststelling=${almelo}&soort=tekst`)).status).toBe(404);
    expect((await client("huurders").get(`${page("borne", "geldend")}/download?vaststelling=${id}&soort=xml`)).status).toBe(404);
    expect((await client("huurders").get(`${page("borne", "geldend")}?vaststelling=${almelo}`)).status).toBe(404);
  });

  test("a municipality without adoption says so; the record link only for those who may record", async () => {
    expect(mainText((await client("raad").get(page("enschede", "geldend"))).body)).toContain("De raad van Enschede heeft de verordening nog niet vastgesteld.");
    expect((await client("raad").get(page("enschede", "geldend"))).body).not.toContain("Vaststelling vastleggen");
    expect((await client("gemeenteEnschede").get(page("enschede", "geldend"))).body).toContain("Vaststelling vastleggen");
  });

  test("the process overview, the matrix, the choices page and the model page show vastgesteld and the model version followed", async () => {
    const process = mainText((await client("raad").get(`/modellen/${modelId}/proces`)).body);
    expect(process).toMatch(/Borne\s.*vastgesteld op 26 november 2026 \(besluit 2026-112\)/s);
    const matrix = await client("redactie").get(`/modellen/${modelId}/overzicht`);
    expect(matrix.status).toBe(200);
    // The status row: Borne (the demo) and Almelo (adopted above) vastgesteld, Enschede still a concept.
    expect(matrix.body).toMatch(/data-label="Borne"[^>]*>vastgesteld</);
    expect(matrix.body).toMatch(/data-label="Almelo"[^>]*>vastgesteld</);
    expect(matrix.body).toMatch(/data-label="Enschede"[^>]*>concept</);
    const choices = await client("raad").get(`/modellen/${modelId}/gemeenten/borne`);
    expect(mainText(choices.body)).toContain("De raad heeft de verordening vastgesteld op 26 november 2026:");
    expect(choices.body).toContain(`href="${page("borne", "geldend")}"`);
    const model = await client("huurders").get(`/modellen/${modelId}`);
    expect(model.body).toContain(`href="${page("borne", "geldend")}"`);
    expect(mainText(model.body)).toContain("geldende tekst: modelversie 1");
  });
});
