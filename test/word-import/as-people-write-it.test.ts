import { describe, expect, test } from "vitest";
import { parseModel, renderText } from "../../ordinance-model/index";
import { importWord, notImportedMarker, readDocx } from "../../word-import/index";
import { commentsXml, documentXml, numberingXml, para, run, stylesXml, wordFile } from "./word-file";

// A concept as people write it: article headings as bold Normal paragraphs, members as a Word auto-numbered list,
// item lists as Word lists that restart at a., typed numbers elsewhere, a tracked change, a comment, a table and
// stray empty paragraphs. Everything lands in its place; the report names the table, the comment and the deletion.

const MEMBERS = 1;
const ITEMS = 2;
const ITEMS_AGAIN = 3;
const numbering = numberingXml({ [MEMBERS]: [{ format: "decimal", text: "%1." }], [ITEMS]: [{ format: "lowerLetter", text: "%1." }], [ITEMS_AGAIN]: [{ format: "lowerLetter", text: "%1." }] });
const empty = "<w:p/>";
const table = `<w:tbl><w:tr><w:tc><w:p>${run("Categorie")}</w:p></w:tc><w:tc><w:p>${run("Termijn")}</w:p></w:tc></w:tr></w:tbl>`;

const body = [
  para("Urgentieverordening [naam gemeente] 2027", { style: "Title" }),
  empty,
  para("De raad van de gemeente …;"),
  para(`${run("gelezen het voorstel van ")}${run("het college", '<w:highlight w:val="yellow"/>')}${run(";")}`),
  para("gelet op artikel 12 van de Huisvestingswet 2014;"),
  para("besluit vast te stellen de volgende verordening:"),
  para("Hoofdstuk 1 Algemeen", { bold: true }),
  para("Artikel 1. Begripsbepalingen", { bold: true }),
  para("In deze verordening wordt verstaan onder:"),
  para(`${run("aanvrager", "<w:i/>")}${run(": de woningzoekende die een aanvraag indient;")}`, { list: { numId: ITEMS } }),
  para(`${run("college", "<w:i/>")}${run(": het college van burgemeester en wethouders.")}`, { list: { numId: ITEMS } }),
  empty,
  para("Art. 2 Aanvraag", { bold: true }),
  para(`${run("De aanvraag wordt ")}<w:del w:id="1" w:author="A"><w:r><w:delText>mondeling </w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run("schriftelijk ")}</w:ins>${run("ingediend.")}`, { list: { numId: MEMBERS } }),
  para(`<w:commentRangeStart w:id="7"/>${run("Het college beslist binnen acht weken, tenzij:")}<w:commentRangeEnd w:id="7"/>`, { list: { numId: MEMBERS } }),
  para("de aanvraag onvolledig is;", { list: { numId: ITEMS_AGAIN } }),
  para("advies nodig is.", { list: { numId: ITEMS_AGAIN } }),
  table,
  empty,
  para("Hoofdstuk 2 Slotbepalingen", { bold: true }),
  para("Artikel 3", { bold: true }),
  para("Inwerkingtreding", { bold: true }),
  para("1. Deze verordening treedt in werking op de dag na bekendmaking als bedoeld in artikel 139 van de Gemeentewet."),
  para("2. In afwijking van het eerste lid geldt artikel 2, tweede lid, onderdeel b, pas na een jaar."),
  para("Toelichting", { style: "Heading1" }),
  para("Algemeen deel", { style: "Heading1" }),
  para(`${run("Deze verordening regelt de urgentie.")}<w:r><w:footnoteReference w:id="1"/></w:r>`),
  para("Artikelsgewijze toelichting", { style: "Heading1" }),
  para("Artikel 2 Aanvraag", { bold: true }),
  para("Een aanvraag is schriftelijk."),
].join("");

const parts = readDocx(wordFile({ "word/document.xml": documentXml(body), "word/numbering.xml": numbering, "word/styles.xml": stylesXml, "word/comments.xml": commentsXml({ 7: "Acht of zes weken?" }) }));

describe("a concept as people write it", () => {
  if ("problem" in parts) throw new Error(parts.problem);
  const { model, report } = importWord(parts);

  test("gives a valid model with every article, member, item and definition in place", () => {
    const imported = parseModel(model as object);
    expect(report.structure).toMatchObject({ preambleClauses: 4, chapters: 2, articles: 3, members: 5, items: 4, definitions: 2, generalNoteParagraphs: 1, articleNotes: 1 });
    const text = renderText(imported);
    expect(text).toContain("Artikel 2 Aanvraag");
    expect(text).toContain("Artikel 3 Inwerkingtreding");
    expect(text).toMatch(/1\. De aanvraag wordt schriftelijk ingediend\./);
    expect(text).toMatch(/b\. advies nodig is\./);
    expect(text).toContain("In afwijking van het eerste lid geldt artikel 2, tweede lid, onderdeel b, pas na een jaar.");
    expect(text).not.toContain("mondeling");
  });

  test("the report names the table, the comment, the deletion and the footnote, and nothing is unplaced", () => {
    expect(report.unplaced).toEqual([]);
    expect(report.leftOut.map((l) => [l.kind, l.text])).toEqual([
      ["deletion", "mondeling "],
      ["comment", "Acht of zes weken?"],
      ["table", "Categorie | Termijn"],
      ["footnote", ""],
    ]);
    expect(JSON.stringify(model)).toContain(notImportedMarker("Tabel"));
  });

  test("references resolve to the right provision, a citation of a known law becomes a law reference", () => {
    expect(report.references.unresolved).toEqual([]);
    expect(report.references.resolved).toBe(2);
    expect(report.references.lawReferences).toEqual([]);
    // The one in the aanhef too: "gelet op artikel 12 van de Huisvestingswet 2014".
    expect(report.references.lawLinked).toBe(2);
    const json = JSON.stringify(model);
    expect(json).toContain('{"type":"lawReference","attrs":{"law":"BWBR0035303","article":"12","member":null,"words":"artikel 12 van de Huisvestingswet 2014"}}');
    expect(json).toContain('{"type":"lawReference","attrs":{"law":"BWBR0005416","article":"139","member":null,"words":"artikel 139 van de Gemeentewet"}}');
    expect(json).toContain('"target":"art-2-lid-2-ond-2"');
    expect(json).toContain('"target":"art-3-lid-1"');
  });

  test("placeholders are offered as slot candidates", () => {
    expect(report.slotCandidates.map((c) => [c.position, c.text])).toEqual([
      [1, "[naam gemeente]"],
      [3, "…"],
      [4, "het college"],
    ]);
    expect(report.title).toBe("Urgentieverordening [naam gemeente] 2027");
  });
});

describe("a structure no ordinance has", () => {
  test("a chapter without articles gives no model, and the report says why", () => {
    const parts = readDocx(wordFile({ "word/document.xml": documentXml([para("Hoofdstuk 1 Leeg", { bold: true }), para("Hoofdstuk 2 Vol", { bold: true }), para("Artikel 1 Kop", { bold: true }), para("Tekst.")].join("")) }));
    if ("problem" in parts) throw new Error(parts.problem);
    const { model, report } = importWord(parts);
    expect(model).toBeNull();
    expect(report.notes.at(-1)).toMatch(/^de gevonden opbouw past niet in een verordening/);
  });
});

describe("tracked changes", () => {
  test("rejected on request: the text as it was, the insertion named in the report", () => {
    if ("problem" in parts) throw new Error(parts.problem);
    const { model, report } = importWord(parts, "reject");
    const text = renderText(parseModel(model as object));
    expect(text).toMatch(/1\. De aanvraag wordt mondeling ingediend\./);
    expect(report.leftOut.filter((l) => l.kind === "insertion" || l.kind === "deletion").map((l) => [l.kind, l.text])).toEqual([["insertion", "schriftelijk "]]);
    expect(report.notes).toContain("bijgehouden wijzigingen zijn verworpen: de tekst is die van voor de wijzigingen");
  });
});

describe("numbers that are text", () => {
  test("a sentence starting with an amount is no member", () => {
    const parts = readDocx(wordFile({ "word/document.xml": documentXml([para("Artikel 1 Kop", { bold: true }), para("1.000 euro is het maximum.")].join("")) }));
    if ("problem" in parts) throw new Error(parts.problem);
    expect(JSON.stringify(importWord(parts).model)).toContain('"text":"1.000 euro is het maximum."');
  });
});

describe("article headings by their style or outline level", () => {
  // Longer than a heading that is recognised by its look alone (bold or short), so only the style or level tells.
  const long = "Voorrang bij de toewijzing van sociale huurwoningen voor woningzoekenden uit de eigen gemeente en de regio Twente";
  const articleWith = (pPr: string) => {
    const heading = `<w:p><w:pPr>${pPr}</w:pPr>${run(`Artikel 1 ${long}`)}</w:p>`;
    const parts = readDocx(wordFile({ "word/document.xml": documentXml([para("Verordening"), heading, para("Tekst.")].join("")) }));
    if ("problem" in parts) throw new Error(parts.problem);
    return importWord(parts);
  };

  test.each([
    ["the Artikelkop style Modelwerk writes", '<w:pStyle w:val="Artikelkop"/>'],
    ["an outline level on the paragraph", '<w:outlineLvl w:val="1"/>'],
  ])("%s makes a long line an article heading", (_, pPr) => {
    const { model, report } = articleWith(pPr);
    expect(report.structure.articles).toBe(1);
    expect(renderText(parseModel(model as object))).toContain(`Artikel 1 ${long}\n`);
  });

  test("without either, a long plain line is no article heading", () => {
    expect(articleWith('<w:outlineLvl w:val="9"/>').report.structure.articles).toBe(0);
  });
});
