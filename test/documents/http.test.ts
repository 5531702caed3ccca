import { execFileSync } from "node:child_process";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { firstModelId, readDb, writeDb } from "../support/db";

// The documents through real HTTP: who may make which document (crafted requests included), the batch for all
// municipalities with its progress and zip, and the house-style upload with its Dutch refusals.

let server: TestServer;
let base: string;
const clients = new Map<keyof typeof DEMO_ACCOUNTS, Client>();
const client = (key: keyof typeof DEMO_ACCOUNTS) => clients.get(key)!;
const download = (query: string) => `${base}/download?${query}`;

beforeAll(async () => {
  server = await startServer();
  base = `/modellen/${firstModelId(server.databasePath)}/documenten`;
  await Promise.all((["redactie", "gemeente", "raad", "werkgroep"] as const).map(async (key) => clients.set(key, await loggedIn(server.url, DEMO_ACCOUNTS[key]))));
});
afterAll(() => server?.close());

async function bytes(c: Client, path: string): Promise<{ status: number; type: string | null; body: Uint8Array }> {
  const response = await fetch(new URL(path, server.url), { headers: { cookie: c.cookieHeader() } });
  return { status: response.status, type: response.headers.get("content-type"), body: new Uint8Array(await response.arrayBuffer()) };
}

async function upload(c: Client, slug: string, files: Record<string, Uint8Array<ArrayBuffer>>, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, data] of Object.entries(files)) form.append(name, new Blob([data]), `${name}.bin`);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(new URL(`${base}/huisstijl/${slug}`, server.url), { method: "POST", body: form, headers: { cookie: c.cookieHeader(), origin: server.url } });
  return { status: response.status, body: await response.text() };
}

// A 1×1 PNG: signature, IHDR, IDAT, IEND.
const PNG = Uint8Array.from(
  Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex"),
);

/** The 1×1 PNG with another width and height in its IHDR header. */
function pngOfSize(width: number, height: number): Uint8Array<ArrayBuffer> {
  const png = Uint8Array.from(PNG);
  const view = new DataView(png.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return png;
}

// A JPEG whose start-of-frame says 0 × 0 pixels: SOI, SOF0 (length 17, 8 bits, height 0, width 0, 3 components), EOI.
const JPEG_0X0 = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x00, 0x00, 0x00, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);

const CONTENT_TYPES = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const stylesDocx = (styles: string | Uint8Array) =>
  zipSync({ "[Content_Types].xml": CONTENT_TYPES, "word/styles.xml": [typeof styles === "string" ? strToU8(styles) : styles, { level: 9 }] }) as Uint8Array<ArrayBuffer>;

describe("access to documents", () => {
  test("municipal staff make their own municipality's documents and nothing else", async () => {
    const own = await bytes(client("gemeente"), download("soort=raadsbesluit&gemeente=almelo"));
    expect(own.status).toBe(200);
    expect(own.type).toContain("wordprocessingml");
    expect(Buffer.from(own.body.subarray(0, 2)).toString()).toBe("PK");
    for (const query of ["soort=raadsbesluit&gemeente=enschede", "soort=adviesaanvraag-provincie", "soort=model", "soort=nota&fase=1"]) {
      expect((await client("gemeente").get(download(query))).status, query).toBe(403);
    }
    expect((await client("gemeente").post(`${base}/alle`, {})).status).toBe(403);
    const page = await client("gemeente").get(base);
    expect(page.status).toBe(200);
    expect(page.body).toContain("gemeente-almelo");
    expect(page.body).not.toContain("gemeente-enschede");
    expect(page.body).not.toContain("Alle gemeenten en gezamenlijke documenten");
  });

  test("council members and the working group make no documents", async () => {
    for (const key of ["raad", "werkgroep"] as const) {
      expect((await client(key).get(download("soort=raadsbesluit&gemeente=almelo"))).status).toBe(403);
      expect((await client(key).get(download("soort=model"))).status).toBe(403);
    }
    expect((await client("werkgroep").get(base)).status).toBe(403);
  });

  test("a council member downloads the wijzigingen of their own municipality, and no other's", async () => {
    const version = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM versions ORDER BY id LIMIT 1").get() as { id: number }).id);
    const own = await bytes(client("raad"), download(`soort=wijzigingen&gemeente=almelo&van=${version}`));
    expect(own.status).toBe(200);
    expect(own.type).toContain("wordprocessingml");
    expect((await client("raad").get(download(`soort=wijzigingen&gemeente=enschede&van=${version}`))).status).toBe(403);
    expect((await client("raad").get(download(`soort=wijzigingen&van=${version}`))).status).toBe(403);
    // The page offers the council member only that: the changes form of Almelo, no documents, no house style.
    const page = await client("raad").get(base);
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="wijzigingen-almelo-van"');
    expect(page.body).not.toContain("gemeente-enschede");
    expect(page.body).not.toContain("soort=raadsbesluit");
  });

  test("redactie makes joint documents; an unknown kind or municipality is not found", async () => {
    const model = await bytes(client("redactie"), download("soort=model"));
    expect(model.status).toBe(200);
    expect((await client("redactie").get(download("soort=brief"))).status).toBe(404);
    expect((await client("redactie").get(download("soort=raadsbesluit&gemeente=zwolle"))).status).toBe(404);
    // The demo's Almelo is gereed: the joint letter speaks for Almelo only (Borne's council adopted already).
    const joint = await bytes(client("redactie"), download("soort=adviesaanvraag-provincie"));
    expect(joint.status).toBe(200);
    const letter = new TextDecoder().decode(unzipSync(joint.body)["word/document.xml"]);
    expect(letter).toContain("Namens de gemeente Almelo vragen wij u om advies");
    expect(letter).not.toContain("Almelo en Enschede");
  });
});

describe("decision data", () => {
  const page = (slug: string) => `/modellen/${firstModelId(server.databasePath)}/gemeenten/${slug}/besluitvorming`;

  test("is checked on the server with a Dutch message beside the field, keeping what was typed and storing nothing", async () => {
    const refused = await client("gemeente").post(page("almelo"), { intent: "data", councilDate: "2027-02-30", contactEmail: "geen-adres", proposalNumber: "RV-NIEUW" });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("Geef een datum als jjjj-mm-dd, bijvoorbeeld 2027-01-28.");
    expect(refused.body).toContain("Geef een e-mailadres, bijvoorbeeld naam@almelo.nl.");
    expect(refused.body).toContain('value="RV-NIEUW"');
    // Nothing of it was stored: the page still shows the recorded number.
    expect((await client("gemeente").get(page("almelo"))).body).toContain('value="RV-2027-014"');
  });

  test("is for the municipality's own staff and the redactie only", async () => {
    expect((await client("gemeente").get(page("enschede"))).status).toBe(403);
    expect((await client("gemeente").post(page("enschede"), { intent: "data", proposalNumber: "X" })).status).toBe(403);
    expect((await client("raad").get(page("almelo"))).status).toBe(403);
    expect((await client("redactie").get(page("enschede"))).status).toBe(200);
  });

  test("a document whose decision data is missing is refused with the list of what is missing", async () => {
    // Hengelo has no decision data in the demo (Borne, which this used, has it since issue 15).
    const refused = await client("redactie").get(download("soort=raadsbesluit&gemeente=hengelo"));
    expect(refused.status).toBe(409);
    for (const label of ["Registratienummer van het voorstel", "Datum van de raadsvergadering", "Griffier"]) expect(refused.body).toContain(`Hengelo, besluitvorming: “${label}” is nog niet ingevuld`);
    const listed = await client("redactie").get(base);
    expect(listed.body).toContain("kan nog niet worden gemaakt. Dit ontbreekt nog:");
    expect(listed.body).toContain("besluitvorming: “Datum van de raadsvergadering” is nog niet ingevuld");
  });
});

describe("the regional texts of the raadsvoorstel", () => {
  const path = () => `/modellen/${firstModelId(server.databasePath)}/raadsvoorstel`;
  const sections = ["samenvatting", "aanleiding", "beoogdEffect", "argumenten", "kanttekeningen", "financien", "communicatie", "uitvoering"];

  test("are the redactie's; an empty one is refused beside its field", async () => {
    expect((await client("gemeente").get(path())).status).toBe(403);
    expect((await client("gemeente").post(path(), { samenvatting: "x" })).status).toBe(403);
    const empty = await client("redactie").post(path(), Object.fromEntries(sections.map((k) => [k, k === "financien" ? " " : `Tekst ${k}.`])));
    expect(empty.status).toBe(400);
    expect(empty.body).toContain("Geef een regionale tekst voor “Financiën”");
    expect(empty.body).toContain("Tekst samenvatting.");
  });

  test("a new regional text reaches no pinned raadsvoorstel: the pin holds the texts of its version", async () => {
    const saved = await client("redactie").post(path(), Object.fromEntries(sections.map((k) => [k, `Nieuwe regionale tekst ${k}.`])));
    expect(saved.status).toBe(200);
    const docx = unzipSync((await bytes(client("gemeente"), download("soort=raadsvoorstel&gemeente=almelo"))).body);
    const xml = new TextDecoder().decode(docx["word/document.xml"]);
    expect(xml).not.toContain("Nieuwe regionale tekst");
    expect(xml).toContain("Met dit voorstel stelt de raad de urgentieverordening van Almelo vast.");
  });
});

describe("the batch for all municipalities", () => {
  test("reports progress and ends in a zip with the raadsbesluit and raadsvoorstel of every municipality that has its decision data", async () => {
    const started = await client("redactie").post(`${base}/alle`, {});
    expect(started.status).toBe(200);
    const { id, total } = JSON.parse(started.body) as { id: string; total: number };
    expect(total).toBe(28);
    // Another user cannot follow or download someone else's job.
    expect((await client("gemeente").get(`${base}/alle?taak=${id}`)).status).toBe(403);
    let progress = { done: 0, finished: false };
    for (let i = 0; i < 240 && !progress.finished; i++) {
      progress = JSON.parse((await client("redactie").get(`${base}/alle?taak=${id}`)).body);
      if (!progress.finished) await new Promise((r) => setTimeout(r, 250));
    }
    expect(progress).toMatchObject({ done: 28, finished: true });
    const zip = await bytes(client("redactie"), `${base}/alle?taak=${id}&zip=1`);
    expect(zip.type).toBe("application/zip");
    const files = unzipSync(zip.body);
    // Borne has complete decision data in the demo (issue 15: its council adopted), so its documents are made too.
    expect(Object.keys(files).sort()).toEqual([
      "niet-gemaakt.txt",
      "raadsbesluit-almelo.docx",
      "raadsbesluit-borne.docx",
      "raadsbesluit-enschede.docx",
      "raadsvoorstel-almelo.docx",
      "raadsvoorstel-borne.docx",
      "raadsvoorstel-enschede.docx",
    ]);
    expect(new TextDecoder().decode(files["niet-gemaakt.txt"])).toMatch(/^Wierden, raadsbesluit: .*Wierden, besluitvorming: “Datum van de raadsvergadering” is nog niet ingevuld/m);
  }, 120_000);
});

describe("house style", () => {
  test("a bad logo or Word file is refused with a Dutch message", async () => {
    const text = new TextEncoder().encode("geen plaatje");
    const badLogo = await upload(client("gemeente"), "almelo", { logo: text });
    expect(badLogo.body).toContain("Het logo is geen PNG- of JPEG-afbeelding");
    const badDocx = await upload(client("gemeente"), "almelo", { stylesDocx: text });
    expect(badDocx.body).toContain("Dit is geen Word-bestand (.docx) met stijlen");
    const badColour = await upload(client("gemeente"), "almelo", {}, { colour: "rood" });
    expect(badColour.body).toContain("Geef de kleur als #RRGGBB");
  });

  test.each([
    ["a PNG with height 0", { logo: pngOfSize(1, 0) }, "Het logo heeft geen bruikbare afmetingen"],
    ["a PNG with width 2³²−1", { logo: pngOfSize(2 ** 32 - 1, 1) }, "Het logo heeft geen bruikbare afmetingen"],
    ["a JPEG of 0×0", { logo: JPEG_0X0 }, "Het logo heeft geen bruikbare afmetingen"],
    [
      "a styles.xml with a DOCTYPE entity",
      { stylesDocx: stylesDocx(`<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa">]><w:styles ${W}><w:style w:styleId="&a;"/></w:styles>`) },
      "bevatten een DOCTYPE-declaratie",
    ],
    ["a styles.xml that is no XML", { stylesDocx: stylesDocx(`<w:styles ${W}><w:style>`) }, "geen geldige XML"],
    ["a styles.docx that unpacks to 40 MB", { stylesDocx: stylesDocx(new Uint8Array(40 * 1024 * 1024).fill(0x20)) }, "uitgepakt veel te groot"],
  ])("%s is refused with a Dutch message, and nothing is stored", async (_name, files, message) => {
    const stored = () => readDb(server.databasePath, (db) => db.prepare("SELECT h.* FROM house_styles h JOIN municipalities m ON m.id = h.municipality_id WHERE m.slug = 'almelo'").get());
    const before = stored();
    const res = await upload(client("gemeente"), "almelo", files, { font: "Georgia", colour: "#123456" });
    expect(res.status).toBe(200);
    const answer = JSON.parse(res.body);
    expect(answer).toMatchObject({ ok: false, values: { font: "Georgia", colour: "#123456" } });
    expect(Object.values(answer.errors).join(" ")).toContain(message);
    expect(stored()).toEqual(before);
  });

  test("a stored style that is bad (stored before these checks) falls back to the default and says so; the document is made", async () => {
    writeDb(server.databasePath, (db) => {
      const id = (db.prepare("SELECT id FROM municipalities WHERE slug = 'almelo'").get() as { id: number }).id;
      const doctype = stylesDocx(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><w:styles ${W}/>`);
      db.prepare("INSERT OR REPLACE INTO house_styles (municipality_id, logo, logo_type, styles_docx, updated_at) VALUES (?, ?, 'png', ?, ?)").run(
        id,
        Buffer.from(pngOfSize(1, 0)),
        Buffer.from(doctype),
        Date.now(),
      );
    });
    const document = await bytes(client("gemeente"), download("soort=raadsbesluit&gemeente=almelo"));
    expect(document.status).toBe(200);
    const docx = unzipSync(document.body);
    expect(Object.keys(docx).some((name) => name.startsWith("word/media/"))).toBe(false);
    expect(new TextDecoder().decode(docx["word/document.xml"])).not.toContain("NaN");
    const page = await client("gemeente").get(base);
    expect(page.body).toContain("De opgeslagen huisstijl is niet helemaal bruikbaar: het logo en de Word-stijlen.");
  });

  test("an upload above the server's global body limit gets the upload's own Dutch message, not the error page", async () => {
    const template = Uint8Array.from(execFileSync("pandoc", ["--print-default-data-file", "reference.docx"]));
    // 8 MB of a valid-looking file: over the upload's 7 MB and far over the global 1 MiB.
    const big = new Uint8Array(8 * 1024 * 1024);
    big.set(template);
    const res = await upload(client("gemeente"), "almelo", { stylesDocx: big }, { font: "Georgia" });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, errors: { stylesDocx: expect.stringContaining("te groot (meer dan 7 MB)") } });
  });

  test("only that municipality's staff or redactie may upload it", async () => {
    expect((await upload(client("gemeente"), "enschede", { logo: PNG })).status).toBe(403);
    expect((await upload(client("raad"), "almelo", { logo: PNG })).status).toBe(403);
  });

  test("a valid logo, font, colour and Word styles end up in the municipality's documents", async () => {
    // pandoc's own reference.docx stands in for a municipality's template: its styles include "FirstParagraph".
    const template = Uint8Array.from(execFileSync("pandoc", ["--print-default-data-file", "reference.docx"]));
    const ok = await upload(client("gemeente"), "almelo", { logo: PNG, stylesDocx: template }, { font: "Verdana", colour: "#aa0000" });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true });
    const docx = unzipSync((await bytes(client("gemeente"), download("soort=raadsbesluit&gemeente=almelo"))).body);
    expect(Object.keys(docx).some((name) => name.startsWith("word/media/"))).toBe(true);
    const styles = new TextDecoder().decode(docx["word/styles.xml"]);
    // The template's own styles govern (its Heading 1, once); the chosen colour fills in our styles it lacks.
    const heading1 = (xml: string) => xml.match(/<w:style\b[^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/g);
    expect(heading1(styles)).toEqual(heading1(new TextDecoder().decode(unzipSync(template)["word/styles.xml"])));
    expect(styles).toContain("aa0000");
    expect(styles).toContain('w:styleId="FirstParagraph"');
    expect(styles).toContain('w:styleId="Lid"');
  });
});
