import { describe, expect, test } from "vitest";
import { parseModel } from "../parse";
import { resolve } from "../resolve";
import { ordinance, simpleArticle } from "../testing/builder";
import { adopted, target } from "../testing/amendment-example";
import { apply } from "./apply";
import { draftInstructions } from "./draft";
import { amendingOrdinance, renderAmendingOrdinanceText } from "./amending-ordinance";
import { sentence } from "./sentences";
import { numberingInForce, textInForce } from "./text-in-force";

// One amendment with every kind of instruction (testing/amendment-example.ts), its sentences checked by hand against the
// drafting conventions.

test("every kind of instruction reads as the drafting conventions write it", () => {
  const { steps } = draftInstructions(textInForce(adopted), target.doc);
  expect(steps.map(sentence)).toEqual([
    "In artikel 2, tweede lid, wordt “zes” vervangen door “twaalf”.",
    "In artikel 2, derde lid, onderdeel b, wordt “adres.” vervangen door “adres; en”.",
    "Aan artikel 2, derde lid, wordt een onderdeel toegevoegd, luidende:",
    "Artikel 5 wordt, onder vernummering tot artikel 2a, geplaatst na artikel 2.",
    "Artikel 3, derde lid, vervalt, onder vernummering van het vierde lid tot derde lid.",
    "Artikel 4 komt te luiden:",
    "Na artikel 4 wordt een artikel ingevoegd, luidende:",
    "Het opschrift van artikel 6 komt te luiden: “Intrekking van de urgentie”.",
    "In artikel 6 wordt, onder vernummering van het tweede lid tot derde lid, na het eerste lid een lid ingevoegd, luidende:",
    "Artikel 7 vervalt.",
  ]);
});

test("applied to the adopted text, the instructions give the target with the numbers in force", () => {
  const { steps } = draftInstructions(textInForce(adopted), target.doc);
  const result = apply(textInForce(adopted), steps.map((s) => s.instruction));
  expect(result.doc.child(2).eq(target.doc.child(2))).toBe(true);
  const numbering = numberingInForce(result);
  expect(["a1", "a2", "a5", "a3", "a4", "a4n", "a6", "a8"].map((id) => numbering.get(id)!.label)).toEqual([
    "Artikel 1", "Artikel 2", "Artikel 2a", "Artikel 3", "Artikel 4", "Artikel 4a", "Artikel 6", "Artikel 8",
  ]);
  expect(["m31", "m32", "m34", "m61", "m6n", "m62", "i3"].map((id) => numbering.get(id)!.label)).toEqual(["1.", "2.", "3.", "1.", "2.", "3.", "c."]);
});

test("the amending ordinance as text: Artikel I with its instructions and what they quote, then Artikel II and III", () => {
  const text = renderAmendingOrdinanceText(amendingOrdinance(adopted, target.doc, { citeertitel: "Wijzigingsverordening urgentie Almelo 2027", entryIntoForce: "2027-07-01" }));
  expect(text).toContain("Verordening tot wijziging van de Urgentieverordening Almelo 2026\n");
  // The decision reads as in the Word file: "besluit:" on its own, then what is decided.
  expect(text).toContain("besluit:\n\nvast te stellen de Verordening tot wijziging van de Urgentieverordening Almelo 2026.\n\nArtikel I\n");
  expect(text).toContain("Artikel I\n\nDe Urgentieverordening Almelo 2026 wordt als volgt gewijzigd:\n\nA\n\nIn artikel 2, tweede lid, wordt “zes” vervangen door “twaalf”.\n");
  expect(text).toContain("C\n\nAan artikel 2, derde lid, wordt een onderdeel toegevoegd, luidende:\n\nc. het telefoonnummer.\n");
  expect(text).toContain("F\n\nArtikel 4 komt te luiden:\n\nArtikel 4 Geldigheid\nUrgentie vervalt na verloop van een jaar, tenzij het college anders besluit.\n");
  expect(text).toContain("G\n\nNa artikel 4 wordt een artikel ingevoegd, luidende:\n\nArtikel 4a Verlenging\nHet college kan de urgentie eenmaal verlengen.\n");
  expect(text).toContain("I\n\nIn artikel 6 wordt, onder vernummering van het tweede lid tot derde lid, na het eerste lid een lid ingevoegd, luidende:\n\n2. Het college hoort de aanvrager eerst.\n");
  expect(text).toContain("Artikel II\n\nDeze verordening treedt in werking op 1 juli 2027.\n\nArtikel III\n\nDeze verordening wordt aangehaald als: Wijzigingsverordening urgentie Almelo 2027.\n");
});

describe("words only added or only removed are written as a drafter writes them, quoting no full stop", () => {
  const sentences = (before: string, after: string) => {
    const text = (wording: string) => resolve(parseModel(ordinance({ body: [simpleArticle("a1", "Bemiddeling", wording)] })), {}, { name: "Borne", slug: "borne" });
    // draftInstructions checks that its instructions, applied, give the target.
    const { steps } = draftInstructions(textInForce(text(before)), text(after).doc);
    return steps.map(sentence);
  };
  test("added before the closing full stop: after the word before them", () => {
    expect(sentences("Het college stelt regels over de werkwijze van de bemiddelingstafel.", "Het college stelt regels over de werkwijze van de bemiddelingstafel en maakt die openbaar.")).toEqual([
      "In artikel 1 wordt na “bemiddelingstafel” ingevoegd “en maakt die openbaar”.",
    ]);
  });
  test("added in the middle, with the anchor widened until it occurs once", () => {
    expect(sentences("Het loket neemt de aanvraag aan en het loket beslist.", "Het loket neemt de aanvraag aan en het loket van de gemeente beslist.")).toEqual([
      "In artikel 1 wordt na “het loket” ingevoegd “van de gemeente”.",
    ]);
  });
  test("added with its own comma", () => {
    expect(sentences("Het college verleent urgentie aan de aanvrager.", "Het college verleent urgentie aan de aanvrager, tenzij die de nood zelf heeft veroorzaakt.")).toEqual([
      "In artikel 1 wordt na “aanvrager” ingevoegd “, tenzij die de nood zelf heeft veroorzaakt”.",
    ]);
  });
  test("removed words", () => {
    expect(sentences("Het college beslist binnen acht weken over de aanvraag.", "Het college beslist over de aanvraag.")).toEqual(["In artikel 1 vervalt “binnen acht weken”."]);
  });
  test("removed words that occur twice are replaced with their neighbours instead", () => {
    expect(sentences("De aanvrager woont in de regio en werkt in de regio.", "De aanvrager woont in de regio en werkt.")).toEqual(["In artikel 1 wordt “werkt in de regio.” vervangen door “werkt.”."]);
  });
});

test("the order keys a co-edited text gives its articles are no change: the same instructions, and apply still gives the target", () => {
  // A version frozen from the co-edited text carries a key on each article (article-order.ts); the adopted text did not.
  let n = 0;
  const keyed = (json: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }): unknown => ({
    ...json,
    ...(json.type === "article" ? { attrs: { ...json.attrs, order: `a${n++}` } } : {}),
    ...(json.content ? { content: json.content.map((c) => keyed(c as typeof json)) } : {}),
  });
  const keyedTarget = target.doc.type.schema.nodeFromJSON(keyed(target.doc.toJSON()));
  expect(n).toBeGreaterThan(3);
  const plain = draftInstructions(textInForce(adopted), target.doc);
  const { steps } = draftInstructions(textInForce(adopted), keyedTarget);
  expect(steps.map(sentence)).toEqual(plain.steps.map(sentence));
  expect(apply(textInForce(adopted), steps.map((s) => s.instruction)).doc.child(2).eq(target.doc.child(2))).toBe(true);
});
