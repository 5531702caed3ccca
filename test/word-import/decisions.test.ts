import { describe, expect, test } from "vitest";
import { parseModel, renderText } from "../../ordinance-model/index";
import { importWord, readDocx, undecided, withFreshIds, type Json } from "../../word-import/index";
import { CONCEPT, conceptDocx } from "./concept";
import { documentXml, para, wordFile } from "./word-file";

// What the redactie decides on the report page, applied by the importer: places for unplaced paragraphs, candidates
// turned into slots, fresh ids; and the comments named with the provision they are about.

const parts = readDocx(conceptDocx());
if ("problem" in parts) throw new Error(parts.problem);
const found = importWord(parts).report;
const at = (text: string) => found.unplaced.find((u) => u.text === text)!;

const ids = (node: Json, out: string[] = []): string[] => {
  if (typeof node.attrs?.id === "string") out.push(node.attrs.id);
  for (const child of node.content ?? []) ids(child, out);
  return out;
};

describe("placing what the import could not place", () => {
  test("each unplaced paragraph is offered the places that keep the source's order", () => {
    expect(at(CONCEPT.preambleLine).options.map((o) => o.placement)).toEqual(["leaveOut", "preamble"]);
    expect(at(CONCEPT.closingLine).options.map((o) => [o.placement, o.label])).toEqual([
      ["leaveOut", "Weglaten: dit hoort niet in de regeling"],
      ["member", "Als nieuw lid van artikel 2 (Inwerkingtreding)"],
      ["paragraph", "Als alinea bij het laatste lid van artikel 2 (Inwerkingtreding)"],
    ]);
    expect(undecided(found, { placements: {}, candidates: {} }).paragraphs).toHaveLength(2);
  });

  test("an assigned paragraph is in the model where the redactie put it; one left out is decided", () => {
    const placements = { [at(CONCEPT.closingLine).position]: "member", [at(CONCEPT.preambleLine).position]: "leaveOut" } as const;
    const { model, report } = importWord(parts, "accept", { placements, candidates: {} });
    const text = renderText(parseModel(model as object));
    expect(text).toMatch(new RegExp(`Artikel 2 Inwerkingtreding\\n+1\\. Deze verordening[^\\n]*\\n+2\\. ${CONCEPT.closingLine}`));
    expect(text).not.toContain(CONCEPT.preambleLine);
    expect(report.assigned.map((a) => a.text)).toEqual([CONCEPT.closingLine]);
    expect(undecided(report, { placements, candidates: {} }).paragraphs).toEqual([]);
  });

  test("a place that is not offered there is ignored: the paragraph stays unplaced", () => {
    const { report } = importWord(parts, "accept", { placements: { [at(CONCEPT.preambleLine).position]: "member" }, candidates: {} });
    expect(report.unplaced.map((u) => u.text)).toContain(CONCEPT.preambleLine);
  });
});

describe("slot candidates", () => {
  const [inTitle, inPreamble] = found.slotCandidates;

  test("a confirmed candidate becomes a slot value where it stood; one label is one slot", () => {
    expect([inTitle!.text, inPreamble!.text]).toEqual(["[naam gemeente]", "[naam gemeente]"]);
    expect([inTitle!.context, inPreamble!.context]).toEqual([CONCEPT.title, "De raad van de gemeente [naam gemeente];"]);
    const candidates = { [inTitle!.key]: { slot: true, label: "Naam gemeente" }, [inPreamble!.key]: { slot: true, label: "Naam gemeente" } } as const;
    const { model } = importWord(parts, "accept", { placements: {}, candidates });
    const parsed = parseModel(model as object);
    expect([...parsed.slots.values()].map((d) => [d.key, d.kind, d.label])).toEqual([["naamGemeente", "text", "Naam gemeente"]]);
    const json = JSON.stringify(model);
    expect(json.match(/"slotValue","attrs":\{"slot":"naamGemeente"\}/g)).toHaveLength(2);
    // Only the slot's guidance still quotes the placeholder.
    expect(JSON.stringify(model!.content!.slice(0, 4))).not.toContain("[naam gemeente]");
  });

  test("a dismissed candidate stays text, and counts as decided", () => {
    const candidates = { [inTitle!.key]: { slot: false }, [inPreamble!.key]: { slot: true, label: "Gemeente" } } as const;
    const { model, report } = importWord(parts, "accept", { placements: {}, candidates });
    expect((model!.content![0]!.content ?? []).map((n) => n.text ?? n.type).join("")).toBe(CONCEPT.title);
    expect(undecided(report, { placements: {}, candidates }).candidates).toEqual([]);
  });
});

describe("the model that comes into being", () => {
  test("gets fresh ids: unique, none of the import's own, and references and notes follow them", () => {
    const { model } = importWord(parts);
    const before = ids(model!);
    const first = withFreshIds(model!);
    const second = withFreshIds(model!);
    const fresh = ids(first);
    expect(new Set(fresh).size).toBe(fresh.length);
    expect(fresh.filter((id) => before.includes(id) || ids(second).includes(id))).toEqual([]);
    const parsed = parseModel(first as object);
    expect(renderText(parsed)).toBe(renderText(parseModel(model as object)));
  });
});

describe("comments", () => {
  test("are named with the provision they were made on", () => {
    const { model, report } = importWord(parts);
    const comment = report.leftOut.find((l) => l.kind === "comment")!;
    expect(comment.text).toBe(CONCEPT.comment);
    expect(comment.provision).toBe("art-1-lid-2");
    expect(JSON.stringify(model)).toContain('"id":"art-1-lid-2"');
  });
});

describe("Word lists", () => {
  test("an article list that starts at 5 gives articles 5 and 6, which references and notes find", () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Artikel %1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const list = { list: { numId: 1 } };
    const body = [para("Verordening"), para("Eerste", list), para("Tekst."), para("Tweede", list), para("Zie artikel 5."), para("Toelichting", { bold: true }), para("Artikelsgewijze toelichting", { bold: true }), para("Artikel 6 Tweede", { bold: true }), para("Uitleg.")].join("");
    const words = readDocx(wordFile({ "word/document.xml": documentXml(body), "word/numbering.xml": numbering }));
    if ("problem" in words) throw new Error(words.problem);
    const { model, report } = importWord(words);
    expect(report.references.resolved).toBe(1);
    expect(JSON.stringify(model)).toContain('"type":"reference","attrs":{"target":"art-1"}');
    expect(JSON.stringify(model)).toContain('"type":"articleNote","attrs":{"id":"toel-1","article":"art-2"');
  });
});

describe("placing in the toelichting", () => {
  test("a note on an article that is not there may join the note before it, and stays in order", () => {
    const body = [
      para("Verordening"),
      para("Artikel 1 Aanvraag", { bold: true }),
      para("Tekst."),
      para("Toelichting", { bold: true }),
      para("Artikelsgewijze toelichting", { bold: true }),
      para("Artikel 1 Aanvraag", { bold: true }),
      para("Uitleg bij de aanvraag."),
      para("Artikel 9 Vervallen", { bold: true }),
      para("Dit artikel is vervallen."),
    ].join("");
    const source = readDocx(wordFile({ "word/document.xml": documentXml(body) }));
    if ("problem" in source) throw new Error(source.problem);
    const { report } = importWord(source);
    expect(report.unplaced.map((u) => [u.text, u.options.map((o) => o.placement)])).toEqual([
      ["Artikel 9 Vervallen", ["leaveOut", "articleNote"]],
      ["Dit artikel is vervallen.", ["leaveOut", "articleNote"]],
    ]);
    const placements = Object.fromEntries(report.unplaced.map((u) => [u.position, "articleNote" as const]));
    const { model } = importWord(source, "accept", { placements, candidates: {} });
    expect(renderText(parseModel(model as object))).toMatch(/Uitleg bij de aanvraag\.\n+Artikel 9 Vervallen\n+Dit artikel is vervallen\./);
  });
});
