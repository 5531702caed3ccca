import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, field, loggedIn, mainText } from "../support/http";
import { insertUser, readDb, writeDb } from "../support/db";
import { collabClient, type CollabClient } from "../collab/support";
import { ORDINANCE_FRAGMENT } from "../../app/collab/ordinance-ydoc.server";
import { categoryKey, figureFields, originKey, type MunicipalityRef } from "../../fair-share/index";
import { cliIn } from "../support/cli";

/**
 * The fair-share monitor over HTTP, with two populated regions: Twente (demo figures, its demo accounts) and
 * West-Overijssel (its demo redactie, a Zwolle staff member, a model copied from Twente and figures imported by CLI).
 */

const WEST_REDACTIE = "redactie.west-overijssel@modelwerk.test";
const WEST_ZWOLLE = "gemeente.zwolle@west-overijssel.test";
const PERIOD = "2026-2"; // a half year without demo figures

let server: TestServer;
const clients = new Map<string, Client>();
const client = (key: string) => clients.get(key)!;
let twenteModel: number;
let westModel: number;
let twente: MunicipalityRef[];
let west: MunicipalityRef[];

const cells = (slug: string, period: string) =>
  readDb(server.databasePath, (db) =>
    Object.fromEntries(
      (db.prepare("SELECT v.key, v.value FROM monitor_values v JOIN municipalities m ON m.id = v.municipality_id WHERE m.slug = ? AND v.period = ?").all(slug, period) as { key: string; value: number }[]).map(
        (r) => [r.key, r.value],
      ),
    ),
  );

/** A consistent report for Almelo: `housed` urgents, 4 of them from Enschede, the rest its own. */
function report(region: MunicipalityRef[], own: string, overrides: Record<string, number> = {}): Record<string, string> {
  const values: Record<string, number> = Object.fromEntries(figureFields(region).map((f) => [f.key, 0]));
  Object.assign(values, { aanvragen: 30, beschikkingen_toegekend: 20, beschikkingen_afgewezen: 10, gehuisvest: 10, mutaties: 100, toewijzingen: 12, statushouders: 5 });
  values[categoryKey("medisch")] = 10;
  values[originKey(own)] = 6;
  values[originKey(region.find((m) => m.slug !== own)!.slug)] = 4;
  Object.assign(values, overrides);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
}
const save = (who: string, slug: string, figures: Record<string, string>, period = PERIOD) =>
  client(who).post(`/monitor/gemeenten/${slug}`, { intent: "save", halfjaar: period, ...figures });

function csvOf(region: MunicipalityRef[], rows: { slug: string; figures: Record<string, string> }[]): string {
  const keys = figureFields(region).map((f) => f.key);
  return [["gemeente", ...keys].join(";"), ...rows.map((r) => [r.slug, ...keys.map((k) => r.figures[k])].join(";"))].join("\r\n");
}
async function upload(who: string, slug: string, csv: string, period = PERIOD) {
  const form = new FormData();
  form.set("intent", "upload");
  form.set("halfjaar", period);
  form.set("bestand", new File([csv], "cijfers.csv", { type: "text/csv" }));
  const res = await fetch(`${server.url}/monitor/gemeenten/${slug}`, { method: "POST", body: form, headers: { cookie: client(who).cookieHeader(), origin: server.url } });
  return { status: res.status, body: await res.text() };
}

const run = cliIn(() => ({ ...process.env, DATABASE_PATH: server.databasePath, MODELWERK_DEMO: "0" }));
async function cli(...argv: string[]) {
  const { code, out, err } = await run(...argv);
  expect(code, err).toBe(0);
  return out;
}

beforeAll(async () => {
  server = await startServer();
  const regionOf = (slug: string) =>
    readDb(server.databasePath, (db) => db.prepare("SELECT m.slug, m.name FROM municipalities m JOIN regions r ON r.id = m.region_id WHERE r.slug = ? ORDER BY m.name").all(slug) as MunicipalityRef[]);
  twente = regionOf("twente");
  west = regionOf("west-overijssel");
  twenteModel = readDb(server.databasePath, (db) => (db.prepare("SELECT m.id FROM models m JOIN regions r ON r.id = m.region_id WHERE r.slug = 'twente'").get() as { id: number }).id);
  westModel = Number(/Model (\d+)/.exec(await cli("models", "copy", "--van", String(twenteModel), "--regio", "west-overijssel", "--titel", "Model West-Overijssel"))![1]);
  const { writeFileSync, mkdtempSync } = await import("node:fs");
  const file = `${mkdtempSync("/tmp/modelwerk-monitor-")}/west.csv`;
  writeFileSync(file, csvOf(west, [{ slug: "zwolle", figures: report(west, "zwolle") }]));
  await cli("monitor", "import", "--regio", "west-overijssel", "--halfjaar", "2026-1", file);

  const zwolleId = await insertUser(server.databasePath, { email: WEST_ZWOLLE, name: "Zara Zwolle", role: "gemeente", regionSlug: "west-overijssel", password: "zwolle-2026-geheim" });
  writeDb(server.databasePath, (db) => db.prepare("UPDATE users SET municipality_id = (SELECT id FROM municipalities WHERE slug = 'zwolle') WHERE id = ?").run(zwolleId));
  const keys = ["redactie", "werkgroep", "gemeente", "gemeenteEnschede", "raad", "huurders"] as const;
  await Promise.all([
    ...keys.map(async (key) => clients.set(key, await loggedIn(server.url, DEMO_ACCOUNTS[key]))),
    loggedIn(server.url, WEST_REDACTIE).then((c) => clients.set("west", c)),
    loggedIn(server.url, WEST_ZWOLLE, "zwolle-2026-geheim").then((c) => clients.set("zwolle", c)),
  ]);
});

afterAll(async () => {
  await server?.close();
});

describe("entering figures", () => {
  it.each(["gemeenteEnschede", "raad", "werkgroep", "huurders"])("%s may not enter Almelo's figures: 403, nothing stored", async (who) => {
    expect((await save(who, "almelo", report(twente, "almelo"))).status).toBe(403);
    expect(cells("almelo", PERIOD)).toEqual({});
  });

  it("Almelo's staff enter them, the redactie corrects them, and every correction is audited", async () => {
    const first = await save("gemeente", "almelo", report(twente, "almelo"));
    expect(first.status).toBe(200);
    expect(mainText(first.body)).toContain(`Cijfers van 2e halfjaar 2026 opgeslagen (${figureFields(twente).length} cellen gewijzigd)`);
    expect(cells("almelo", PERIOD)).toMatchObject({ mutaties: 100, toewijzingen: 12, [originKey("almelo")]: 6 });
    expect((await save("redactie", "almelo", report(twente, "almelo", { mutaties: 120 }))).status).toBe(200);
    expect(cells("almelo", PERIOD).mutaties).toBe(120);
    const audit = readDb(server.databasePath, (db) =>
      db.prepare("SELECT c.old_value AS oldValue, c.new_value AS newValue, u.email FROM monitor_value_changes c JOIN users u ON u.id = c.user_id WHERE c.key = 'mutaties' AND c.period = ? ORDER BY c.id").all(PERIOD),
    );
    expect(audit).toEqual([
      { oldValue: null, newValue: 100, email: DEMO_ACCOUNTS.gemeente },
      { oldValue: 100, newValue: 120, email: DEMO_ACCOUNTS.redactie },
    ]);
    expect(mainText((await client("gemeente").get(`/monitor/gemeenten/almelo?halfjaar=${PERIOD}`)).body)).toContain("Rianne de Redacteur: Mutaties: verhuurde sociale huurwoningen 100 → 120");
  });

  it("a wrong cell gets its message beside it, what was typed is kept, and nothing is stored", async () => {
    const res = await save("gemeente", "almelo", report(twente, "almelo", { toewijzingen: 500 }));
    expect(res.status).toBe(400);
    const toewijzingen = field(res.body, "toewijzingen");
    expect(toewijzingen.invalid).toBe(true);
    expect(toewijzingen.error).toContain("Er kunnen niet meer toewijzingen aan urgenten zijn dan mutaties.");
    expect(toewijzingen.value).toBe("500");
    const negative = await save("gemeente", "almelo", { ...report(twente, "almelo"), aanvragen: "-1" });
    expect(field(negative.body, "aanvragen").error).toContain("Een aantal kan niet negatief zijn.");
    expect(cells("almelo", PERIOD).toewijzingen).toBe(12);
  });

  it("a bad upload is refused with the cell named, and nothing of it is stored", async () => {
    const before = cells("almelo", PERIOD);
    const bad = await upload("gemeente", "almelo", csvOf(twente, [{ slug: "almelo", figures: report(twente, "almelo", { mutaties: 7, toewijzingen: 9 }) }]));
    expect(bad.status).toBe(400);
    expect(mainText(bad.body)).toMatch(/Cel [A-Z]+2 \(Almelo, Toewijzingen aan wettelijk urgenten\): Er kunnen niet meer toewijzingen/);
    const sums = await upload("gemeente", "almelo", csvOf(twente, [{ slug: "almelo", figures: report(twente, "almelo", { [categoryKey("medisch")]: 9 }) }]));
    expect(mainText(sums.body)).toContain("De aantallen per categorie tellen op tot 9, maar het totaal gehuisvest is 10.");
    // Two rows, the second for another municipality: the whole file is refused, the good row included.
    const mixed = await upload(
      "gemeente",
      "almelo",
      csvOf(twente, [
        { slug: "almelo", figures: report(twente, "almelo", { mutaties: 300 }) },
        { slug: "enschede", figures: report(twente, "enschede") },
      ]),
    );
    expect(mixed.status).toBe(400);
    expect(mainText(mixed.body)).toContain("Cel A3: u mag geen cijfers invoeren voor Enschede.");
    expect(cells("almelo", PERIOD)).toEqual(before);
    expect(cells("enschede", PERIOD)).toEqual({});
  });

  it("the Excel template, filled in, goes back up like the CSV", async () => {
    const { readSheet } = await import("read-excel-file/node");
    const { toXlsx } = await import("../../app/choices/xlsx.server");
    const template = await fetch(`${server.url}/monitor/sjabloon?gemeente=almelo&halfjaar=${PERIOD}&formaat=xlsx`, { headers: { cookie: client("gemeente").cookieHeader() } });
    const rows = (await readSheet(Buffer.from(await template.arrayBuffer()))).map((r) => r.map((c) => String(c ?? "")));
    expect(rows.map((r) => r[0])).toEqual(["gemeente", "almelo"]);
    rows[1]![rows[0]!.indexOf("mutaties")] = "85";
    const form = new FormData();
    form.set("intent", "upload");
    form.set("halfjaar", PERIOD);
    form.set("bestand", new File([new Uint8Array(await toXlsx(rows, "cijfers"))], "almelo.xlsx"));
    const res = await fetch(`${server.url}/monitor/gemeenten/almelo`, { method: "POST", body: form, headers: { cookie: client("gemeente").cookieHeader(), origin: server.url } });
    expect(res.status).toBe(200);
    expect(cells("almelo", PERIOD).mutaties).toBe(85);
  });

  it("a good upload is stored like the form", async () => {
    const res = await upload("gemeente", "almelo", csvOf(twente, [{ slug: "almelo", figures: report(twente, "almelo", { mutaties: 80 }) }]));
    expect(res.status, mainText(res.body)).toBe(200);
    expect(cells("almelo", PERIOD).mutaties).toBe(80);
  });

  it("the dashboard shows the floor check to every role of the region, and the exports carry the same table", async () => {
    const page = mainText((await client("raad").get(`/monitor?halfjaar=${PERIOD}`)).body);
    // 12 of 80 is exactly 15%: at the floor, not flagged.
    expect(page).toContain("Almelo 80 12 15,0% 15,0% voldoet");
    expect(page).toContain("Enschede – – – 15,0% nog geen cijfers");
    const csv = await client("raad").get(`/monitor/export?tabel=ondergrens&halfjaar=${PERIOD}&formaat=csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.body).toContain("Almelo;80;12;15,0%;15,0%;voldoet");
    const xlsx = await fetch(`${server.url}/monitor/export?tabel=herkomst&halfjaar=${PERIOD}&formaat=xlsx`, { headers: { cookie: client("raad").cookieHeader() } });
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    const docx = await fetch(`${server.url}/monitor/rapport?halfjaar=${PERIOD}`, { headers: { cookie: client("raad").cookieHeader() } });
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
  });

  it("demo figures are marked as such", async () => {
    expect((await client("raad").get("/monitor?halfjaar=2026-1")).body).toContain('data-testid="demo-cijfers"');
    expect((await client("raad").get(`/monitor?halfjaar=${PERIOD}`)).body).not.toContain('data-testid="demo-cijfers"');
  });

  it("only the redactie closes a half year; after that it refuses every change", async () => {
    expect((await client("gemeente").post("/monitor", { intent: "close-period", period: PERIOD })).status).toBe(403);
    expect((await client("redactie").post("/monitor", { intent: "close-period", period: PERIOD })).status).toBe(200);
    const before = cells("almelo", PERIOD);
    const form = await save("gemeente", "almelo", report(twente, "almelo", { mutaties: 90 }));
    expect(form.status).toBe(409);
    expect(mainText(form.body)).toContain("2e halfjaar 2026 is afgesloten door de redactie");
    expect((await save("redactie", "almelo", report(twente, "almelo", { mutaties: 90 }))).status).toBe(409);
    expect((await upload("gemeente", "almelo", csvOf(twente, [{ slug: "almelo", figures: report(twente, "almelo", { mutaties: 90 }) }]))).status).toBe(409);
    expect(cells("almelo", PERIOD)).toEqual(before);
  });
});

describe("the floor setting", () => {
  it("only the redactie changes the floor, from a half year on; a bad percentage is named", async () => {
    expect((await client("werkgroep").post("/monitor", { intent: "floor", from: "2027-1", percent: "20", note: "x" })).status).toBe(403);
    const bad = await client("redactie").post("/monitor", { intent: "floor", from: "2027-1", percent: "120", note: "Regeling gewijzigd" });
    expect(bad.status).toBe(400);
    expect(field(bad.body, "percent").error).toBe("Een percentage ligt tussen 0 en 100.");
    expect(field(bad.body, "percent").value).toBe("120");
    expect((await client("redactie").post("/monitor", { intent: "floor", from: "2027-1", percent: "17,5", note: "Wijziging ministeriële regeling" })).status).toBe(200);
    const page = mainText((await client("raad").get("/monitor")).body);
    expect(page).toContain("Vanaf 1e halfjaar 2026: 15,0%");
    expect(page).toContain("Vanaf 1e halfjaar 2027: 17,5% (Wijziging ministeriële regeling)");
    // A half year before the change keeps 15%.
    expect(mainText((await client("raad").get(`/monitor?halfjaar=${PERIOD}`)).body)).toContain("ondergrens 15,0%");
  });
});

describe("the noodknop", () => {
  it("Almelo raises it with a reason; it is on the list until the redactie closes it with a note", async () => {
    expect((await client("gemeenteEnschede").post("/monitor/gemeenten/almelo", { intent: "noodknop", reden: "Niet mijn gemeente" })).status).toBe(403);
    const empty = await client("gemeente").post("/monitor/gemeenten/almelo", { intent: "noodknop", reden: "  " });
    expect(empty.status).toBe(400);
    expect((await client("gemeente").post("/monitor/gemeenten/almelo", { intent: "noodknop", reden: "Geen passende woningen meer vrij in Almelo-Noord." })).status).toBe(200);
    const open = mainText((await client("huurders").get("/monitor")).body);
    expect(open).toContain("Noodknop: voor het eerstvolgende bestuurlijk overleg (1)");
    expect(open).toContain("Geen passende woningen meer vrij in Almelo-Noord.");
    const id = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM emergency_calls WHERE reason LIKE 'Geen passende%'").get() as { id: number }).id);
    expect((await client("werkgroep").post("/monitor", { intent: "close-emergency", id, note: "x" })).status).toBe(403);
    expect((await client("redactie").post("/monitor", { intent: "close-emergency", id, note: "" })).status).toBe(400);
    expect((await client("redactie").post("/monitor", { intent: "close-emergency", id, note: "Besproken op 12 maart; Hengelo springt bij." })).status).toBe(200);
    expect(mainText((await client("huurders").get("/monitor")).body)).toContain("Noodknop: voor het eerstvolgende bestuurlijk overleg (0)");
  });
});

describe("two populated regions stay apart", () => {
  it("each region's monitor shows only its own municipalities and figures", async () => {
    const west = mainText((await client("west").get("/monitor")).body);
    expect(west).toContain("regio West-Overijssel");
    expect(west).toContain("Zwolle 100 12");
    for (const name of ["Almelo", "Enschede", "Hengelo"]) expect(west).not.toContain(name);
    const twentePage = mainText((await client("redactie").get("/monitor?halfjaar=2026-1")).body);
    for (const name of ["Zwolle", "Raalte"]) expect(twentePage).not.toContain(name);
    // A half year only Twente has figures for: West sees its own municipalities without figures.
    const csv = (await client("west").get("/monitor/export?tabel=cijfers&halfjaar=2024-2&formaat=csv")).body;
    expect(csv).toContain("Zwolle");
    expect(csv).not.toContain("Almelo");
    expect((await client("west").get("/monitor/sjabloon")).body).not.toContain("almelo");
  });

  it("another region's municipality pages, data and template are not found, and crafted posts change nothing", async () => {
    for (const path of ["/monitor/gemeenten/almelo", "/regio/gemeenten/almelo", "/monitor/sjabloon?gemeente=almelo"]) expect((await client("west").get(path)).status, path).toBe(404);
    expect((await client("redactie").get("/monitor/gemeenten/zwolle")).status).toBe(404);
    const before = cells("almelo", "2026-1");
    expect((await client("west").post("/monitor/gemeenten/almelo", { intent: "save", halfjaar: "2026-1", ...report(twente, "almelo") })).status).toBe(404);
    expect((await client("west").post("/regio/gemeenten/almelo", { naam: "Overgenomen", cbs: "GM0141", rijen: 0 })).status).toBe(404);
    expect(cells("almelo", "2026-1")).toEqual(before);
    expect(readDb(server.databasePath, (db) => db.prepare("SELECT name FROM municipalities WHERE slug = 'almelo'").get())).toEqual({ name: "Almelo" });
  });

  it("closing a half year or a noodknop item in one region does not touch the other", async () => {
    expect((await client("zwolle").post("/monitor/gemeenten/zwolle", { intent: "noodknop", reden: "Wachtlijst beschermd wonen loopt op." })).status).toBe(200);
    const westCall = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM emergency_calls WHERE reason LIKE 'Wachtlijst%'").get() as { id: number }).id);
    expect((await client("redactie").post("/monitor", { intent: "close-emergency", id: westCall, note: "Niet van ons" })).status).toBe(404);
    expect(mainText((await client("west").get("/monitor")).body)).toContain("Wachtlijst beschermd wonen loopt op.");
    expect(mainText((await client("redactie").get("/monitor")).body)).not.toContain("Wachtlijst");

    expect((await client("west").post("/monitor", { intent: "close-period", period: "2026-1" })).status).toBe(200);
    expect((await save("gemeente", "almelo", report(twente, "almelo"), "2026-1")).status).toBe(200);
    expect((await client("zwolle").post("/monitor/gemeenten/zwolle", { intent: "save", halfjaar: "2026-1", ...report(west, "zwolle") })).status).toBe(409);
  });

  it("a region's redactie edits its own municipalities' data; others may not", async () => {
    expect((await client("zwolle").get("/regio/gemeenten/zwolle")).status).toBe(403);
    const bad = await client("west").post("/regio/gemeenten/zwolle", { naam: "Zwolle", cbs: "0193", rijen: 2, "jaar-0": "2026", "huishoudens-0": "-3" });
    expect(bad.status, mainText(bad.body).slice(0, 300)).toBe(400);
    expect(field(bad.body, "cbs").error).toContain("GM met vier cijfers");
    const saved = await client("west").post("/regio/gemeenten/zwolle", { naam: "Zwolle", cbs: "gm0193", rijen: 2, "jaar-0": "2025", "huishoudens-0": "61000", "voorraad-0": "21000", "jaar-1": "2026", "huishoudens-1": "61800" });
    expect(saved.status).toBe(302);
    expect(readDb(server.databasePath, (db) => db.prepare("SELECT y.year, y.households, y.social_rental_stock AS stock FROM municipality_years y JOIN municipalities m ON m.id = y.municipality_id WHERE m.slug = 'zwolle' ORDER BY y.year").all())).toEqual([
      { year: 2025, households: 61000, stock: 21000 },
      { year: 2026, households: 61800, stock: null },
    ]);
    expect(mainText((await client("west").get("/regio")).body)).toContain("Zwolle (GM0193) · 2026: 61800 huishoudens");
  });

  it("the model pages and the sync socket of one region refuse the other region", async () => {
    expect((await client("redactie").get(`/modellen/${westModel}`)).status).toBe(403);
    expect((await client("west").get(`/modellen/${twenteModel}`)).status).toBe(403);
    expect((await client("west").get(`/modellen/${westModel}`)).status).toBe(200);
    const sockets: CollabClient[] = [
      collabClient(server.url, client("redactie").cookieHeader(), westModel),
      collabClient(server.url, client("west").cookieHeader(), twenteModel),
      collabClient(server.url, client("west").cookieHeader(), westModel),
    ];
    try {
      await expect(sockets[0]!.synced).rejects.toThrow(/geweigerd/);
      await expect(sockets[1]!.synced).rejects.toThrow(/geweigerd/);
      await sockets[2]!.synced;
      expect(sockets[2]!.doc.getXmlFragment(ORDINANCE_FRAGMENT).length).toBeGreaterThan(0);
    } finally {
      for (const s of sockets) s.destroy();
    }
  });
});
