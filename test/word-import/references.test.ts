import { describe, expect, test } from "vitest";
import { parseModel, renderText } from "../../ordinance-model/index";
import { importWord, readDocx } from "../../word-import/index";
import { documentXml, para, wordFile } from "./word-file";

// The forms of cross-reference the issue names, each in a member of article 3 of a small ordinance: which become
// reference nodes (and to what), which stay text with a warning, which are law references. A merged form, as
// Modelwerk writes several references to one article or member, becomes one node per provision, and the model
// renders it back in the same words.

const articles = [
  para("Artikel 1 Eerste", { bold: true }),
  para("1. Lid een."),
  para("2. Lid twee:"),
  para("a. onderdeel a;"),
  para("b. onderdeel b."),
  ...[2, 4, 5, 6, 7, 8, 9, 10, 11].flatMap((n) => [para(`Artikel ${n} Kop ${n}`, { bold: true }), para(`Tekst ${n}.`)]),
];

function imported(sentence: string) {
  const body = [...articles.slice(0, 7), para("Artikel 3 Verwijzingen", { bold: true }), para("1. Eerste lid:"), para("a. x;"), para("b. y;"), para("c. z."), para("2. Tweede."), para("3. Derde."), para("4. Vierde."), para("5. Vijfde."), para(`6. ${sentence}`), ...articles.slice(7)];
  const parts = readDocx(wordFile({ "word/document.xml": documentXml(body.join("")) }));
  if ("problem" in parts) throw new Error(parts.problem);
  const { model, report } = importWord(parts);
  const member = JSON.stringify(model).match(/"id":"art-3-lid-6".*?\]\}\]\}/)![0];
  const targets = [...member.matchAll(/"target":"([^"]+)"/g)].map((m) => m[1]);
  return { targets, report: report.references, text: renderText(parseModel(model as object)) };
}

describe("cross-references in words", () => {
  test.each([
    ["Zie artikel 1, tweede lid, onderdeel b.", ["art-1-lid-2-ond-2"]],
    ["Zie het eerste lid.", ["art-3-lid-1"]],
    ["Zie het eerste lid, onderdeel c.", ["art-3-lid-1-ond-3"]],
    ["Zie artikel 2.", ["art-2"]],
    ["Zie de artikelen 7 tot en met 11.", ["art-7", "art-8", "art-9", "art-10", "art-11"]],
    ["Zie de artikelen 4 en 6.", ["art-4", "art-6"]],
    ["Zie artikel 1, tweede lid, onderdelen a en b.", ["art-1-lid-2-ond-1", "art-1-lid-2-ond-2"]],
    ["Zie het vierde en vijfde lid.", ["art-3-lid-4", "art-3-lid-5"]],
    ["Zie het eerste lid, onderdelen a, b of c.", ["art-3-lid-1-ond-1", "art-3-lid-1-ond-2", "art-3-lid-1-ond-3"]],
    ["Zie artikel 1, eerste en tweede lid.", ["art-1-lid-1", "art-1-lid-2"]],
  ])("%s becomes reference nodes", (sentence, expected) => {
    const { targets, report, text } = imported(sentence);
    expect(targets).toEqual(expected);
    expect(report.unresolved).toEqual([]);
    expect(text).toContain(sentence);
  });

  test("onderdeel c inside the member that has it", () => {
    const parts = readDocx(wordFile({ "word/document.xml": documentXml([para("Artikel 1 Kop", { bold: true }), para("1. Er zijn:"), para("a. een;"), para("b. twee, anders dan onderdeel a;"), para("c. drie.")].join("")) }));
    if ("problem" in parts) throw new Error(parts.problem);
    const json = JSON.stringify(importWord(parts).model);
    expect(json).toContain('"target":"art-1-lid-1-ond-1"');
  });

  test.each([
    ["Zie artikel 1, tweede lid, onderdelen a en d.", /onderdeel d bestaat niet/],
    ["Zie artikel 1, tweede lid, onderdelen a tot en met b.", /samengestelde/],
    ["Zie artikel 99.", /komt in deze regeling niet voor/],
    ["Zie artikel 1, zevende lid.", /geen zevende lid/],
  ])("%s stays text with a warning", (sentence, reason) => {
    const { targets, report } = imported(sentence);
    expect(targets).toEqual([]);
    expect(report.unresolved.map((u) => u.reason)).toEqual([expect.stringMatching(reason)]);
  });

  test("a reference to national law stays text, without a warning (laws Modelwerk does not know; see law-links.test.ts)", () => {
    const { targets, report } = imported("Zie artikel 4:5 en artikel 3 van de Wet op de zorgtoeslag en artikel 149 Provinciewet.");
    expect(targets).toEqual([]);
    expect(report.unresolved).toEqual([]);
    expect(report.lawReferences).toEqual(["artikel 3", "artikel 149"]);
  });
});
