import { strToU8, zipSync } from "fflate";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, field, loggedIn, mainText } from "../support/http";
import { readDb } from "../support/db";
import { collabClient } from "../collab/support";
import { ORDINANCE_FRAGMENT } from "../../app/collab/ordinance-ydoc.server";
import { CONTENT_TYPES_XML, documentXml, para, wordFile } from "./word-file";
import { CONCEPT, conceptDocx } from "./concept";
import { importWord, readDocx } from "../../word-import/index";

// The page /modellen/nieuw over real HTTP: who may import, every bad file refused beside the field with nothing
// stored, the report and its decisions kept across reloads, and the model that comes into being only on confirmation.

const WEST_REDACTIE = "redactie.west-overijssel@modelwerk.test";
let server: TestServer;
const clients: Record<string, Client> = {};

beforeAll(async () => {
  server = await startServer();
  for (const [key, email] of Object.entries({ redactie: DEMO_ACCOUNTS.redactie, werkgroep: DEMO_ACCOUNTS.werkgroep, gemeente: DEMO_ACCOUNTS.gemeente, west: WEST_REDACTIE })) clients[key] = await loggedIn(server.url, email);
});
afterAll(() => server?.close());

const count = (table: string) => readDb(server.databasePath, (db) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);

async function upload(who: string, file: Uint8Array, fields: Record<string, string> = {}, name = "concept.docx") {
  const form = new FormData();
  form.set("bestand", new File([file as Uint8Array<ArrayBuffer>], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await fetch(`${server.url}/modellen/nieuw`, { method: "POST", body: form, headers: { cookie: clients[who]!.cookieHeader(), origin: server.url }, redirect: "manual" });
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
}

/** Uploads the concept and returns the report page's path. */
async function started(): Promise<string> {
  const res = await upload("redactie", conceptDocx());
  expect(res.status, res.body.slice(0, 300)).toBe(302);
  expect(res.location).toMatch(/^\/modellen\/nieuw\/\d+$/);
  return res.location!;
}

/** The form's fields as the page has them now: every select's chosen value and every checked radio. */
function formOf(html: string): Record<string, string> {
  const form: Record<string, string> = {};
  for (const m of html.matchAll(/<select\b[^>]*\sname="([^"]+)"/g)) form[m[1]!] = field(html, m[1]!).value ?? "";
  for (const m of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /\sname="([^"]+)"/.exec(m[0])?.[1];
    const value = /\svalue="([^"]*)"/.exec(m[0])?.[1] ?? "";
    if (!name) continue;
    if (/type="radio"/.test(m[0])) {
      if (/\schecked=""/.test(m[0])) form[name] = value;
    } else if (!/type="(file|submit)"/.test(m[0])) form[name] = value;
  }
  return form;
}
const candidateFields = (html: string) => [...new Set([...html.matchAll(/name="(kandidaat-[^"]+)"/g)].map((m) => m[1]!))];
const positionOf = (html: string, text: string) => Number(new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</blockquote>[\\s\\S]*?name="plaats-(\\d+)"`).exec(html)![1]);

describe("who may import", () => {
  test("the working group and municipal staff are refused, page and upload, and nothing is stored", async () => {
    const before = count("word_imports");
    for (const who of ["werkgroep", "gemeente"]) {
      expect((await clients[who]!.get("/modellen/nieuw")).status).toBe(403);
      expect((await upload(who, conceptDocx())).status).toBe(403);
    }
    expect(count("word_imports")).toBe(before);
  });

  test("the start page links the page for the redactie only", async () => {
    expect((await clients.redactie!.get("/")).body).toContain('href="/modellen/nieuw"');
    expect((await clients.werkgroep!.get("/")).body).not.toContain('href="/modellen/nieuw"');
  });

  test("the redactie of another region can neither read nor decide nor confirm an import of Twente", async () => {
    const path = await started();
    const id = Number(path.split("/").pop());
    expect((await clients.west!.get(path)).status).toBe(403);
    expect((await clients.werkgroep!.get(path)).status).toBe(403);
    expect((await clients.werkgroep!.post(path, { intent: "bevestigen", titel: "Overgenomen" })).status).toBe(403);
    for (const intent of ["bewaren", "bevestigen"]) expect((await clients.west!.post(path, { intent, titel: "Overgenomen" })).status).toBe(403);
    const row = readDb(server.databasePath, (db) => db.prepare("SELECT title, model_id FROM word_imports WHERE id = ?").get(id)) as { title: string; model_id: number | null };
    expect(row).toEqual({ title: CONCEPT.title, model_id: null });
    expect((await clients.redactie!.get("/modellen/nieuw/999999")).status).toBe(404);
  });
});

describe("bad files", () => {
  const docm = CONTENT_TYPES_XML.replace("officedocument.wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml");
  const huge = documentXml(para("x".repeat(8 * 1024 * 1024)));
  const encrypted = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)]);
  const cases: [string, Uint8Array, RegExp][] = [
    ["not a docx", strToU8("%PDF-1.7 geen Word"), /geen Word-bestand \(\.docx\)/],
    ["a zip without a Word document", zipSync({ "a.txt": strToU8("hallo") }), /geen Word-bestand \(\.docx\)/],
    ["encrypted", encrypted, /met een wachtwoord versleuteld/],
    [".docm with macros", wordFile({ "word/document.xml": documentXml(para("Artikel 1 Kop", { bold: true })) }, docm), /macro's/],
    ["a zip bomb", wordFile({ "word/document.xml": huge }), /pakt uit tot veel meer/],
    ["external entities", wordFile({ "word/document.xml": `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>${documentXml(para("&x;")).replace(/^<\?xml[^>]*>/, "")}` }), /DOCTYPE/],
    ["no ordinance in it", wordFile({ "word/document.xml": documentXml(para("Boodschappenlijst") + para("Melk en brood.")) }), /geen verordening te herkennen/],
    ["too large", new Uint8Array(21 * 1024 * 1024), /groter dan 20 MB/],
  ];

  test.each(cases)("%s: refused beside the field, nothing stored", async (name, file, message) => {
    const before = count("word_imports");
    const res = await upload("redactie", file, { wijzigingen: "reject" });
    expect(res.status).toBe(400);
    const bestand = field(res.body, "bestand");
    expect(bestand.invalid).toBe(true);
    expect(bestand.error).toMatch(message);
    // The choice of tracked changes is kept, except where the body was too large to be read at all.
    if (name !== "too large") expect(res.body).toMatch(/<input[^>]*id="wijzigingen-reject"[^>]*checked=""/);
    expect(res.body).not.toContain("Er ging iets mis");
    expect(count("word_imports")).toBe(before);
  });

  test("no file chosen", async () => {
    const form = new FormData();
    form.set("wijzigingen", "accept");
    const res = await fetch(`${server.url}/modellen/nieuw`, { method: "POST", body: form, headers: { cookie: clients.redactie!.cookieHeader(), origin: server.url } });
    expect(res.status).toBe(400);
    expect(field(await res.text(), "bestand").error).toBe("Kies een Word-bestand (.docx).");
  });
});

describe("the report and the decisions", () => {
  test("shows the structure, every unplaced paragraph with its position, candidates, comments and the table", async () => {
    const page = await clients.redactie!.get(await started());
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/data-testid="aantal-articles"[^>]*>2</);
    expect(page.body).toMatch(/data-testid="aantal-members"[^>]*>3</);
    const text = mainText(page.body);
    expect(text).toContain(CONCEPT.preambleLine);
    expect(text).toContain(CONCEPT.closingLine);
    expect(text).toContain(`Bij artikel 1, tweede lid: “${CONCEPT.comment}”`);
    expect(text).toMatch(/Tabel in blok 10: tabel niet geïmporteerd/);
    expect(text).toContain("“[naam gemeente]” in blok 1");
    expect(field(page.body, `plaats-${positionOf(page.body, CONCEPT.closingLine)}`).described.join(" ")).toMatch(/Niet geplaatst: ondertekening/);
  });

  test("confirming with a paragraph unassigned is refused beside it; what was chosen is kept, also after a reload", async () => {
    const path = await started();
    const models = count("models");
    const page = (await clients.redactie!.get(path)).body;
    const closing = positionOf(page, CONCEPT.closingLine);
    const form = { ...formOf(page), titel: "Urgentieverordening Twente", [`plaats-${closing}`]: "member", intent: "bevestigen" };
    for (const name of candidateFields(page)) form[name] = "negeren";
    const refused = await clients.redactie!.post(path, form);
    expect(refused.status).toBe(400);
    const preamble = positionOf(page, CONCEPT.preambleLine);
    expect(field(refused.body, `plaats-${preamble}`).error).toBe("Kies een plaats voor deze alinea, of bevestig dat die wegblijft.");
    expect(mainText(refused.body)).toContain("Het model is nog niet gemaakt: 1 alinea wacht op een plaats.");
    expect(count("models")).toBe(models);
    const reloaded = (await clients.redactie!.get(path)).body;
    expect(field(reloaded, `plaats-${closing}`).value).toBe("member");
    expect(field(reloaded, "titel").value).toBe("Urgentieverordening Twente");
    expect(reloaded).toMatch(new RegExp(`<input[^>]*id="${candidateFields(page)[0]}-negeren"[^>]*checked=""`));
  });

  test("a candidate left undecided is refused beside it", async () => {
    const path = await started();
    const page = (await clients.redactie!.get(path)).body;
    const form: Record<string, string> = { ...formOf(page), intent: "bevestigen" };
    for (const key of Object.keys(form)) if (key.startsWith("plaats-")) form[key] = "leaveOut";
    const refused = await clients.redactie!.post(path, form);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/id="kandidaat-1-0-fout"[^>]*>Kies of dit een keuzemogelijkheid wordt\./);
  });

  test("confirming makes the model once, with fresh unique ids, its slot and phases; the editor and the sync socket open it", async () => {
    const path = await started();
    const page = (await clients.redactie!.get(path)).body;
    const form: Record<string, string> = { ...formOf(page), titel: "Urgentieverordening uit Word", intent: "bevestigen" };
    form[`plaats-${positionOf(page, CONCEPT.closingLine)}`] = "member";
    form[`plaats-${positionOf(page, CONCEPT.preambleLine)}`] = "preamble";
    for (const name of candidateFields(page)) form[name] = "slot";
    for (const key of Object.keys(form)) if (key.startsWith("label-")) form[key] = "Naam gemeente";
    const done = await clients.redactie!.post(path, form);
    expect(done.status, mainText(done.body)).toBe(302);
    const modelId = Number(/^\/modellen\/(\d+)$/.exec(done.location!)![1]);
    const row = readDb(server.databasePath, (db) => db.prepare("SELECT m.title, r.slug, m.document FROM models m JOIN regions r ON r.id = m.region_id WHERE m.id = ?").get(modelId)) as { title: string; slug: string; document: string };
    expect([row.title, row.slug]).toEqual(["Urgentieverordening uit Word", "twente"]);
    const ids = [...row.document.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(8);
    expect(new Set(ids).size).toBe(ids.length);
    // None of the ids the import itself gives (art-1, art-1-lid-2, …).
    const parts = readDocx(conceptDocx());
    if ("problem" in parts) throw new Error(parts.problem);
    const own = [...JSON.stringify(importWord(parts).model).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!);
    expect(own.length).toBeGreaterThan(8);
    expect(ids.filter((id) => own.includes(id))).toEqual([]);
    const others = readDb(server.databasePath, (db) => db.prepare("SELECT document FROM models WHERE id != ?").all(modelId)) as { document: string }[];
    expect(ids.filter((id) => others.some((o) => o.document.includes(`"${id}"`)))).toEqual([]);
    expect(row.document).toContain('"slot":"naamGemeente"');
    expect(readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM phases WHERE model_id = ?").get(modelId) as { n: number }).n)).toBe(8);

    const view = await clients.redactie!.get(`/modellen/${modelId}`);
    expect(mainText(view.body)).toContain(CONCEPT.closingLine);
    expect(mainText(view.body)).toContain(CONCEPT.preambleLine);
    const editor = await clients.redactie!.get(`/modellen/${modelId}/bewerken`);
    expect(editor.status).toBe(200);
    expect(mainText(editor.body)).toContain("De aanvraag wordt schriftelijk ingediend.");
    const sync = collabClient(server.url, clients.redactie!.cookieHeader(), modelId);
    try {
      await sync.synced;
      const articleIds: string[] = [];
      const walk = (node: Y.XmlFragment | Y.XmlElement) => node.toArray().forEach((c) => c instanceof Y.XmlElement && (c.nodeName === "article" && articleIds.push(String(c.getAttribute("id"))), walk(c)));
      walk(sync.doc.getXmlFragment(ORDINANCE_FRAGMENT));
      expect(articleIds).toHaveLength(2);
      expect(articleIds.every((id) => ids.includes(id))).toBe(true);
    } finally {
      sync.destroy();
    }

    const again = await clients.redactie!.post(path, form);
    expect(again.status).toBe(400);
    expect(mainText(again.body)).toContain("Dit model is al gemaakt.");
    expect(mainText((await clients.redactie!.get(path)).body)).toContain("Het model is gemaakt");
    // The report, with the comments from Word, stays reachable from the page where the import began.
    const start = (await clients.redactie!.get("/modellen/nieuw")).body;
    expect(start).toContain(`href="/modellen/${modelId}"`);
    expect(start).toContain(`href="${path}"`);
    expect(readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM models WHERE title = 'Urgentieverordening uit Word'").get() as { n: number }).n)).toBe(1);
  });
});

describe("replacing the working draft of a model", () => {
  const TWENTE_MODEL = 1;
  const scalar = (sql: string, ...args: unknown[]) => readDb(server.databasePath, (db) => (db.prepare(sql).get(...args) as { n: number }).n);
  const updates = (modelId: number) => scalar("SELECT count(*) AS n FROM model_updates WHERE model_id = ?", modelId);

  /** An import with every decision made (candidates dismissed), and the form that replaces model `modelId`'s draft. */
  async function decided(who = "redactie", modelId = TWENTE_MODEL) {
    const res = await upload(who, conceptDocx());
    expect(res.status).toBe(302);
    const path = res.location!;
    const page = (await clients[who]!.get(path)).body;
    const form: Record<string, string> = { ...formOf(page), intent: "vervangen", model: String(modelId), begrepen: "ja" };
    form[`plaats-${positionOf(page, CONCEPT.closingLine)}`] = "member";
    form[`plaats-${positionOf(page, CONCEPT.preambleLine)}`] = "preamble";
    for (const name of candidateFields(page)) form[name] = "negeren";
    return { path, page, form };
  }

  const articleIdsOf = (doc: Y.Doc) => {
    const ids: string[] = [];
    const walk = (node: Y.XmlFragment | Y.XmlElement) => node.toArray().forEach((c) => c instanceof Y.XmlElement && (c.nodeName === "article" && ids.push(String(c.getAttribute("id"))), walk(c)));
    walk(doc.getXmlFragment(ORDINANCE_FRAGMENT));
    return ids;
  };

  test("a model of another region is refused (403), and so is every role but the redactie; nothing is replaced", async () => {
    // A model of West-Overijssel, made from Word by its own redactie.
    const west = await decided("west");
    const made = await clients.west!.post(west.path, { ...west.form, intent: "bevestigen", titel: "West uit Word" });
    expect(made.status, mainText(made.body)).toBe(302);
    const westModel = Number(/^\/modellen\/(\d+)$/.exec(made.location!)![1]);

    const { path, form } = await decided();
    const before = { twente: updates(TWENTE_MODEL), west: updates(westModel) };
    expect((await clients.redactie!.post(path, { ...form, model: String(westModel) })).status).toBe(403);
    for (const who of ["werkgroep", "gemeente", "west"]) expect((await clients[who]!.post(path, form)).status, who).toBe(403);
    expect({ twente: updates(TWENTE_MODEL), west: updates(westModel) }).toEqual(before);
    expect(readDb(server.databasePath, (db) => db.prepare("SELECT model_id, replaced_draft FROM word_imports WHERE id = ?").get(Number(path.split("/").pop())))).toEqual({ model_id: null, replaced_draft: 0 });
  });

  test("without the confirmation, or without a model, nothing is replaced and the refusal stands beside the field", async () => {
    const { path, form } = await decided();
    const before = updates(TWENTE_MODEL);
    const unconfirmed = await clients.redactie!.post(path, { ...form, begrepen: "" });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body).toMatch(/id="begrepen-fout"[^>]*>Bevestig dat u begrijpt dat de werkversie wordt vervangen\./);
    const noModel = await clients.redactie!.post(path, { ...form, model: "999999" });
    expect(noModel.status).toBe(400);
    expect(noModel.body).toMatch(/id="model-fout"[^>]*>Kies het model waarvan de werkversie wordt vervangen\./);
    expect(updates(TWENTE_MODEL)).toBe(before);
  });

  test("the report names the slots that would be gone, with how many municipalities chose for each", async () => {
    const { page } = await decided();
    const list = page.slice(page.indexOf(`id="model-${TWENTE_MODEL}-vervallen"`)).split("</ul>")[0]!;
    const chosenSlots = scalar("SELECT count(DISTINCT slot_key) AS n FROM choices WHERE model_id = ?", TWENTE_MODEL);
    expect(chosenSlots).toBeGreaterThan(0);
    expect([...list.matchAll(/<li\b/g)].length).toBe(chosenSlots);
    const busiest = readDb(server.databasePath, (db) => db.prepare("SELECT slot_key AS key, count(DISTINCT municipality_id) AS n FROM choices WHERE model_id = ? GROUP BY slot_key ORDER BY n DESC LIMIT 1").get(TWENTE_MODEL)) as { key: string; n: number };
    expect(list.replace(/<[^>]+>/g, "")).toContain(`gekozen door ${busiest.n} gemeenten`);
  });

  test("a model nobody has open is replaced too: the stored text is the new one, and an editor who connects later gets it", async () => {
    const first = await decided();
    const made = await clients.redactie!.post(first.path, { ...first.form, intent: "bevestigen", titel: "Nog niet bewerkt" });
    expect(made.status, mainText(made.body)).toBe(302);
    const modelId = Number(/^\/modellen\/(\d+)$/.exec(made.location!)![1]);
    const madeIds = [...(readDb(server.databasePath, (db) => db.prepare("SELECT document FROM models WHERE id = ?").get(modelId)) as { document: string }).document.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!);
    const { path, form } = await decided("redactie", modelId);
    const done = await clients.redactie!.post(path, form);
    expect(done.status, mainText(done.body)).toBe(302);
    expect(updates(modelId)).toBeGreaterThan(0);
    const sync = collabClient(server.url, clients.redactie!.cookieHeader(), modelId);
    try {
      await sync.synced;
      const ids = articleIdsOf(sync.doc);
      expect(ids).toHaveLength(2);
      expect(ids.filter((id) => madeIds.includes(id))).toEqual([]);
    } finally {
      sync.destroy();
    }
    const view = mainText((await clients.redactie!.get(`/modellen/${modelId}`)).body);
    expect(view).toContain("De aanvraag wordt schriftelijk ingediend.");
  });

  test("a connected editor sees the imported articles at once; versions and comments stay; a freeze afterwards holds the new text", async () => {
    const counts = () => ({ versions: scalar("SELECT count(*) AS n FROM versions WHERE model_id = ?", TWENTE_MODEL), comments: scalar("SELECT count(*) AS n FROM comments c JOIN phases p ON p.id = c.phase_id WHERE p.model_id = ?", TWENTE_MODEL), choices: scalar("SELECT count(*) AS n FROM choices WHERE model_id = ?", TWENTE_MODEL) });
    const before = counts();
    const sync = collabClient(server.url, clients.werkgroep!.cookieHeader(), TWENTE_MODEL);
    try {
      await sync.synced;
      const old = articleIdsOf(sync.doc);
      expect(old.length).toBeGreaterThan(10);
      const { path, form } = await decided();
      const replaced = new Promise<string[]>((resolve) => {
        const check = () => {
          const ids = articleIdsOf(sync.doc);
          if (ids.length === 2) resolve(ids);
        };
        sync.doc.on("update", check);
        check();
      });
      const done = await clients.redactie!.post(path, form);
      expect(done.status, mainText(done.body)).toBe(302);
      expect(done.location).toBe(path);
      const ids = await replaced;
      expect(ids.filter((id) => old.includes(id))).toEqual([]);
      expect(sync.doc.getXmlFragment(ORDINANCE_FRAGMENT).toString()).toContain("De aanvraag wordt schriftelijk ingediend.");
      expect(sync.closeCodes).toEqual([]);

      const report = mainText((await clients.redactie!.get(path)).body);
      expect(report).toContain("is vervangen door de tekst uit dit bestand");
      expect(report).toContain("Zet de nieuwe tekst vast als versie");
      expect((await clients.redactie!.post(path, form)).status).toBe(400);
      expect(counts()).toEqual(before);

      const frozen = await clients.redactie!.post(`/modellen/${TWENTE_MODEL}/versies`, { name: "Uit Word" });
      expect(frozen.status, mainText(frozen.body)).toBe(302);
      const version = readDb(server.databasePath, (db) => db.prepare("SELECT document FROM versions WHERE model_id = ? ORDER BY id DESC LIMIT 1").get(TWENTE_MODEL)) as { document: string };
      for (const id of ids) expect(version.document).toContain(`"id":"${id}"`);
      expect(version.document).toContain("De aanvraag wordt schriftelijk ingediend.");
      expect(counts()).toEqual({ ...before, versions: before.versions + 1 });
    } finally {
      sync.destroy();
    }
  });
});
