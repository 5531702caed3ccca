import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseModel } from "../../ordinance-model/index";
import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { seedDatabase } from "../../db/seed/index";
import { getModelRow, listModels } from "../../db/queries/models";
import { findMunicipalityBySlug } from "../../db/queries/regions";
import { textInForce } from "../../app/adoption/adopted.server";
import { adoptionDocument } from "../../app/adoption/documents.server";
import { DocumentRun, generateDocument } from "../../app/documents/generate.server";
import { xmlParts, xmlProblem } from "../documents/ooxml";

// The documents of the demo's adoption (Borne, one amendment), read back as a griffier would: LibreOffice converts them
// to PDF, pandoc reads their text. The raadsbesluit of the amended text says "zoals geamendeerd" and lists the
// amendment; the documents page's raadsbesluit of an adopted municipality is that same one.

const run = promisify(execFile);
let dir: string;
let db: Db;
const plain = new Map<string, string>();
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-adoption-docs-"));
  db = openDatabase(file("modelwerk.db"));
  await seedDatabase(db, { demo: true });
  const row = getModelRow(db, listModels(db, 1)[0]!.id)!;
  const borne = findMunicipalityBySlug(db, row.regionId, "borne")!;
  const adoption = textInForce(db, row.id, borne)!;
  for (const kind of ["raadsbesluit", "tekst"] as const) writeFileSync(file(`${kind}.docx`), (await adoptionDocument(db, borne, adoption, kind, true)).bytes);
  const page = await generateDocument(new DocumentRun(db, row, parseModel(row.document)), { kind: "raadsbesluit", municipality: borne });
  writeFileSync(file("documentenpagina.docx"), page.bytes);
  const names = ["raadsbesluit.docx", "tekst.docx", "documentenpagina.docx"];
  await run("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--convert-to", "pdf", "--outdir", dir, ...names.map(file)], { timeout: 150_000 });
  for (const name of names) plain.set(name, (await run("pandoc", ["-t", "plain", "--wrap=none", file(name)])).stdout);
}, 240_000);
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

describe("the adopted documents", () => {
  test("are well-formed and convert to PDF", () => {
    for (const name of plain.keys()) {
      for (const [part, xml] of xmlParts(readFileSync(file(name)))) expect(xmlProblem(xml), `${name}: ${part}`).toBeNull();
      const pdf = file(name.replace(/\.docx$/, ".pdf"));
      expect(existsSync(pdf), name).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  test("the raadsbesluit says zoals geamendeerd, lists the amendment with what it changes, and holds the amended text", () => {
    const text = plain.get("raadsbesluit.docx")!;
    expect(text).toContain("besluit:");
    expect(text).toMatch(/vast te stellen de Urgentieverordening Borne 2026, zoals geamendeerd\./);
    expect(text).toContain("De raad heeft daarbij het volgende amendement aangenomen:");
    expect(text).toMatch(/Amendement A1: “Raad jaarlijks informeren over de hardheidsclausule” \(wijzigt artikel \d+, tweede lid\)\./);
    expect(text).toContain("informeert de raad jaarlijks over het aantal keren");
    expect(text).not.toContain("en neemt het aantal keren dat het die bepaling heeft toegepast op in de gegevens");
    expect(text).toContain("Borne, 26 november 2026, besluitnummer 2026-112");
    expect(text).toContain("Aldus vastgesteld in de openbare vergadering van 26 november 2026.");
  });

  test("the documents page gives the adopted raadsbesluit once the council adopted", () => {
    expect(plain.get("documentenpagina.docx")).toBe(plain.get("raadsbesluit.docx"));
  });

  test("the adopted text says by which decision it was adopted and which model version it follows, without aanhef", () => {
    const text = plain.get("tekst.docx")!;
    expect(text).toContain("Geldende tekst");
    expect(text).toContain("Vastgesteld bij besluit van de raad van 26 november 2026, nummer 2026-112, zoals geamendeerd.");
    expect(text).toMatch(/Volgt modelversie 1, vastgezet op/);
    expect(text).toContain("informeert de raad jaarlijks");
    expect(text).not.toContain("besluit:");
  });
});
