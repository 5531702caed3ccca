import fc from "fast-check";
import { expect, test } from "vitest";
import { parseModel, renderText, resolve, type OrdinanceModel } from "../../ordinance-model/index";
import { arbitraryChoices } from "../../ordinance-model/testing/arbitrary-choices";
import { fixtureModel } from "../../ordinance-model/testing/fixture-model";
import { twenteMunicipalities } from "../../ordinance-model/testing/municipalities";
import { twenteModel } from "../../db/seed/twente-model";
import { raadsbesluit } from "../../templates/raadsbesluit";
import { importWord, readDocx } from "../../word-import/index";

// The text invariant over generated ordinances (both seed-like models, any valid choices, any municipality): every
// word of the source's body is in the imported model, in order, apart from the numbers (ours are computed again)
// and the paragraphs the report names as unplaced or left out. The source side is read straight from the XML, not
// by the importer's own reader.

const models: OrdinanceModel[] = [parseModel(twenteModel as object), fixtureModel()];

/** Numbers at the start of a line; both sides lose them before comparing (the importer drops them, renderText adds ours). */
const numberAtStart = /^(?:(?:Artikel|Art\.|Hoofdstuk|Paragraaf)\s+[\dIVX]+(?:\.\d+)*[a-z]?\.?|\d+\.|[a-z]{1,2}\.|\d+°)(?:\s+|$)/;
const words = (lines: readonly string[]) => lines.map((l) => l.trim().replace(numberAtStart, "")).join(" ").split(/\s+/).filter(Boolean);

/** The body paragraphs of document.xml, by position, each as its text (deletions aside). */
function sourceParagraphs(documentXml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)![1]!;
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>|<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => (t[1] ?? "\t").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")).join(""),
  );
}

const decisionData = { proposalNumber: "2026-7", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" };

test("all body text of the source is in the imported model, in order, apart from numbers and what the report names", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(0, 1).chain((m) => fc.tuple(fc.constant(m), arbitraryChoices(models[m]!), fc.constantFrom(...twenteMunicipalities))),
      async ([m, choices, municipality]) => {
        const model = models[m]!;
        const resolved = resolve(model, choices, municipality);
        const parts = readDocx(await raadsbesluit({ resolved, data: decisionData }));
        if ("problem" in parts) throw new Error(parts.problem);
        const { model: imported, report } = importWord(parts);
        const named = new Set([...report.unplaced, ...report.leftOut].map((p) => p.position));
        const source = sourceParagraphs(parts.document).filter((_, i) => !named.has(i + 1));
        // The title loses "Raadsbesluit" (the report says so).
        expect(report.notes).toContain('"Raadsbesluit" voor de titel weggelaten');
        const expected = words(source).slice(1);
        const result = words(renderText(parseModel(imported as object)).split("\n"));
        expect(result).toEqual(expected);
      },
    ),
    { numRuns: 12 },
  );
}, 120_000);

// The same invariant once the redactie has placed the unplaced paragraphs: each one, wherever among its offered
// places it goes, is in the model at its place in the source's order; only the ones left out are missing.
test("with any assignment of the unplaced paragraphs, all text is in order apart from numbers and what is left out", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(0, 1).chain((m) => fc.tuple(fc.constant(m), arbitraryChoices(models[m]!), fc.array(fc.nat(), { minLength: 80, maxLength: 80 }))),
      async ([m, choices, picks]) => {
        const parts = readDocx(await raadsbesluit({ resolved: resolve(models[m]!, choices, twenteMunicipalities[0]!), data: decisionData }));
        if ("problem" in parts) throw new Error(parts.problem);
        const found = importWord(parts).report;
        const placements = Object.fromEntries(found.unplaced.map((u, i) => [u.position, u.options[picks[i % picks.length]! % u.options.length]!.placement]));
        // The signing lines can go to the last article or the toelichting: the property covers real assignments.
        expect(found.unplaced.some((u) => u.options.length > 1)).toBe(true);
        const { model: imported, report } = importWord(parts, "accept", { placements, candidates: {} });
        const placed = Object.entries(placements).filter(([, p]) => p !== "leaveOut").map(([position]) => Number(position));
        expect(report.assigned.map((a) => a.position).sort((a, b) => a - b)).toEqual(placed.sort((a, b) => a - b));
        expect(report.unplaced.every((u) => placements[u.position] === "leaveOut")).toBe(true);
        const named = new Set([...report.unplaced, ...report.leftOut].map((p) => p.position));
        const expected = words(sourceParagraphs(parts.document).filter((_, i) => !named.has(i + 1))).slice(1);
        expect(words(renderText(parseModel(imported as object)).split("\n"))).toEqual(expected);
      },
    ),
    { numRuns: 12 },
  );
}, 120_000);
