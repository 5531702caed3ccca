import { describe, expect, test } from "vitest";
import { ModelError } from "./model-error";
import { parseModel } from "./parse";
import { article, chapter, item, items, member, note, option, ordinance, ref, simpleArticle, slot, type Json } from "./testing/builder";
import { fixtureModelJson } from "./testing/fixture-model";

// Paths in ModelError use top-level names ("body", "slots"), so tests address the JSON the same way.
const topLevel = ["title", "preamble", "body", "notes", "slots"];
function at(json: Json, path: string): any {
  return path.split(/\.|(?=\[)/).reduce((node: any, seg) => {
    if (seg.startsWith("[")) return node[Number(seg.slice(1, -1))];
    if (node === json && topLevel.includes(seg)) return node.content[topLevel.indexOf(seg)];
    return node[seg];
  }, json);
}

const base = () =>
  ordinance({
    title: ["Verordening ", slot("naam")],
    body: [simpleArticle("a1", "A", "Tekst."), article("a2", "B", member("m1", ["Een ", slot("bedrag"), "."]), member("m2", ["Zie ", ref("a1"), "."]))],
    articleNotes: [note("n1", "a1", "Toelichting.")],
    slots: [
      { key: "naam", kind: "automatic", source: "municipalityName" },
      { key: "bedrag", kind: "amount", default: 50, constraints: { min: 0, max: 100 } },
      { key: "keuze", kind: "alternatives", default: "x", options: [option("x", "X", "iks"), option("y", "Y", "ij")] },
      { key: "extra", kind: "optional", default: false },
    ],
  });

function expectFault(mutate: (json: Json) => void, path: string, message: string | RegExp, json: Json = base()): void {
  mutate(json);
  let error: unknown;
  try {
    parseModel(json);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ModelError);
  expect((error as ModelError).path).toBe(path);
  expect((error as ModelError).detail).toMatch(message);
}

test("the fixture and the base document parse", () => {
  expect(parseModel(fixtureModelJson()).slots.size).toBe(14);
  expect(parseModel(base()).doc.type.name).toBe("ordinance");
});

test("parsing leaves its input untouched, also when it fails", () => {
  const json = base();
  const copy = structuredClone(json);
  parseModel(json);
  expect(json).toEqual(copy);
  at(json, "body.content[1].content[2].attrs").id = "m1";
  const broken = structuredClone(json);
  expect(() => parseModel(json)).toThrow(ModelError);
  expect(json).toEqual(broken);
});

test("a ModelError says where, in Dutch", () => {
  const error = new ModelError("body.content[0].attrs.id", "id ontbreekt");
  expect(error.message).toBe("Fout in het model op body.content[0].attrs.id: id ontbreekt");
});

describe("schema validity", () => {
  test.each([
    ["not an object", () => {}, "", /verwacht een knoop/, "tekst" as unknown as Json],
    ["wrong root", (j: Json) => Object.assign(j, at(j, "body")), "type", /begint met "ordinance"/],
    ["unknown field", (j: Json) => ((j as any).foo = 1), "foo", /onbekend veld "foo"/],
    ["missing slots", (j: Json) => j.content!.pop(), "content", /"ordinance" is onvolledig; verwacht nog: "slots"/],
    ["unknown node type", (j: Json) => (at(j, "body.content[1].content[1].content[0]").type = "alinea"), "body.content[1].content[1].content[0].type", /onbekend knooptype "alinea"/],
    ["misplaced node", (j: Json) => at(j, "body.content[1]").content.push(chapter("h", "H", simpleArticle("x", "X", "x."))), "body.content[1].content[3]", /"chapter" mag hier niet staan in "article"/],
    ["article without members", (j: Json) => at(j, "body.content[0]").content.pop(), "body.content[0].content", /"article" is onvolledig; verwacht nog: "member"/],
    ["missing id", (j: Json) => delete at(j, "body.content[0].attrs").id, "body.content[0].attrs.id", /attribuut "id" ontbreekt/],
    ["malformed id", (j: Json) => (at(j, "body.content[0].attrs").id = "a 1"), "body.content[0].attrs.id", /een id is/],
    ["unknown attr", (j: Json) => (at(j, "body.content[0].attrs").nummer = 4), "body.content[0].attrs.nummer", /onbekend attribuut "nummer"/],
    ["bad numbering style", (j: Json) => (j.attrs!.numbering = "perArtikel"), "attrs.numbering", /numbering is een van/],
    ["empty text", (j: Json) => (at(j, "body.content[0].content[1].content[0].content[0]").text = ""), "body.content[0].content[1].content[0].content[0].text", /niet-lege text/],
    ["unknown mark", (j: Json) => (at(j, "body.content[0].content[1].content[0].content[0]").marks = [{ type: "underline" }]), "body.content[0].content[1].content[0].content[0].marks[0].type", /onbekende markering/],
    ["mark on a block", (j: Json) => (at(j, "body.content[0]").marks = [{ type: "em" }]), "body.content[0].marks", /kan geen opmaak dragen/],
    ["bad preamble role", (j: Json) => (at(j, "preamble.content[0].attrs").role = "chair"), "preamble.content[0].attrs.role", /role is een van/],
  ] as [string, (j: Json) => void, string, RegExp, Json?][])("%s", (_name, mutate, path, message, json) => expectFault(mutate, path, message, json ?? base()));
});

describe("ids and references", () => {
  test("a duplicate id names both places", () =>
    expectFault((j) => (at(j, "body.content[1].content[2].attrs").id = "m1"), "body.content[1].content[2].attrs.id", 'id "m1" komt al voor op body.content[1].content[1]'));
  test("a reference to an unknown id", () =>
    expectFault((j) => (at(j, "body.content[1].content[2].content[0].content[1].attrs").target = "weg"), "body.content[1].content[2].content[0].content[1].attrs.target", /onbekende id "weg"/));
  test("a reference to something that is not an article, member or item", () =>
    expectFault((j) => (at(j, "body.content[1].content[2].content[0].content[1].attrs").target = "aanhef-raad"), "body.content[1].content[2].content[0].content[1].attrs.target", /is een "preambleClause"/));
  test("an article note on an unknown article", () =>
    expectFault((j) => (at(j, "notes.content[1].content[0].attrs").article = "m1"), "notes.content[1].content[0].attrs.article", /"m1" is geen artikel/));
});

describe("slots in the text", () => {
  test("an unknown slot key", () => expectFault((j) => (at(j, "title.content[1].attrs").slot = "gemeente"), "title.content[1].attrs.slot", /onbekende keuzemogelijkheid "gemeente"/));
  test("an optional slot cannot stand in the text", () =>
    expectFault((j) => (at(j, "body.content[1].content[1].content[0].content[1].attrs").slot = "extra"), "body.content[1].content[1].content[0].content[1].attrs.slot", /soort optional/));
  test("inline alternatives need content for every option", () =>
    expectFault(
      (j) => {
        at(j, "body.content[1].content[1].content[0].content[1].attrs").slot = "keuze";
        delete at(j, "slots.content[2].attrs.options[1]").content;
      },
      "slots.content[2].attrs.options[1].content",
      /elke optie heeft inhoud nodig/,
    ));
  test("option content is inline", () =>
    expectFault((j) => at(j, "slots.content[2].attrs.options[0].content").push({ type: "paragraph" }), "slots.content[2].attrs.options[0].content[1].type", /is inline/));
  test("option content holds no nested choice", () =>
    expectFault((j) => at(j, "slots.content[2].attrs.options[0].content").push(slot("keuze")), "slots.content[2].attrs.options[0].content[1].attrs.slot", /geen keuze van soort alternatives/));
});

describe("conditions", () => {
  const on = (condition: unknown) => (j: Json) => (at(j, "body.content[1].content[2].attrs").condition = condition);
  const path = "body.content[1].content[2].attrs.condition";
  test("an unknown slot", () => expectFault(on({ slot: "nergens" }), `${path}.slot`, /onbekende keuzemogelijkheid "nergens"/));
  test("without option on alternatives", () => expectFault(on({ slot: "keuze" }), `${path}.slot`, /van soort alternatives/));
  test("with option on an optional slot", () => expectFault(on({ slot: "extra", option: "x" }), `${path}.option`, /"extra" is van soort optional/));
  test("on a kind that has no variants", () => expectFault(on({ slot: "bedrag", option: "x" }), `${path}.option`, /soort amount/));
  test("an option that does not exist", () => expectFault(on({ slot: "keuze", option: "z" }), `${path}.option`, /"z" is geen optie van "keuze"/));
  test("a malformed condition", () => expectFault(on("extra"), path, /een voorwaarde is null of een object/));
  test("an unknown field in a condition", () => expectFault(on({ slot: "extra", when: true }), `${path}.when`, /onbekend veld "when"/));
});

describe("slot definitions", () => {
  const def = (index: number, change: Record<string, unknown>) => (j: Json) => Object.assign(at(j, `slots.content[${index}].attrs`), change);
  test.each([
    ["a key that breaks the pattern", def(1, { key: "Bedrag" }), "slots.content[1].attrs.key", /kleine letter/],
    ["an unknown kind", def(1, { kind: "percentage" }), "slots.content[1].attrs.kind", /kind is een van text, integer, amount/],
    ["alternatives without options", def(2, { options: null }), "slots.content[2].attrs.options", /verwacht array/],
    ["duplicate option values", def(2, { options: [option("x", "X", "a"), option("x", "X2", "b")] }), "slots.content[2].attrs.options", /uniek/],
    ["options on a kind without options", def(1, { options: [option("x", "X")] }), "slots.content[1].attrs.options", /alleen alternatives en multiselect/],
    ["automatic without source", def(0, { source: null }), "slots.content[0].attrs.source", /municipalityName/],
    ["automatic with a default", def(0, { default: "Borne" }), "slots.content[0].attrs.default", /geen standaardwaarde/],
    ["min above max", def(1, { constraints: { min: 10, max: 5 } }), "slots.content[1].attrs.constraints.min", /min is groter dan max/],
    ["an unknown constraint", def(1, { constraints: { step: 5 } }), "slots.content[1].attrs.constraints", /step/],
    ["a default of the wrong type", def(1, { default: "50" }), "slots.content[1].attrs.default", /verwacht getal/],
    ["a default out of range", def(1, { default: 500 }), "slots.content[1].attrs.default", /ongeldige standaardwaarde: .*tussen € 0 en € 100/],
    ["a default that is no option", def(2, { default: "z" }), "slots.content[2].attrs.default", /"z" is geen van de opties/],
    ["an amount with three decimals", def(1, { default: 10.005 }), "slots.content[1].attrs.default", /twee decimalen/],
    ["an impossible date", (j: Json) => at(j, "slots").content.push({ type: "slotDefinition", attrs: { key: "datum", kind: "date", label: "Datum", default: "2026-02-30" } }), "slots.content[4].attrs.default", /JJJJ-MM-DD/],
    ["a missing label", (j: Json) => delete at(j, "slots.content[1].attrs").label, "slots.content[1].attrs.label", /attribuut "label" ontbreekt/],
    ["a duplicate key", def(3, { key: "bedrag", kind: "amount", default: 1 }), "slots.content[3].attrs.key", /sleutel "bedrag" komt al voor op slots.content\[1\]/],
  ] as [string, (j: Json) => void, string, RegExp][])("%s", (_name, mutate, path, message) => expectFault(mutate, path, message));
});

describe("structure rules beyond the content expressions", () => {
  test("items go at most two levels deep", () =>
    expectFault(
      (j) => at(j, "body").content.push(simpleArticle("a3", "C", "Lijst:", items(item("i", "x:", [item("ii", "y:", [item("iii", "z.")])])))),
      "body.content[2].content[1].content[1].content[0].content[1].content[0].content[1]",
      /hooguit twee niveaus/,
    ));
  test("per-chapter numbering needs chapters", () => expectFault((j) => (j.attrs!.numbering = "perChapter"), "attrs.numbering", /vraagt om hoofdstukken/));
});
