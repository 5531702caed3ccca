import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseModel, type OrdinanceModel } from "../../ordinance-model/index";
import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { seededDatabase } from "../support/db";
import { seedDatabase } from "../../db/seed/index";
import { getModelRow, listModels, type ModelRow } from "../../db/queries/models";
import { findMunicipalityBySlug, type Municipality } from "../../db/queries/regions";
import { writeChoice } from "../../db/queries/choices";
import { insertVersion } from "../../db/queries/consultation";
import { decisionProcess, markDefinitive } from "../../db/queries/decisions";
import { markGereed, moveToLatestDefinitive } from "../../db/queries/gereed";
import { DocumentRun, generateDocument, type DocumentKind } from "../../app/documents/generate.server";

// A municipality that is gereed gets its documents from the definitive version it is pinned to: a live edit changes
// nothing in them, nor does a newer definitive version until the municipality moves to it. One that is not gereed
// gets concepts from the latest definitive version.

let dir: string;
let db: Db;
let close: () => void;
let row: ModelRow;
let live: OrdinanceModel;
let almelo: Municipality;
let enschede: Municipality;
const EDIT = "Deze zin typte de werkgroep in de werkversie.";

beforeAll(async () => {
  ({ db, dir, close } = await seededDatabase("modelwerk-pinning-"));
  row = getModelRow(db, listModels(db, 1)[0]!.id)!;
  live = parseModel(row.document);
  almelo = findMunicipalityBySlug(db, row.regionId, "almelo")!;
  enschede = findMunicipalityBySlug(db, row.regionId, "enschede")!;
});
afterAll(() => close());

/** The live text with one sentence added to the first paragraph of the body that ends a sentence. */
function editedJson(): unknown {
  const json = structuredClone(row.document) as { type: string; attrs?: { id?: string }; content?: { type: string; text?: string }[] };
  let done = false;
  const visit = (node: typeof json) => {
    if (done) return;
    const last = node.content?.at(-1);
    if (node.type === "paragraph" && last?.type === "text" && last.text!.endsWith(".")) {
      node.content!.push({ type: "text", text: ` ${EDIT}` });
      done = true;
      return;
    }
    for (const child of (node.content ?? []) as (typeof json)[]) visit(child);
  };
  visit(json);
  return json;
}

async function parts(text: OrdinanceModel, m: Municipality, kind: DocumentKind) {
  const files = unzipSync((await generateDocument(new DocumentRun(db, row, text), { kind, municipality: m })).bytes);
  // Bookmark ids are numbered per process, not per document: they say nothing about the text.
  return { document: strFromU8(files["word/document.xml"]!).replace(/w:id="\d+"/g, 'w:id=""'), custom: strFromU8(files["docProps/custom.xml"] ?? new Uint8Array()), footer: Object.entries(files).filter(([n]) => n.startsWith("word/footer")).map(([, f]) => strFromU8(f)).join("") };
}

describe("pinning", () => {
  test("the demo has Almelo gereed against the definitive version; its documents name the version and are not concepts", async () => {
    const process = decisionProcess(db, row.id, almelo.id);
    expect(process.gereed).toBe(true);
    expect(process.pinnedVersion?.number).toBe(1);
    expect(process.councilMeetingDate).toBe("2027-02-08");
    const voorstel = await parts(live, almelo, "raadsvoorstel");
    expect(voorstel.document).toMatch(/Modelversie 1, vastgezet op \d+ \w+ \d{4}/);
    expect(voorstel.custom).toMatch(/Modelversie 1, vastgezet op/);
    expect(voorstel.footer).not.toContain("Concept");
    expect((await parts(live, enschede, "raadsbesluit")).footer).toContain("Concept");
  });

  test.each(["dinkelland", "hellendoorn"])("the demo has %s gereed too, with decision data for every document of its own", async (slug) => {
    const m = findMunicipalityBySlug(db, row.regionId, slug)!;
    const process = decisionProcess(db, row.id, m.id);
    expect(process.gereed).toBe(true);
    expect(process.pinnedVersion?.number).toBe(1);
    for (const kind of ["raadsbesluit", "raadsvoorstel", "adviesaanvraag-provincie", "adviesaanvraag-huurders"] as const) {
      const made = await parts(live, m, kind);
      expect(made.footer, `${slug} ${kind}`).not.toContain("Concept");
      expect(made.document, `${slug} ${kind}`).toContain(`Urgentieverordening ${m.name} 2027`);
    }
  });

  test("the joint advice letters speak for the three municipalities that are gereed, not for Enschede", async () => {
    for (const kind of ["adviesaanvraag-provincie", "adviesaanvraag-huurders"] as const) {
      const files = unzipSync((await generateDocument(new DocumentRun(db, row, live), { kind })).bytes);
      const letter = strFromU8(files["word/document.xml"]!);
      expect(letter, kind).toContain("Namens de gemeenten Almelo, Dinkelland en Hellendoorn");
      // Enschede is named only in the toelichting's list of the fourteen municipalities, never as a sender.
      expect(letter.split("Enschede").length - 1, kind).toBe(1);
      expect(letter, kind).not.toContain("wethouders van Enschede");
    }
  });

  test("documents built after a live edit are unchanged for a pinned municipality", async () => {
    const edited = parseModel(editedJson());
    for (const kind of ["raadsbesluit", "raadsvoorstel", "adviesaanvraag-provincie"] as const) {
      const [before, after] = [await parts(live, almelo, kind), await parts(edited, almelo, kind)];
      expect(after.document, kind).toBe(before.document);
      expect(after.document).not.toContain(EDIT);
    }
  });

  test("a newer definitive version changes the concepts at once, and a pinned municipality only once it moves", async () => {
    const edited = parseModel(editedJson());
    const pinnedBefore = (await parts(edited, almelo, "raadsbesluit")).document;
    const version = insertVersion(db, row.id, "Definitieve versie 2", editedJson(), null);
    markDefinitive(db, row.id, version, null);
    expect((await parts(edited, enschede, "raadsbesluit")).document).toContain(EDIT);
    expect((await parts(edited, almelo, "raadsbesluit")).document).toBe(pinnedBefore);
    expect(moveToLatestDefinitive(db, row.id, almelo.id, null)).toEqual([]);
    const moved = await parts(edited, almelo, "raadsbesluit");
    expect(moved.document).toContain(EDIT);
    // The demo has two versions already (the second marked after Borne's adoption, issue 15): this one is the third.
    expect(decisionProcess(db, row.id, almelo.id).pinnedVersion?.number).toBe(3);
  });

  test("gereed needs a motivation for every deviation", () => {
    // Hengelo keeps the regional text in the demo and is not gereed (Borne has adopted since issue 15).
    const hengelo = findMunicipalityBySlug(db, row.regionId, "hengelo")!;
    const def = live.slots.get("ordinanceYear")!;
    writeChoice(db, { modelId: row.id, municipalityId: hengelo.id, slotKey: "ordinanceYear", value: 2027, definition: def, seenVersion: 0, userId: null });
    expect(markGereed(db, row.id, hengelo.id, null)).toEqual([`Motiveer waarom de keuze “${def.label}” afwijkt van de regionale standaard.`]);
    expect(decisionProcess(db, row.id, hengelo.id).gereed).toBe(false);
  });
});

describe("without a definitive version", () => {
  test("no municipality can become gereed, and the documents are werkversies of the live text", async () => {
    const path = join(dir, "leeg.db");
    const empty = openDatabase(path);
    try {
      await seedDatabase(empty, { demo: false });
      const model = getModelRow(empty, listModels(empty, 1)[0]!.id)!;
      const m = findMunicipalityBySlug(empty, model.regionId, "almelo")!;
      expect(markGereed(empty, model.id, m.id, null)[0]).toContain("Er is nog geen definitieve versie");
      const files = unzipSync((await generateDocument(new DocumentRun(empty, model, parseModel(model.document)), { kind: "model" })).bytes);
      const footer = Object.entries(files).filter(([n]) => n.startsWith("word/footer")).map(([, f]) => strFromU8(f)).join("");
      expect(footer).toContain("Werkversie – niet voor besluitvorming");
    } finally {
      closeDatabase(empty);
    }
  });
});
