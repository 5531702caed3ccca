import { expect, test } from "vitest";
import { parseModel } from "../parse";
import { resolve } from "../resolve";
import { article, chapter, item, items, member, ordinance, simpleArticle } from "../testing/builder";
import { apply } from "./apply";
import { draftInstructions } from "./draft";
import { amendingOrdinance, renderAmendingOrdinanceText } from "./amending-ordinance";
import { sentence } from "./sentences";
import { numberingInForce, textInForce } from "./text-in-force";

// One amendment with every kind of instruction, its sentences checked by hand against the drafting conventions.

const almelo = { name: "Almelo", slug: "almelo" };
const text = (body: ReturnType<typeof chapter>[]) => resolve(parseModel(ordinance({ title: ["Urgentieverordening Almelo 2026"], body })), {}, almelo);

const aanvraag = (months: string, ...extra: ReturnType<typeof item>[]) =>
  article(
    "a2",
    "Aanvraag",
    member("m21", "Een aanvraag wordt ingediend bij het college."),
    member("m22", `Het college beslist binnen ${months} maanden op de aanvraag.`),
    member("m23", "Een aanvraag bevat:", items(item("i1", "de naam van de aanvrager;"), item("i2", extra.length ? "het adres; en" : "het adres."), ...extra)),
  );
const voorwaarden = (withThird: boolean) =>
  article("a3", "Voorwaarden", member("m31", "De aanvrager is meerderjarig."), member("m32", "De aanvrager woont in de regio."), ...(withThird ? [member("m33", "De aanvrager heeft een inkomen.")] : []), member("m34", "Het college toetst de voorwaarden."));
const intrekking = (heading: string, ...members: ReturnType<typeof member>[]) => article("a6", heading, member("m61", "Het college trekt de urgentie in bij misbruik."), ...members, member("m62", "Het besluit wordt gemotiveerd."));

const adopted = text([
  chapter("h1", "Algemeen", simpleArticle("a1", "Begrippen", "In deze verordening wordt verstaan onder urgentie: voorrang bij woningtoewijzing."), aanvraag("zes")),
  chapter(
    "h2",
    "Urgentie",
    voorwaarden(true),
    simpleArticle("a4", "Geldigheid", "Een urgentieverklaring is geldig gedurende zes maanden."),
    simpleArticle("a5", "Hardheidsclausule", "Het college kan afwijken bij onbillijkheid van overwegende aard."),
    intrekking("Intrekking"),
    simpleArticle("a7", "Overgangsrecht", "Lopende aanvragen worden afgehandeld volgens de oude regels."),
    simpleArticle("a8", "Citeertitel", "Deze verordening wordt aangehaald als: Urgentieverordening Almelo 2026."),
  ),
]);

const target = text([
  chapter("h1", "Algemeen", simpleArticle("a1", "Begrippen", "In deze verordening wordt verstaan onder urgentie: voorrang bij woningtoewijzing."), aanvraag("twaalf", item("i3", "het telefoonnummer.")), simpleArticle("a5", "Hardheidsclausule", "Het college kan afwijken bij onbillijkheid van overwegende aard.")),
  chapter(
    "h2",
    "Urgentie",
    voorwaarden(false),
    simpleArticle("a4", "Geldigheid", "Urgentie vervalt na verloop van een jaar, tenzij het college anders besluit."),
    simpleArticle("a4n", "Verlenging", "Het college kan de urgentie eenmaal verlengen."),
    intrekking("Intrekking van de urgentie", member("m6n", "Het college hoort de aanvrager eerst.")),
    simpleArticle("a8", "Citeertitel", "Deze verordening wordt aangehaald als: Urgentieverordening Almelo 2026."),
  ),
]);

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
  expect(text).toContain("Artikel I\n\nDe Urgentieverordening Almelo 2026 wordt als volgt gewijzigd:\n\nA\n\nIn artikel 2, tweede lid, wordt “zes” vervangen door “twaalf”.\n");
  expect(text).toContain("C\n\nAan artikel 2, derde lid, wordt een onderdeel toegevoegd, luidende:\n\nc. het telefoonnummer.\n");
  expect(text).toContain("F\n\nArtikel 4 komt te luiden:\n\nArtikel 4 Geldigheid\nUrgentie vervalt na verloop van een jaar, tenzij het college anders besluit.\n");
  expect(text).toContain("G\n\nNa artikel 4 wordt een artikel ingevoegd, luidende:\n\nArtikel 4a Verlenging\nHet college kan de urgentie eenmaal verlengen.\n");
  expect(text).toContain("I\n\nIn artikel 6 wordt, onder vernummering van het tweede lid tot derde lid, na het eerste lid een lid ingevoegd, luidende:\n\n2. Het college hoort de aanvrager eerst.\n");
  expect(text).toContain("Artikel II\n\nDeze verordening treedt in werking op 1 juli 2027.\n\nArtikel III\n\nDeze verordening wordt aangehaald als: Wijzigingsverordening urgentie Almelo 2027.\n");
});
