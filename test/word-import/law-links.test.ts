import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { knownLaws } from "../../ordinance-model/law-references";
import { parseModel, renderText } from "../../ordinance-model/index";
import { importWord, readDocx, reportLines } from "../../word-import/index";
import { externalTargets, jciCitation } from "../../word-import/law-links";
import { documentXml, para, run, wordFile } from "./word-file";

// A citation of national law written as a hyperlink to its JCI at wetten.overheid.nl (as Modelwerk's Word output and
// anyone copying a link from wetten.overheid.nl writes it) becomes a law reference; any other hyperlink stays text.

const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const relsXml = (targets: Record<string, string>) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(targets)
    .map(([id, t]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${t.replace(/&/g, "&amp;")}" TargetMode="External"/>`)
    .join("")}<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const link = (id: string, text: string) => `<w:hyperlink ${R} r:id="${id}">${run(text)}</w:hyperlink>`;

type Node = { type: string; attrs?: object; text?: string; content?: Node[] };
const find = (node: Node, test: (n: Node) => boolean): Node | undefined => (test(node) ? node : node.content?.map((c) => find(c, test)).find(Boolean));

function imported(member: string, targets: Record<string, string>) {
  const body = [para("Verordening wetsverwijzingen"), para("De raad van de gemeente Almelo;"), para("besluit:"), para("Artikel 1 Verwijzingen", { bold: true }), para(member)].join("");
  const parts = readDocx(wordFile({ "word/document.xml": documentXml(body), "word/_rels/document.xml.rels": relsXml(targets) }));
  if ("problem" in parts) throw new Error(parts.problem);
  const { model, report } = importWord(parts);
  const lid = find(model as Node, (n) => n.type === "member")!;
  return { nodes: lid.content![0]!.content!, report, text: renderText(parseModel(model as object)) };
}

describe("law references from hyperlinks", () => {
  test("a JCI link becomes a law reference with its law, article, member and words", () => {
    const { nodes, report, text } = imported(
      `${run("1. Zie ")}${link("rId1", "artikel 10:3, derde lid, van de Algemene wet bestuursrecht")}${run(" en ")}${link("rId2", "artikel 4 van de Huisvestingswet 2014")}${run(".")}`,
      { rId1: "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=10:3&lid=3", rId2: "https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=4" },
    );
    expect(nodes.filter((n) => n.type === "lawReference").map((n) => n.attrs)).toEqual([
      { law: "BWBR0005537", article: "10:3", member: "3", words: "artikel 10:3, derde lid, van de Algemene wet bestuursrecht" },
      { law: "BWBR0035303", article: "4", member: null, words: "artikel 4 van de Huisvestingswet 2014" },
    ]);
    expect(nodes.filter((n) => n.type === "text").map((n) => n.text)).toEqual(["Zie ", " en ", "."]);
    expect(report.references.lawLinked).toBe(2);
    expect(report.references.unresolved).toEqual([]);
    expect(text).toContain("Zie artikel 10:3, derde lid, van de Algemene wet bestuursrecht en artikel 4 van de Huisvestingswet 2014.");
  });

  test("another hyperlink stays text, and the report names it", () => {
    const { nodes, report } = imported(`${run("Zie ")}${link("rId1", "de website")}${run(" en ")}${link("rId2", "de Huisvestingswet 2014")}${run(".")}`, {
      rId1: "https://www.almelo.nl/urgentie",
      // A link to a whole law names no article: no law reference can hold it.
      rId2: "https://wetten.overheid.nl/BWBR0035303/2024-01-01",
    });
    expect(nodes).toEqual([{ type: "text", text: "Zie de website en de Huisvestingswet 2014." }]);
    expect(report.references.otherLinks).toEqual([
      { position: 5, text: "de website", target: "https://www.almelo.nl/urgentie" },
      { position: 5, text: "de Huisvestingswet 2014", target: "https://wetten.overheid.nl/BWBR0035303/2024-01-01" },
    ]);
    expect(reportLines(report)).toContain('Link blijft tekst (blok 5): "de website" naar https://www.almelo.nl/urgentie');
  });
});

test("a link on a line that continues a clause of the aanhef becomes a law reference in that clause", () => {
  const body = [para("Verordening wetsverwijzingen"), para("De raad van de gemeente Almelo;"), para("gelet op"), para(`${link("rId1", "artikel 4 van de Huisvestingswet 2014")}${run(";")}`), para("besluit:"), para("Artikel 1 Kop", { bold: true }), para("Tekst.")].join("");
  const parts = readDocx(wordFile({ "word/document.xml": documentXml(body), "word/_rels/document.xml.rels": relsXml({ rId1: "https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=4" }) }));
  if ("problem" in parts) throw new Error(parts.problem);
  const clause = find(importWord(parts).model as Node, (n) => (n.attrs as { role?: string } | undefined)?.role === "legalBasis")!;
  expect(clause.content).toEqual([{ type: "text", text: "gelet op" }, { type: "text", text: " " }, { type: "lawReference", attrs: { law: "BWBR0035303", article: "4", member: null, words: "artikel 4 van de Huisvestingswet 2014" } }, { type: "text", text: ";" }]);
});

describe("reading a JCI link", () => {
  test.each([
    ["https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=4", { law: "BWBR0035303", article: "4", member: null }],
    ["https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=7:13&lid=2", { law: "BWBR0005537", article: "7:13", member: "2" }],
    ["http://wetten.overheid.nl/jci1.3:c:BWBR0001854&hoofdstuk=XVIII&artikel=273f&z=2024-01-01&g=2024-01-01", { law: "BWBR0001854", article: "273f", member: null }],
    ["https://wetten.overheid.nl/jci1.3:c:BWBR0005537%26artikel%3D2%3A3", { law: "BWBR0005537", article: "2:3", member: null }],
  ])("%s", (url, citation) => expect(jciCitation(url)).toEqual(citation));

  test.each(["https://wetten.overheid.nl/jci1.3:c:BWBR0035303", "https://wetten.overheid.nl/BWBR0035303", "https://example.org/jci1.3:c:BWBR0035303&artikel=4", "https://wetten.overheid.nl/jci1.3:c:BWBR003530&artikel=4", "https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=4&lid=x y"])(
    "%s is no citation of an article",
    (url) => expect(jciCitation(url)).toBeNull(),
  );

  test("only external relationships are hyperlink targets", () => {
    expect([...externalTargets(relsXml({ rId7: "https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=4" }))]).toEqual([["rId7", "https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=4"]]);
    expect(externalTargets(undefined).size).toBe(0);
  });
});

describe("law references from words", () => {
  test.each([
    ["Zie artikel 4 van de Huisvestingswet 2014.", { law: "BWBR0035303", article: "4", member: null, words: "artikel 4 van de Huisvestingswet 2014" }],
    ["Zie artikel 10:4 van de Algemene wet bestuursrecht.", { law: "BWBR0005537", article: "10:4", member: null, words: "artikel 10:4 van de Algemene wet bestuursrecht" }],
    ["Zie artikel 10:3, derde lid, van de Algemene wet bestuursrecht.", { law: "BWBR0005537", article: "10:3", member: "3", words: "artikel 10:3, derde lid, van de Algemene wet bestuursrecht" }],
    ["Zie artikel 13, eerste lid, onderdeel a, van de Wet op de huurtoeslag.", { law: "BWBR0008659", article: "13", member: "1", words: "artikel 13, eerste lid, onderdeel a, van de Wet op de huurtoeslag" }],
    ["Zie artikel 273f van het Wetboek van Strafrecht.", { law: "BWBR0001854", article: "273f", member: null, words: "artikel 273f van het Wetboek van Strafrecht" }],
    ["Zie artikel 149 Gemeentewet.", { law: "BWBR0005416", article: "149", member: null, words: "artikel 149 Gemeentewet" }],
    ["Zie Artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015.", { law: "BWBR0035362", article: "1.1.1", member: null, words: "Artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015" }],
  ])("%s", (sentence, attrs) => {
    const { nodes, report, text } = imported(`1. ${sentence}`, {});
    expect(nodes).toEqual([{ type: "text", text: "Zie " }, { type: "lawReference", attrs }, { type: "text", text: "." }]);
    expect(report.references.lawLinked).toBe(1);
    expect(report.references.lawReferences).toEqual([]);
    expect(text).toContain(sentence);
  });

  test.each(["Zie artikel 3 van de Wet op de zorgtoeslag.", "Zie artikel 4 van de wet.", "Zie de artikelen 4 en 12 van de Huisvestingswet 2014.", "Zie artikel 4 van de Huisvestingswet 20145.", "Zie de Gemeentewet."])("%s stays text", (sentence) => {
    const { nodes, report } = imported(`1. ${sentence}`, {});
    expect(nodes).toEqual([{ type: "text", text: sentence }]);
    expect(report.references.lawLinked).toBe(0);
  });

  test("any citation of an article (and member) of a known law, amid other words, becomes a law reference whose words are the text it replaces", () => {
    const ordinals = ["eerste", "tweede", "derde", "vierde", "vijfde"];
    const filler = fc.array(fc.constantFrom("zie", "de", "regels", "bedoeld", "in", "lid", "wet", "artikel"), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(filler, fc.constantFrom(...knownLaws), fc.constantFrom("4", "10:4", "1.1.1", "273f", "12a"), fc.option(fc.nat({ max: 4 }), { nil: null }), filler, (before, law, article, member, after) => {
        const words = `artikel ${article}${member === null ? "" : `, ${ordinals[member]} lid,`} van ${law.article} ${law.name}`;
        const { nodes } = imported(`1. Zo ${before} ${words} ${after}.`, {});
        expect(nodes.map((n) => n.text ?? (n.attrs as { words: string }).words).join("")).toBe(`Zo ${before} ${words} ${after}.`);
        expect(nodes.filter((n) => n.type === "lawReference").map((n) => n.attrs)).toEqual([{ law: law.id, article, member: member === null ? null : String(member + 1), words }]);
      }),
      { numRuns: 60 },
    );
  });

  test("in a document that links its citations, the words that are no link stay text, as its maker left them", () => {
    const { nodes } = imported(`${run("1. Artikel 4 van de Huisvestingswet 2014 en ")}${link("rId1", "artikel 149 van de Gemeentewet")}${run(".")}`, { rId1: "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&artikel=149" });
    expect(nodes.map((n) => n.type)).toEqual(["text", "lawReference", "text"]);
    expect(nodes[0]!.text).toBe("Artikel 4 van de Huisvestingswet 2014 en ");
  });
});
