import type { OrdinanceModel } from "../model";
import { parseModel } from "../parse";
import {
  article, chapter, clause, item, items, member, note, noteHeading, option, ordinance, p, ref, section, simpleArticle, slot, term, when, type Json,
} from "./builder";

// A compact but realistic model urgency ordinance in the spirit of the Twente model: chapters
// with sections, every statutory category, and at least one slot of every kind, including
// whole-article alternatives, an optional member, a multiselect list and inline alternatives.
// The real model lives in db/seed; this one is ours to keep tests independent of its wording.
// Every reference points at a provision no choice can remove, so every valid choice lints clean.

const slots = [
  { key: "gemeentenaam", kind: "automatic", label: "Naam van de gemeente", source: "municipalityName" },
  { key: "college", kind: "automatic", label: "Het college", source: "executiveName" },
  {
    key: "bindingJaren",
    kind: "integer",
    label: "Vereiste binding aan de regio (jaren)",
    guidance: "Hoe lang iemand in de regio moet wonen. De werkgroep adviseert 2 jaar.",
    default: 2,
    constraints: { min: 1, max: 5 },
  },
  { key: "aandeelUrgenten", kind: "integer", label: "Aandeel voor urgenten (procent)", guidance: "Regionaal afgesproken.", fixed: true, default: 15, constraints: { min: 0, max: 100 } },
  {
    key: "loket",
    kind: "alternatives",
    label: "Waar de aanvraag wordt ingediend",
    default: "woninghuren",
    options: [option("woninghuren", "Via Woninghuren.nl", "via Woninghuren.nl"), option("college", "Bij het college", "bij het college")],
  },
  { key: "legesVragen", kind: "optional", label: "Leges heffen", guidance: "De meeste gemeenten heffen geen leges.", default: false },
  { key: "legesBedrag", kind: "amount", label: "Bedrag van de leges", default: 50, constraints: { min: 0, max: 150 } },
  {
    key: "beslisorgaan",
    kind: "alternatives",
    label: "Wie adviseert over de aanvraag",
    default: "commissie",
    options: [option("commissie", "Een urgentiecommissie"), option("college", "Het college zelf")],
  },
  { key: "geldigheidsduur", kind: "duration", label: "Geldigheidsduur van de urgentieverklaring", default: { amount: 6, unit: "months" }, constraints: { min: 3, max: 24 } },
  {
    key: "extraCategorieen",
    kind: "multiselect",
    label: "Aanvullende urgentiecategorieën",
    default: [],
    options: [option("renovatie", "Sloop of renovatie"), option("scheiding", "Na een scheiding")],
  },
  { key: "hardheidsclausule", kind: "optional", label: "Hardheidsclausule", default: true },
  { key: "intrekken", kind: "optional", label: "Oude regeling intrekken", default: true },
  { key: "naamOudeRegeling", kind: "text", label: "Naam van de in te trekken regeling", constraints: { required: true } },
  { key: "datumInwerkingtreding", kind: "date", label: "Datum van inwerkingtreding", default: "2026-07-01", constraints: { min: "2026-01-01", max: "2027-12-31" } },
];

const definitions = simpleArticle(
  "art-begrippen",
  "Begripsbepalingen",
  "In deze verordening wordt verstaan onder:",
  items(
    item("begrip-aanvrager", [term("aanvrager"), ": woningzoekende van achttien jaar of ouder die een aanvraag om urgentie indient;"]),
    item("begrip-college", [term("college"), ": ", slot("college"), ";"]),
    item("begrip-regio", [term("regio Twente"), ": het gebied van de veertien Twentse gemeenten;"]),
    item("begrip-urgentie", [term("urgentie"), ": voorrang bij de toewijzing van woonruimte;"]),
    item("begrip-corporatie", [term("woningcorporatie"), ": toegelaten instelling als bedoeld in artikel 19 van de Woningwet die in de regio Twente woonruimte verhuurt."]),
  ),
);

const categories = article(
  "art-categorieen",
  "Urgentiecategorieën",
  member(
    "art-categorieen-lid-groepen",
    "Het college verleent op aanvraag urgentie aan een aanvrager die behoort tot een van de volgende groepen:",
    items(
      item("cat-mantelzorg", "mantelzorgers en mantelzorgontvangers die voor het geven of ontvangen van mantelzorg andere woonruimte nodig hebben;"),
      item("cat-medisch", "personen die om ernstige, chronische medische redenen andere woonruimte nodig hebben vanwege:", [
        item("cat-medisch-beperking", "een lichamelijke, verstandelijke of zintuiglijke beperking; of"),
        item("cat-medisch-psychisch", "een psychische kwetsbaarheid;"),
      ]),
      item("cat-mo", "personen die uitstromen uit de maatschappelijke opvang;"),
      item("cat-bw", "personen die uitstromen uit beschermd wonen;"),
      item("cat-ggz", "personen die uitstromen uit een klinische behandeling in de geestelijke gezondheidszorg;"),
      item("cat-vrouwenopvang", "personen die uitstromen uit de vrouwenopvang en slachtoffers van mensenhandel;"),
      item("cat-jeugd", "jongeren die uitstromen uit een accommodatie voor jeugdzorg;"),
      item("cat-detentie", "personen die uitstromen uit detentie, een justitiële jeugdinrichting of forensische zorg;"),
      item("cat-sekswerk", "sekswerkers die uitstappen uit de prostitutie;"),
      item("cat-gezinnen", "dakloze gezinnen met minderjarige kinderen;"),
      when({ slot: "extraCategorieen", option: "renovatie" }, item("cat-renovatie", "woningzoekenden die hun woning moeten verlaten wegens sloop of ingrijpende renovatie;")),
      when({ slot: "extraCategorieen", option: "scheiding" }, item("cat-scheiding", "ouders die na een scheiding de zorg voor hun kinderen houden en geen woonruimte hebben.")),
    ),
  ),
  member(
    "art-categorieen-lid-binding",
    ["Het college verleent geen urgentie aan een aanvrager die niet ten minste ", slot("bindingJaren"), " jaar onafgebroken in de regio Twente woont, tenzij de aanvrager behoort tot de groep, bedoeld in ", ref("cat-vrouwenopvang"), "."],
  ),
);

const fairShare = simpleArticle("art-verdeling", "Evenwichtige verdeling", [
  "Het college spreekt met de colleges van de andere gemeenten in de regio Twente af dat ten minste ",
  slot("aandeelUrgenten"),
  " procent van de vrijkomende sociale huurwoningen wordt toegewezen aan urgent woningzoekenden.",
]);

const application = article(
  "art-aanvraag",
  "Aanvraag",
  member("art-aanvraag-lid-indienen", ["Een aanvraag om urgentie wordt ingediend ", slot("loket"), "."]),
  member("art-aanvraag-lid-gegevens", ["Bij de aanvraag verstrekt de aanvrager de gegevens die nodig zijn om te beoordelen of hij behoort tot een groep als bedoeld in ", ref("art-categorieen-lid-groepen"), "."]),
  when({ slot: "legesVragen" }, member("art-aanvraag-lid-leges", ["Voor het in behandeling nemen van een aanvraag is een vergoeding verschuldigd van ", slot("legesBedrag"), "."])),
);

const adviceByCommittee = when(
  { slot: "beslisorgaan", option: "commissie" },
  simpleArticle("art-urgentiecommissie", "Urgentiecommissie", "Het college beslist op een aanvraag na advies van een door het college ingestelde urgentiecommissie."),
);
const adviceByCollege = when(
  { slot: "beslisorgaan", option: "college" },
  simpleArticle("art-beoordeling", "Beoordeling door het college", "Het college beoordeelt een aanvraag zelf en kan daarbij advies vragen aan een onafhankelijk deskundige."),
);

const decision = article(
  "art-beslissing",
  "Beslissing",
  member("art-beslissing-lid-termijn", "Het college beslist binnen acht weken na ontvangst van de volledige aanvraag."),
  member(
    "art-beslissing-lid-geldigheid",
    ["Een urgentieverklaring is ", slot("geldigheidsduur"), " geldig en vermeldt:"],
    items(
      item("verklaring-groep", "de groep waartoe de aanvrager behoort;"),
      item("verklaring-zoekprofiel", "het zoekprofiel; en"),
      item("verklaring-corporatie", "de woningcorporatie die de aanvrager begeleidt."),
    ),
  ),
  member("art-beslissing-lid-verlenging", ["Het college kan de geldigheidsduur, bedoeld in ", ref("art-beslissing-lid-geldigheid"), " eenmaal verlengen."]),
);

const refusal = simpleArticle(
  "art-weigering",
  "Weigeringsgronden",
  "Het college weigert de urgentie als:",
  items(
    item("weigering-groep", ["de aanvrager niet behoort tot een groep als bedoeld in ", ref("art-categorieen-lid-groepen"), ";"]),
    item("weigering-zelf", "de aanvrager zijn woonprobleem redelijkerwijs zelf kan oplossen; of"),
    item("weigering-eerder", ["de aanvrager in de twee jaar voor de aanvraag al urgentie had op grond van ", ref("cat-medisch-psychisch"), "."]),
  ),
);

const hardship = when(
  { slot: "hardheidsclausule" },
  simpleArticle("art-hardheid", "Hardheidsclausule", "Het college kan in bijzondere gevallen afwijken van deze verordening als toepassing ervan leidt tot een onbillijkheid van overwegende aard."),
);
const repeal = when({ slot: "intrekken" }, simpleArticle("art-intrekking", "Intrekking", ["De ", slot("naamOudeRegeling"), " wordt ingetrokken."]));
const entryIntoForce = simpleArticle("art-inwerkingtreding", "Inwerkingtreding", ["Deze verordening treedt in werking op ", slot("datumInwerkingtreding"), "."]);
const shortTitle = simpleArticle("art-citeertitel", "Citeertitel", ["Deze verordening wordt aangehaald als: Urgentieverordening ", slot("gemeentenaam"), " 2026."]);

export function fixtureModelJson(): Json {
  return ordinance({
    title: ["Urgentieverordening ", slot("gemeentenaam"), " 2026"],
    preamble: [
      clause("aanhef-raad", "council", "De raad van de gemeente ", slot("gemeentenaam"), ";"),
      clause("aanhef-voorstel", "read", "gelezen het voorstel van burgemeester en wethouders;"),
      clause("aanhef-grondslag", "legalBasis", "gelet op de artikelen 4, 5 en 12 van de Huisvestingswet 2014;"),
      clause("aanhef-besluit", "decision", "besluit vast te stellen de volgende verordening:"),
    ],
    body: [
      chapter("h-algemeen", "Algemene bepalingen", definitions, simpleArticle("art-reikwijdte", "Reikwijdte", "Deze verordening is van toepassing op woonruimte van woningcorporaties met een huurprijs tot en met de huurprijsgrens.")),
      chapter(
        "h-urgentie",
        "Urgentie",
        section("par-categorieen", "Urgentiecategorieën", categories, fairShare),
        section("par-procedure", "Procedure", application, adviceByCommittee, adviceByCollege, decision, refusal),
      ),
      chapter("h-slot", "Slotbepalingen", hardship, repeal, entryIntoForce, shortTitle),
    ],
    general: [
      noteHeading("Inleiding"),
      p("Deze verordening volgt de regionale modelverordening van de veertien Twentse gemeenten."),
      noteHeading("Evenwichtige verdeling"),
      p("De afspraken over de evenwichtige verdeling staan in ", ref("art-verdeling"), " en worden elk half jaar gemonitord."),
    ],
    articleNotes: [
      note("toel-begrippen", "art-begrippen", "De begrippen sluiten aan bij de Huisvestingswet 2014."),
      note("toel-categorieen", "art-categorieen", ["De groepen in ", ref("art-categorieen-lid-groepen"), " volgen de wet."]),
      note("toel-hardheid", "art-hardheid", "Met de hardheidsclausule kan het college maatwerk leveren."),
      note("toel-beslissing", "art-beslissing", "De termijn sluit aan bij de Algemene wet bestuursrecht."),
    ],
    slots,
  });
}

/** The fixture, parsed. */
export function fixtureModel(): OrdinanceModel {
  return parseModel(fixtureModelJson());
}

/** The fixture as plain JSON, shaped like a seed file's default export. */
const fixtureModelDocument: Json = fixtureModelJson();
export default fixtureModelDocument;
