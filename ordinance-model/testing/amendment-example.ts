import { parseModel } from "../parse";
import { resolve } from "../resolve";
import { article, chapter, item, items, member, ordinance, simpleArticle } from "./builder";

// One amendment with every kind of instruction (amendments/worked-example.test.ts checks its sentences by hand):
// Almelo's adopted text and the target after a model change.

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

export const adopted = text([
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

export const target = text([
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

