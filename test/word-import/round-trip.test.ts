import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lintDrafting, parseModel, renderHtml, renderText, resolve, type ResolvedOrdinance } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { raadsbesluit } from "../../templates/raadsbesluit";
import { importWord, readDocx } from "../../word-import/index";

// The raadsbesluit Modelwerk makes, imported back: the same chapters, articles, members, items, definitions, notes and
// references, and the same text, numbers included (ours are computed again from the structure found). Another
// producer too: pandoc turning the HTML rendering into Word (Heading styles, no named member styles), and LibreOffice
// saving the raadsbesluit as ODT and that again as Word (its own styles and XML).

const model = parseModel(twenteModel as object);
const almelo = resolve(model, { objectionAdvice: "college" }, { name: "Almelo", slug: "almelo" });

async function importedRaadsbesluit(resolved: ResolvedOrdinance) {
  const parts = readDocx(await raadsbesluit({ resolved, data: { proposalNumber: "2026-1", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" } }));
  if ("problem" in parts) throw new Error(parts.problem);
  return importWord(parts);
}

type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string };
/** The tree as node types only: the structure, without ids. */
const shape = (node: Json): unknown => (node.type === "text" ? "text" : [node.type, ...(node.content ?? []).filter((c) => c.type !== "text" && c.type !== "reference").map(shape)]);
const section = (doc: Json, type: string) => doc.content!.find((c) => c.type === type)!;
/** The citations of national law in a part, in order: law, article, member and words (a suggestion is no part of Word). */
const lawReferences = (node: Json): unknown[] => (node.type === "lawReference" ? [{ ...node.attrs, suggestion: undefined }] : (node.content ?? []).flatMap(lawReferences));
const count = (node: Json, type: string): number => (node.type === type ? 1 : 0) + (node.content ?? []).reduce((n, c) => n + count(c, type), 0);

describe("importing the raadsbesluit Modelwerk makes", () => {
  test("gives back the same structure, text and references", async () => {
    const { model: imported, report } = await importedRaadsbesluit(almelo);
    expect(imported).not.toBeNull();
    const back = parseModel(imported as object);
    const original = almelo.doc.toJSON() as Json;
    expect(shape(section(imported as Json, "body"))).toEqual(shape(section(original, "body")));
    expect(shape(section(imported as Json, "notes"))).toEqual(shape(section(original, "notes")));
    expect(count(section(imported as Json, "body"), "reference")).toBe(count(section(original, "body"), "reference"));
    expect(report.references.unresolved).toEqual([]);
    // Each citation of national law comes back from its hyperlink, with the same law, article, member and words.
    for (const part of ["preamble", "body", "notes"]) expect(lawReferences(section(imported as Json, part))).toEqual(lawReferences(section(original, part)));
    expect(report.references.lawLinked).toBe(count(original, "lawReference"));
    expect(count(original, "lawReference")).toBeGreaterThan(10);
    expect(report.references.otherLinks).toEqual([]);
    // Merged references come back as one node per provision, and the comma closing a reference is the model's own.
    expect(lintDrafting(back.doc).filter((e) => e.code === "reference-punctuation" || e.code === "reference-merge")).toEqual([]);
    const body = (doc: ResolvedOrdinance | typeof back) => renderText(doc, { includeTitle: false, includePreamble: false });
    expect(body(back)).toBe(body(almelo));
    expect(report.title).toBe(almelo.doc.firstChild!.textContent);
    expect(report.structure.articles).toBe(count(original, "article"));
    expect(report.structure.definitions).toBeGreaterThan(5);
    // Only what surrounds the ordinance is left over, and it is named, not dropped: the place and date of the decision,
    // the table of contents (its heading and one linked entry per chapter, paragraaf, article and part of the
    // toelichting) and the slotformulier (its sentence and the table with chair and griffier side by side).
    const contents = report.unplaced.filter((u) => u.reason.startsWith("inhoudsopgave")).map((u) => u.text);
    const headings = (type: string) => count(original, type);
    expect(contents[0]).toBe("Inhoud");
    expect(contents.slice(1).filter((t) => /^Hoofdstuk \d+ /.test(t))).toHaveLength(headings("chapter"));
    expect(contents.slice(1).filter((t) => /^Paragraaf \d+\.\d+ /.test(t))).toHaveLength(headings("section"));
    expect(contents.slice(1).filter((t) => /^Artikel \d+ /.test(t))).toHaveLength(headings("article"));
    expect(contents.slice(-3)).toEqual(["Toelichting", "Algemeen deel", "Artikelsgewijze toelichting"]);
    expect(report.unplaced.filter((u) => !u.reason.startsWith("inhoudsopgave")).map((u) => u.text)).toEqual([
      "Almelo, 14 december 2026",
      expect.stringMatching(/^Aldus vastgesteld in de openbare vergadering van 14 december 2026/),
      expect.stringMatching(/^De voorzitter,.*A\. Burgemeester.*De griffier,.*G\. Griffier$/),
    ]);
    expect(report.leftOut).toEqual([]);
  });

  test("recognises the aanhef by its words", async () => {
    const { model: imported } = await importedRaadsbesluit(almelo);
    const roles = section(imported as Json, "preamble").content!.map((c) => c.attrs!.role);
    const originalRoles = (almelo.doc.toJSON() as Json).content!.find((c) => c.type === "preamble")!.content!.map((c) => c.attrs!.role);
    expect(roles).toEqual(originalRoles);
  });
});

/** Import a Word file and compare its body and notes with the Almelo ordinance, as text. */
function expectSameText(docx: Uint8Array) {
  const parts = readDocx(docx);
  if ("problem" in parts) throw new Error(parts.problem);
  const { model: imported, report } = importWord(parts);
  const body = (doc: ResolvedOrdinance | ReturnType<typeof parseModel>) => renderText(doc, { includeTitle: false, includePreamble: false });
  expect(body(parseModel(imported as object))).toBe(body(almelo));
  expect(report.references.unresolved).toEqual([]);
  // The links to wetten.overheid.nl survive the other producer: each citation of national law is a law reference again.
  for (const part of ["preamble", "body", "notes"]) expect(lawReferences(section(imported as Json, part))).toEqual(lawReferences(section(almelo.doc.toJSON() as Json, part)));
  return report;
}

describe("importing what another producer made", () => {
  test("LibreOffice's docx, saved from its ODT of the raadsbesluit, gives the same text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modelwerk-lo-"));
    const soffice = (to: string, file: string, out: string) =>
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", to, "--outdir", join(dir, out), file], { timeout: 120_000, stdio: "ignore" });
    try {
      writeFileSync(join(dir, "rb.docx"), await raadsbesluit({ resolved: almelo, data: { proposalNumber: "2026-1", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" } }));
      soffice("odt", join(dir, "rb.docx"), "odt");
      soffice("docx", join(dir, "odt", "rb.odt"), "back");
      const report = expectSameText(readFileSync(join(dir, "back", "rb.docx")));
      expect(new Set(report.unplaced.map((u) => u.reason.split(/[;,]/)[0]))).toEqual(new Set(["plaats en datum van het besluit", "inhoudsopgave", "ondertekening"]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("pandoc's docx from the HTML rendering gives the same text", () => {
    const dir = mkdtempSync(join(tmpdir(), "modelwerk-pandoc-"));
    try {
      writeFileSync(join(dir, "in.html"), renderHtml(almelo));
      execFileSync("pandoc", ["-f", "html", "-t", "docx", "-o", join(dir, "out.docx"), join(dir, "in.html")]);
      expect(expectSameText(readFileSync(join(dir, "out.docx"))).unplaced).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
