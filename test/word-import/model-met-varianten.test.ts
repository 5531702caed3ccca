import { describe, expect, test } from "vitest";
import { parseModel, renderText } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { modelDocument } from "../../templates/model";
import { importWord, readDocx } from "../../word-import/index";

// The model met varianten imports back to the same structure (every variant is its own article, member or item) and
// text; its slot placeholders are offered as slot candidates, its variant captions and the guidance are named as
// unplaced, not dropped.

const model = parseModel(twenteModel as object);
type Json = { type: string; content?: Json[] };
const count = (node: Json, type: string): number => (node.type === type ? 1 : 0) + (node.content ?? []).reduce((n, c) => n + count(c, type), 0);
const body = (doc: Json) => doc.content!.find((c) => c.type === "body")!;

describe("importing the model met varianten", () => {
  test("gives the same structure, with slot placeholders as candidates", async () => {
    const parts = readDocx(await modelDocument(model, { title: "Urgentieverordening", regionName: "Twente", meta: { mark: null, versionLabel: "Modelversie 1, vastgezet op 1 december 2026" } }));
    if ("problem" in parts) throw new Error(parts.problem);
    const { model: imported, report } = importWord(parts);
    const back = parseModel(imported as object);
    const original = model.doc.toJSON() as Json;
    for (const type of ["chapter", "section", "article", "member", "item"]) expect(count(body(back.doc.toJSON() as Json), type), type).toBe(count(body(original), type));
    // The text: the model's own rendering, less its variant captions, is the imported model's rendering, apart from
    // the numbers: in the model the variants of one slot share a number, in the import (no slots yet) they follow on.
    const text = (doc: typeof model) =>
      renderText(doc, { includeTitle: false, includePreamble: false })
        .split("\n")
        .filter((l) => !/^\s*\[(Variant|Optioneel|Keuzelijst)\b/.test(l))
        .join("\n")
        .replace(/\d+/g, "#");
    expect(text(back)).toBe(text(model));
    const labels = [...model.slots.values()].filter((d) => d.kind !== "alternatives" && d.kind !== "optional" && d.kind !== "multiselect").map((d) => `[${d.label}]`);
    const candidates = new Set(report.slotCandidates.map((c) => c.text));
    // Every placeholder of a slot used in the body text is offered; those only in the notes or aanhef are too.
    expect(labels.filter((l) => candidates.has(l)).length).toBeGreaterThan(labels.length / 2);
    const reasons = new Set(report.unplaced.map((u) => u.reason.split(";")[0]));
    expect([...reasons].sort()).toEqual(["aankondiging van een variant of optionele bepaling", "advies bij de keuzemogelijkheden, geen deel van de regeling", "in de aanhef, maar geen herkend onderdeel ervan", "inhoudsopgave"].sort());
  });
});
