/**
 * Seed content: the Twente model urgency ordinance (model-urgentieverordening Twente), as the working group
 * puts it on the table. ProseMirror JSON per docs/ordinance-document.md. Numbers of chapters, articles, members
 * and items are never typed: they follow from the structure, and cross-references are `reference` nodes.
 */
import {
  alternativesSlot,
  amountSlot,
  article,
  articleNote,
  automaticSlot,
  chapter,
  clause,
  dateSlot,
  durationSlot,
  ifOption,
  ifSet,
  integerSlot,
  item,
  items,
  law,
  lid,
  member,
  multiselectSlot,
  noteHeading,
  optionalSlot,
  option,
  ordinance,
  p,
  ref,
  section,
  slot,
  term,
  textSlot,
  when,
  type Json,
} from "./model-builders";

// The national laws the model cites (BWB ids, see ordinance-model/law-references.ts).
const HW = "BWBR0035303"; // Huisvestingswet 2014
const GW = "BWBR0005416"; // Gemeentewet
const AWB = "BWBR0005537"; // Algemene wet bestuursrecht
const WMO = "BWBR0035362"; // Wet maatschappelijke ondersteuning 2015
const WHT = "BWBR0008659"; // Wet op de huurtoeslag
const JW = "BWBR0034925"; // Jeugdwet
const SR = "BWBR0001854"; // Wetboek van Strafrecht
const VW = "BWBR0011823"; // Vreemdelingenwet 2000
const WW = "BWBR0005181"; // Woningwet

const gemeente = slot("municipalityName");
const jaar = slot("ordinanceYear");

// ─────────────────────────────────────────────────────────────────────────────
// Aanhef
// ─────────────────────────────────────────────────────────────────────────────
const preamble: Json[] = [
  clause("aanhef-raad", "council", "De raad van de gemeente ", gemeente, ";"),
  clause("aanhef-voorstel", "read", "gelezen het voorstel van het college van burgemeester en wethouders;"),
  clause(
    "aanhef-overweging-wet",
    "considering",
    "overwegende dat de Huisvestingswet 2014, zoals gewijzigd bij de Wet versterking regie volkshuisvesting, de gemeenteraad verplicht in een huisvestingsverordening een urgentieregeling vast te stellen die in ieder geval voorrang geeft aan de bij de wet aangewezen categorieën van woningzoekenden;",
  ),
  clause(
    "aanhef-overweging-regio",
    "considering",
    "overwegende dat de veertien Twentse gemeenten, de provincie Overijssel en de Twentse woningcorporaties, verenigd in WoON Twente, hebben afgesproken in elke gemeente een gelijkluidende urgentieregeling vast te stellen, die wordt uitgevoerd via Woninghuren.nl;",
  ),
  clause(
    "aanhef-overweging-verdeling",
    "considering",
    "overwegende dat de Twentse gemeenten afspraken maken over een evenwichtige verdeling van de huisvesting van wettelijk urgenten over de regio, en dat deze verordening de uitvoering van die afspraken in de gemeente borgt;",
  ),
  clause(
    "aanhef-overweging-reikwijdte",
    "considering",
    "overwegende dat de gemeente met deze verordening alleen de voorrang bij de toewijzing van sociale huurwoningen van woningcorporaties regelt en geen verdere regels stelt over de verdeling van woonruimte;",
  ),
  clause(
    "aanhef-grondslag",
    "legalBasis",
    "gelet op de artikelen ", law(HW, "4", "4"), " en ", law(HW, "12", "12"), " van de Huisvestingswet 2014, zoals gewijzigd bij de Wet versterking regie volkshuisvesting, en ", law(GW, "149", "artikel 149 van de Gemeentewet"), ";",
  ),
  clause("aanhef-besluit", "decision", "besluit vast te stellen de volgende verordening:"),
];

// ─────────────────────────────────────────────────────────────────────────────
// Hoofdstuk 1 Algemene bepalingen
// ─────────────────────────────────────────────────────────────────────────────
const begrip = (id: string, word: string, ...rest: Parameters<typeof item>[1][]) => item(`item-begrip-${id}`, term(word), ": ", ...rest);

const hoofdstukAlgemeen = chapter(
  "hfd-algemeen",
  "Algemene bepalingen",
  article(
    "art-begrippen",
    "Begripsbepalingen",
    member(
      "art-begrippen-lid-1",
      p("In deze verordening wordt verstaan onder:"),
      items(
        begrip(
          "bemiddelingstafel",
          "bemiddelingstafel",
          "de regionale bemiddelingstafel, bedoeld in ",
          ref("art-bemiddelingstafel"),
          ";",
        ),
        begrip("beschermd-wonen", "beschermd wonen", "beschermd wonen als bedoeld in ", law(WMO, "1.1.1", "artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015"), ";"),
        begrip("college", "college", "het college van burgemeester en wethouders;"),
        begrip("forensische-zorg", "forensische zorg", "forensische zorg als bedoeld in de Wet forensische zorg;"),
        begrip("gemeente", "gemeente", "de gemeente ", gemeente, ";"),
        begrip(
          "herkomst",
          "gemeente van herkomst",
          "de gemeente die op grond van ",
          ref("art-herkomst-lid-bepaling"),
          " als gemeente van herkomst van een aanvrager of een wettelijk urgente geldt;",
        ),
        begrip(
          "huishouden",
          "huishouden",
          "een alleenstaande, of twee of meer personen die een duurzame gemeenschappelijke huishouding voeren of willen gaan voeren;",
        ),
        begrip(
          "huishoudinkomen",
          "huishoudinkomen",
          "het inkomen van het huishouden, vastgesteld op de wijze die bij of krachtens de Woningwet geldt voor de toewijzing van woongelegenheden door woningcorporaties;",
        ),
        begrip("huurprijsgrens", "huurprijsgrens", "het bedrag, genoemd in ", law(WHT, "13", "artikel 13, eerste lid, onderdeel a, van de Wet op de huurtoeslag", "1"), ";"),
        begrip(
          "jeugdhulp",
          "jeugdhulp met verblijf",
          "jeugdhulp als bedoeld in ", law(JW, "1.1", "artikel 1.1 van de Jeugdwet"), " die wordt geboden met verblijf in een accommodatie van een jeugdhulpaanbieder, een gezinshuis of een pleeggezin;",
        ),
        begrip(
          "klinische-ggz",
          "klinische geestelijke gezondheidszorg",
          "geestelijke gezondheidszorg die wordt verleend tijdens een opname met verblijf in een instelling, ook als die opname berust op de Wet verplichte geestelijke gezondheidszorg of de Wet zorg en dwang psychogeriatrische en verstandelijk gehandicapte cliënten;",
        ),
        begrip(
          "maatschappelijke-opvang",
          "maatschappelijke opvang",
          "opvang als bedoeld in ", law(WMO, "1.1.1", "artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015"), " van personen die dakloos zijn of de thuissituatie hebben verlaten, niet zijnde vrouwenopvang;",
        ),
        begrip("mantelzorg", "mantelzorg", "mantelzorg als bedoeld in ", law(WMO, "1.1.1", "artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015"), ";"),
        begrip(
          "mutatie",
          "mutatie",
          "een sociale huurwoning die beschikbaar komt voor verhuur aan een nieuwe huurder, met inbegrip van een nieuw gebouwde sociale huurwoning die voor het eerst wordt verhuurd;",
        ),
        begrip(
          "mensenhandel",
          "slachtoffer van mensenhandel",
          "een persoon ten aanzien van wie er aanwijzingen zijn dat hij slachtoffer is van mensenhandel als bedoeld in ", law(SR, "273f", "artikel 273f van het Wetboek van Strafrecht"), ";",
        ),
        begrip(
          "sociale-huurwoning",
          "sociale huurwoning",
          "een zelfstandige woonruimte in eigendom of beheer van een woningcorporatie, waarvan de huurprijs bij aanvang van de huurovereenkomst niet hoger is dan de huurprijsgrens;",
        ),
        begrip("urgent-woningzoekende", "urgent woningzoekende", "een woningzoekende aan wie een urgentieverklaring is verleend die nog geldig is;"),
        begrip(
          "urgentieloket",
          "urgentieloket",
          "het regionale urgentieloket, bedoeld in ",
          ref("art-urgentieloket"),
          ";",
        ),
        begrip(
          "urgentieverklaring",
          "urgentieverklaring",
          "een besluit van het college waarbij aan een woningzoekende en zijn huishouden voorrang wordt verleend bij de toewijzing van een sociale huurwoning;",
        ),
        begrip(
          "vergunninghouder",
          "vergunninghouder",
          "een vreemdeling die houder is van een verblijfsvergunning asiel voor bepaalde tijd als bedoeld in ", law(VW, "28", "artikel 28 van de Vreemdelingenwet 2000"), ", en de leden van zijn gezin die in verband daarmee verblijf is toegestaan;",
        ),
        begrip(
          "vrouwenopvang",
          "vrouwenopvang",
          "opvang als bedoeld in ", law(WMO, "1.1.1", "artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015"), " van personen die in verband met huiselijk geweld of de dreiging daarvan de thuissituatie hebben verlaten;",
        ),
        begrip("wet", "wet", "de Huisvestingswet 2014;"),
        begrip(
          "wettelijk-urgente",
          "wettelijk urgente",
          "een urgent woningzoekende aan wie de urgentieverklaring is verleend op grond van ",
          ref("art-cat-mantelzorg"),
          ", ",
          ref("art-cat-medisch"),
          ", ",
          ref("art-cat-uitstroom"),
          ", ",
          ref("art-cat-sekswerk"),
          " of ",
          ref("art-cat-gezinnen"),
          ";",
        ),
        begrip("woningcorporatie", "woningcorporatie", "een toegelaten instelling als bedoeld in ", law(WW, "19", "artikel 19 van de Woningwet"), " die in de gemeente woongelegenheden verhuurt;"),
        begrip("woninghuren", "Woninghuren.nl", "het gezamenlijke systeem van de Twentse woningcorporaties waarmee zij hun sociale huurwoningen aanbieden en toewijzen;"),
        begrip("woningzoekende", "woningzoekende", "een persoon die als woningzoekende is ingeschreven bij Woninghuren.nl;"),
        begrip(
          "zoekprofiel",
          "zoekprofiel",
          "de omschrijving van de woonruimte die passend is voor het huishouden van een urgent woningzoekende, bedoeld in ",
          ref("art-zoekprofiel"),
          ".",
        ),
      ),
    ),
  ),
  article(
    "art-reikwijdte",
    "Aard en reikwijdte",
    lid("art-reikwijdte-lid-aard", "Deze verordening is een huisvestingsverordening als bedoeld in ", law(HW, "4", "artikel 4 van de wet"), "."),
    lid(
      "art-reikwijdte-lid-onderwerp",
      "Deze verordening regelt de voorrang bij de toewijzing van sociale huurwoningen in de gemeente aan woningzoekenden die met spoed woonruimte nodig hebben, en de bijdrage van de gemeente aan een evenwichtige verdeling van de huisvesting van wettelijk urgenten in de regio.",
    ),
    lid(
      "art-reikwijdte-lid-voorraad",
      "Deze verordening is alleen van toepassing op sociale huurwoningen. Zij is niet van toepassing op woonruimte met een huurprijs boven de huurprijsgrens, op woonruimte van andere verhuurders dan woningcorporaties en op onzelfstandige woonruimte.",
    ),
    lid(
      "art-reikwijdte-lid-overig",
      "Deze verordening bevat geen andere regels over de verdeling van woonruimte dan die over urgentie en evenwichtige verdeling. Voor het overige wijzen de woningcorporaties hun woningen toe volgens hun eigen toewijzingsregels, via Woninghuren.nl.",
    ),
  ),
);

// ─────────────────────────────────────────────────────────────────────────────
// Hoofdstuk 2 Urgentie
// ─────────────────────────────────────────────────────────────────────────────
const paragraafAanvraag = section(
  "par-aanvraag",
  "Aanvraag en voorwaarden",
  article(
    "art-bevoegdheid",
    "Bevoegd college en doorzending",
    member(
      "art-bevoegdheid-lid-bevoegd",
      p("Het college beslist op een aanvraag om een urgentieverklaring:"),
      items(
        item(
          "item-bevoegd-wettelijk",
          "als de gemeente de gemeente van herkomst van de aanvrager is, of de gemeente die de bemiddelingstafel voor zijn huisvesting heeft aangewezen, bij een aanvraag op grond van ",
          ref("art-cat-mantelzorg"),
          ", ",
          ref("art-cat-medisch"),
          ", ",
          ref("art-cat-uitstroom"),
          ", ",
          ref("art-cat-sekswerk"),
          " of ",
          ref("art-cat-gezinnen"),
          "; en",
        ),
        item("item-bevoegd-lokaal", "als de aanvrager zijn hoofdverblijf in de gemeente heeft, bij een aanvraag op grond van ", ref("art-cat-lokaal"), "."),
      ),
    ),
    lid(
      "art-bevoegdheid-lid-doorzenden",
      "Ontvangt het college een aanvraag waarop het college van een andere gemeente in de woningmarktregio Twente beslist, dan zendt het de aanvraag op de voet van ", law(AWB, "2:3", "artikel 2:3 van de Algemene wet bestuursrecht"), " onverwijld door naar dat college, onder gelijktijdige mededeling daarvan aan de aanvrager.",
    ),
    lid(
      "art-bevoegdheid-lid-indienen",
      "Een aanvraag wordt ingediend bij het urgentieloket. De aanvraag kan ook digitaal worden ingediend via Woninghuren.nl.",
    ),
  ),
  ifOption(
    "decidingBody",
    "mandaat",
    article(
      "art-mandaat",
      "Mandaat",
      lid("art-mandaat-lid-mandaat", "Het college kan de bevoegdheid om op aanvragen om een urgentieverklaring te beslissen mandateren aan ", slot("mandateHolder"), "."),
      lid(
        "art-mandaat-lid-verantwoording",
        "Wie in mandaat beslist, legt daarover ten minste eenmaal per half jaar verantwoording af aan het college, met de gegevens, bedoeld in ",
        ref("art-monitoring-lid-gegevens"),
        ".",
      ),
    ),
  ),
  article(
    "art-urgentieloket",
    "Urgentieloket",
    lid(
      "art-urgentieloket-lid-instelling",
      "Het college houdt samen met de colleges van de andere gemeenten in de woningmarktregio Twente en met de woningcorporaties een regionaal urgentieloket in stand onder de naam ",
      slot("regionalDeskName"),
      ".",
    ),
    lid(
      "art-urgentieloket-lid-taak",
      "Het urgentieloket neemt aanvragen namens het college in ontvangst, bereidt de beslissing erop voor en zendt een aanvraag door als bedoeld in ",
      ref("art-bevoegdheid-lid-doorzenden"),
      ".",
    ),
    lid(
      "art-urgentieloket-lid-afspraken",
      "Het college legt de afspraken over de taken, de werkwijze en de bekostiging van het urgentieloket schriftelijk vast met de andere colleges en de woningcorporaties.",
    ),
  ),
  article(
    "art-aanvraag",
    "Aanvraag",
    lid(
      "art-aanvraag-lid-aanvrager",
      "Een urgentieverklaring wordt aangevraagd door een woningzoekende, voor zichzelf en de leden van zijn huishouden die met hem een woning zullen betrekken.",
    ),
    lid(
      "art-aanvraag-lid-instelling",
      "Voor een woningzoekende als bedoeld in ",
      ref("art-cat-uitstroom"),
      " kan de aanvraag, met zijn schriftelijke instemming, ook worden ingediend door de instelling waar hij verblijft of door het college van de gemeente die zijn verblijf bekostigt.",
    ),
    member(
      "art-aanvraag-lid-gegevens",
      p("De aanvrager verstrekt bij de aanvraag:"),
      items(
        item("item-aanvraag-personalia", "de personalia van de leden van het huishouden en het adres waar zij verblijven;"),
        item("item-aanvraag-inkomen", "gegevens over het huishoudinkomen en het vermogen van het huishouden;"),
        item(
          "item-aanvraag-probleem",
          "een beschrijving van het huisvestingsprobleem, van de oorzaak daarvan en van wat het huishouden zelf heeft gedaan om het op te lossen;",
        ),
        item("item-aanvraag-stukken", "de stukken die nodig zijn om te beoordelen of aan de voorwaarden van deze verordening is voldaan; en"),
        item(
          "item-aanvraag-toestemming",
          "zo nodig, de namen van de behandelaars, instellingen of hulpverleners bij wie het college of een adviseur de gegevens kan opvragen die voor de beoordeling van de aanvraag nodig zijn.",
        ),
      ),
    ),
    lid(
      "art-aanvraag-lid-beslistermijn",
      "Het college beslist binnen ",
      slot("decisionPeriodWeeks"),
      " weken na ontvangst van de aanvraag.",
    ),
    lid(
      "art-aanvraag-lid-verdaging",
      "Het college kan de beslissing eenmaal voor ten hoogste ",
      slot("decisionExtensionWeeks"),
      " weken verdagen als een advies als bedoeld in ",
      ref("art-advies"),
      " of een advies van de bemiddelingstafel nodig is, of als de aanvraag bijzonder complex is. Het doet daarvan vóór het einde van de termijn, bedoeld in ",
      ref("art-aanvraag-lid-beslistermijn"),
      " schriftelijk mededeling aan de aanvrager.",
    ),
  ),
  ifSet(
    "applicationFeeCharged",
    article(
      "art-leges",
      "Leges",
      lid(
        "art-leges-lid-bedrag",
        "Voor het in behandeling nemen van een aanvraag om een urgentieverklaring worden leges geheven ten bedrage van ",
        slot("applicationFee"),
        ", op de voet van de legesverordening van de gemeente.",
      ),
      lid("art-leges-lid-vrijstelling", "Geen leges worden geheven voor een aanvraag die is ingediend op de wijze, bedoeld in ", ref("art-aanvraag-lid-instelling"), "."),
      lid("art-leges-lid-teruggaaf", "Als een urgentieverklaring wordt verleend, worden de geheven leges terugbetaald."),
    ),
  ),
  article(
    "art-advies",
    "Advies",
    lid(
      "art-advies-lid-algemeen",
      "Het college kan, voordat het beslist, advies vragen aan een onafhankelijk deskundige op medisch of sociaal gebied, aan een instelling voor zorg, opvang of begeleiding, of aan een woningcorporatie.",
    ),
    lid(
      "art-advies-lid-medisch",
      "Op een aanvraag als bedoeld in ",
      ref("art-cat-medisch"),
      " beslist het college niet zonder advies van een onafhankelijk arts of ander medisch deskundige die de aanvrager of een lid van zijn huishouden niet behandelt.",
    ),
    lid("art-advies-lid-gegevens", "Het college verstrekt een adviseur alleen de gegevens die voor het advies nodig zijn."),
  ),
  article(
    "art-voorwaarden",
    "Algemene voorwaarden",
    member(
      "art-voorwaarden-lid-algemeen",
      p("Een urgentieverklaring wordt alleen verleend als:"),
      items(
        item("item-voorwaarde-leeftijd", "de aanvrager ten minste ", slot("minimumAge"), " jaar oud is;"),
        item(
          "item-voorwaarde-inkomen",
          "het huishoudinkomen niet hoger is dan de inkomensgrens die bij of krachtens de Woningwet geldt voor de toewijzing van sociale huurwoningen door woningcorporaties;",
        ),
        item("item-voorwaarde-vermogen", "het vermogen van het huishouden niet hoger is dan ", slot("assetLimit"), ";"),
        item(
          "item-voorwaarde-binding",
          "de aanvrager onmiddellijk voorafgaand aan de aanvraag ten minste ",
          slot("bindingYears"),
          " jaar onafgebroken zijn hoofdverblijf heeft in ",
          slot("bindingArea"),
          ";",
        ),
        item(
          "item-voorwaarde-zelfredzaamheid",
          "het huishouden zijn huisvestingsprobleem niet binnen een redelijke termijn op eigen kracht kan oplossen, ook niet met hulp van zijn netwerk, met eigen middelen of door te zoeken buiten de sociale huursector;",
        ),
        item(
          "item-voorwaarde-verwijtbaar",
          "het huisvestingsprobleem niet het gevolg is van een handelen of nalaten van het huishouden dat redelijkerwijs te voorkomen was; en",
        ),
        item("item-voorwaarde-oplossing", "het huisvestingsprobleem wordt opgelost door het betrekken van een sociale huurwoning die past binnen het zoekprofiel."),
      ),
    ),
    member(
      "art-voorwaarden-lid-binding",
      p("De voorwaarde, bedoeld in ", ref("item-voorwaarde-binding"), " geldt niet voor:"),
      items(
        item("item-binding-wettelijk", "een aanvraag als bedoeld in ", ref("item-bevoegd-wettelijk"), "; en"),
        item(
          "item-binding-veiligheid",
          "een woningzoekende voor wie terugkeer naar zijn vorige woonplaats wegens huiselijk geweld, eergerelateerd geweld, mensenhandel of een andere ernstige bedreiging niet veilig is.",
        ),
      ),
    ),
    lid(
      "art-voorwaarden-lid-verwijtbaar",
      "De voorwaarde, bedoeld in ",
      ref("item-voorwaarde-verwijtbaar"),
      " geldt niet voor een aanvraag op grond van ",
      ref("item-cat-detentie"),
      " of ",
      ref("art-cat-gezinnen"),
      ".",
    ),
    ifSet(
      "incomeExceptionMedical",
      lid(
        "art-voorwaarden-lid-inkomen-medisch",
        "Het college kan afwijken van ",
        ref("item-voorwaarde-inkomen"),
        " voor een woningzoekende als bedoeld in ",
        ref("art-cat-medisch"),
        " die is aangewezen op een aangepaste woning en die zo'n woning niet binnen een redelijke termijn buiten de sociale huursector kan vinden.",
      ),
    ),
    lid(
      "art-voorwaarden-lid-wettelijke-criteria",
      "Zijn bij of krachtens de wet criteria gesteld voor een categorie van woningzoekenden die verplicht voorrang krijgt, dan past het college die criteria toe. Een voorwaarde uit deze verordening die daarmee in strijd is, blijft voor die categorie buiten toepassing.",
    ),
  ),
);

const paragraafCategorieen = section(
  "par-categorieen",
  "Urgentiecategorieën",
  article(
    "art-cat-mantelzorg",
    "Mantelzorg",
    member(
      "art-cat-mantelzorg-lid-voorwaarden",
      p("Het college verleent een urgentieverklaring wegens mantelzorg aan een woningzoekende die mantelzorg verleent of ontvangt, als:"),
      items(
        item(
          "item-mantelzorg-omvang",
          "de mantelzorg ten minste ",
          slot("careHoursPerWeek"),
          " uur per week in beslag neemt en naar verwachting ten minste een jaar nodig blijft;",
        ),
        item(
          "item-mantelzorg-noodzaak",
          "zonder de mantelzorg opname in een instelling of een aanzienlijke uitbreiding van professionele zorg nodig zou zijn;",
        ),
        item(
          "item-mantelzorg-afstand",
          "de afstand tussen de woningen van de mantelzorger en de mantelzorgontvanger, of de ongeschiktheid van een van die woningen, het verlenen van de mantelzorg ernstig belemmert; en",
        ),
        item("item-mantelzorg-alternatief", "de mantelzorg niet op een andere redelijke wijze kan worden georganiseerd."),
      ),
    ),
    lid(
      "art-cat-mantelzorg-lid-nabijheid",
      "De urgentieverklaring geeft voorrang op een sociale huurwoning in de nabijheid van de mantelzorgontvanger of, als de mantelzorgontvanger verhuist, in de nabijheid van de mantelzorger. Zij kan ook betrekking hebben op een woning die geschikt is om samen te wonen.",
    ),
    lid(
      "art-cat-mantelzorg-lid-een",
      "Een urgentieverklaring wegens mantelzorg wordt verleend aan de mantelzorger of aan de mantelzorgontvanger, niet aan beiden.",
    ),
  ),
  article(
    "art-cat-medisch",
    "Medische urgentie",
    member(
      "art-cat-medisch-lid-voorwaarden",
      p(
        "Het college verleent een urgentieverklaring op medische gronden aan een woningzoekende die, of van wie een lid van het huishouden, als gevolg van een lichamelijke, verstandelijke of zintuiglijke beperking of een psychische kwetsbaarheid om ernstige en chronische medische redenen andere huisvesting nodig heeft, als:",
      ),
      items(
        item(
          "item-medisch-woning",
          "de huidige woonruimte door die beperking of kwetsbaarheid ongeschikt is en het zelfstandig functioneren in die woonruimte ernstig wordt belemmerd;",
        ),
        item(
          "item-medisch-voorziening",
          "de belemmering niet kan worden weggenomen met een woningaanpassing, een voorziening op grond van de Wet maatschappelijke ondersteuning 2015 of andere hulpmiddelen; en",
        ),
        item("item-medisch-verbetering", "een verhuizing naar een woning die past binnen het zoekprofiel de situatie wezenlijk verbetert."),
      ),
    ),
    lid(
      "art-cat-medisch-lid-advies",
      "Het college beoordeelt de aanvraag mede op grond van het advies, bedoeld in ",
      ref("art-advies-lid-medisch"),
      ".",
    ),
  ),
  article(
    "art-cat-uitstroom",
    "Uitstroom uit opvang, zorg of justitiële inrichting",
    member(
      "art-cat-uitstroom-lid-categorieen",
      p("Het college verleent een urgentieverklaring wegens uitstroom aan een woningzoekende die:"),
      items(
        item("item-cat-maatschappelijke-opvang", "verblijft in de maatschappelijke opvang en daarop niet langer is aangewezen;"),
        item(
          "item-cat-beschermd-wonen",
          "beschermd woont en volgens de gemeente die het beschermd wonen bekostigt zelfstandig kan wonen, al dan niet met ambulante begeleiding;",
        ),
        item(
          "item-cat-klinische-ggz",
          "is opgenomen in de klinische geestelijke gezondheidszorg en volgens de behandelaar na ontslag zelfstandig kan wonen, terwijl hij geen woonruimte heeft waarnaar hij kan terugkeren;",
        ),
        item(
          "item-cat-vrouwenopvang",
          "verblijft in de vrouwenopvang, of als slachtoffer van mensenhandel in een opvangvoorziening, en daarop niet langer is aangewezen;",
        ),
        item(
          "item-cat-jeugdhulp",
          "jeugdhulp met verblijf ontvangt of tot zijn meerderjarigheid heeft ontvangen en volgens de jeugdhulpaanbieder of de gemeente toe is aan zelfstandig wonen; of",
        ),
        item(
          "item-cat-detentie",
          "verblijft in een justitiële jeugdinrichting of een penitentiaire inrichting, of forensische zorg met verblijf ontvangt, en binnen drie maanden vertrekt, terwijl hij geen woonruimte heeft waarnaar hij kan terugkeren.",
        ),
      ),
    ),
    member(
      "art-cat-uitstroom-lid-voorwaarden",
      p("Een urgentieverklaring als bedoeld in ", ref("art-cat-uitstroom-lid-categorieen"), " wordt alleen verleend als:"),
      items(
        item(
          "item-uitstroom-verklaring",
          "de instelling of de gemeente die het verblijf bekostigt schriftelijk verklaart dat de woningzoekende in staat is zelfstandig te wonen;",
        ),
        item(
          "item-uitstroom-begeleiding",
          "de begeleiding of zorg die na het vertrek nodig is, is geregeld en de woningzoekende bereid is daaraan mee te werken; en",
        ),
        item(
          "item-uitstroom-termijn",
          "zonder urgentieverklaring redelijkerwijs geen passende woonruimte beschikbaar komt voor het moment waarop de woningzoekende de instelling of voorziening verlaat.",
        ),
      ),
    ),
    lid(
      "art-cat-uitstroom-lid-afspraken",
      "Het college kan aan een urgentieverklaring als bedoeld in ",
      ref("art-cat-uitstroom-lid-categorieen"),
      " de voorwaarde verbinden dat de woningzoekende met de woningcorporatie en de begeleidende instelling schriftelijke afspraken maakt over de begeleiding na het betrekken van de woning.",
    ),
  ),
  article(
    "art-cat-sekswerk",
    "Uitstappende sekswerkers",
    member(
      "art-cat-sekswerk-lid-voorwaarden",
      p("Het college verleent een urgentieverklaring aan een woningzoekende die zijn werk als sekswerker beëindigt, als:"),
      items(
        item(
          "item-sekswerk-programma",
          "hij deelneemt aan een uitstapprogramma of wordt begeleid door een organisatie die is gespecialiseerd in ondersteuning bij het uitstappen;",
        ),
        item("item-sekswerk-woonsituatie", "zijn huidige woonsituatie met het sekswerk is verbonden of het uitstappen anderszins in de weg staat; en"),
        item("item-sekswerk-verklaring", "de begeleidende organisatie verklaart dat een andere woning nodig is om het uitstappen te laten slagen."),
      ),
    ),
  ),
  article(
    "art-cat-gezinnen",
    "Dakloze gezinnen met minderjarige kinderen",
    member(
      "art-cat-gezinnen-lid-voorwaarden",
      p("Het college verleent een urgentieverklaring aan een huishouden met een of meer minderjarige kinderen, als:"),
      items(
        item(
          "item-gezinnen-dakloos",
          "het huishouden geen eigen woonruimte heeft en verblijft in de opvang, in een tijdelijke noodvoorziening, zonder duurzaam perspectief bij anderen, of op een plek die niet voor bewoning is bestemd;",
        ),
        item("item-gezinnen-kinderen", "de minderjarige kinderen feitelijk deel uitmaken van het huishouden en bij de aanvrager verblijven; en"),
        item(
          "item-gezinnen-onderzoek",
          "na onderzoek door of namens het college is vastgesteld dat het huishouden zijn dakloosheid niet binnen een redelijke termijn zelf kan beëindigen.",
        ),
      ),
    ),
  ),
  article(
    "art-cat-lokaal",
    "Aanvullende urgentiecategorieën",
    member(
      "art-cat-lokaal-lid-categorieen",
      p("Het college kan ook een urgentieverklaring verlenen aan:"),
      items(
        ifOption(
          "localCategories",
          "huiselijkGeweld",
          item(
            "item-lokaal-huiselijk-geweld",
            "een woningzoekende die als gevolg van huiselijk geweld of eergerelateerd geweld niet langer in zijn woning kan blijven, niet in de vrouwenopvang verblijft en van wie Veilig Thuis of de politie bevestigt dat terugkeer naar de woning niet veilig is;",
          ),
        ),
        ifOption(
          "localCategories",
          "herstructurering",
          item(
            "item-lokaal-herstructurering",
            "een huurder van een sociale huurwoning die zijn woning moet verlaten omdat de woningcorporatie de woning sloopt of ingrijpend renoveert, als op hem een sociaal plan van toepassing is dat de woningcorporatie met de huurdersorganisatie heeft afgesproken;",
          ),
        ),
        ifOption(
          "localCategories",
          "scheiding",
          item(
            "item-lokaal-scheiding",
            "een ouder die na het einde van een huwelijk, geregistreerd partnerschap of duurzame samenwoning de gezamenlijke woning heeft moeten verlaten, als volgens een ouderschapsplan of een rechterlijke uitspraak een of meer minderjarige kinderen ten minste drie dagen per week bij hem verblijven;",
          ),
        ),
        ifOption(
          "localCategories",
          "vergunninghouders",
          item(
            "item-lokaal-vergunninghouders",
            "een vergunninghouder die in het kader van de wettelijke taakstelling in de gemeente moet worden gehuisvest; de voorwaarde, bedoeld in ",
            ref("item-voorwaarde-binding"),
            " geldt voor hem niet;",
          ),
        ),
        item(
          "item-lokaal-calamiteit",
          "een woningzoekende van wie de zelfstandige woonruimte door brand, overstroming, instorting of een andere calamiteit blijvend onbewoonbaar is geworden, als het huishouden daarvoor niet verzekerd is en de verhuurder geen vervangende woonruimte aanbiedt.",
        ),
      ),
    ),
    lid(
      "art-cat-lokaal-lid-geen-wettelijk-urgente",
      "Een urgent woningzoekende als bedoeld in ",
      ref("art-cat-lokaal-lid-categorieen"),
      " is geen wettelijk urgente. Hij telt niet mee voor het aandeel, bedoeld in ",
      ref("art-minimumaandeel-lid-aandeel"),
      ".",
    ),
    ifOption(
      "localCategoriesInDistribution",
      "nee",
      lid(
        "art-cat-lokaal-lid-verdeling-niet",
        "Een urgent woningzoekende als bedoeld in ",
        ref("art-cat-lokaal-lid-categorieen"),
        " telt ook niet mee voor de afspraken, bedoeld in ",
        ref("art-verdeelafspraken-lid-afspraken"),
        ".",
      ),
    ),
    ifOption(
      "localCategoriesInDistribution",
      "ja",
      lid(
        "art-cat-lokaal-lid-verdeling-wel",
        "Een urgent woningzoekende als bedoeld in ",
        ref("art-cat-lokaal-lid-categorieen"),
        " telt wel mee voor de afspraken, bedoeld in ",
        ref("art-verdeelafspraken-lid-afspraken"),
        " voor zover die afspraken ook over zijn categorie gaan.",
      ),
    ),
  ),
);

const paragraafVerklaring = section(
  "par-urgentieverklaring",
  "De urgentieverklaring",
  article(
    "art-inhoud",
    "Inhoud van de urgentieverklaring",
    member(
      "art-inhoud-lid-vermeldingen",
      p("In de urgentieverklaring vermeldt het college in ieder geval:"),
      items(
        item("item-inhoud-categorie", "de urgentiecategorie waarop de urgentieverklaring berust;"),
        item(
          "item-inhoud-herkomst",
          "bij een wettelijk urgente: de gemeente van herkomst of, als de bemiddelingstafel een andere gemeente heeft aangewezen, die gemeente;",
        ),
        item("item-inhoud-zoekprofiel", "het zoekprofiel;"),
        item("item-inhoud-geldigheid", "de datum tot wanneer de urgentieverklaring geldig is; en"),
        item("item-inhoud-voorwaarden", "de voorwaarden die aan de urgentieverklaring zijn verbonden, waaronder afspraken over begeleiding."),
      ),
    ),
    lid(
      "art-inhoud-lid-registratie",
      "Het college verstrekt de woningcorporaties de gegevens uit de urgentieverklaring die nodig zijn om de voorrang in Woninghuren.nl te registreren en toe te passen.",
    ),
  ),
  article(
    "art-zoekprofiel",
    "Zoekprofiel",
    lid(
      "art-zoekprofiel-lid-vaststelling",
      "Het college stelt het zoekprofiel vast na overleg met de aanvrager en, zo nodig, met de woningcorporaties.",
    ),
    member(
      "art-zoekprofiel-lid-inhoud",
      p("Het zoekprofiel omschrijft:"),
      items(
        item("item-zoekprofiel-type", "het type en de grootte van de woning die passend zijn voor het huishouden;"),
        item(
          "item-zoekprofiel-huur",
          "de huurprijs die past bij het huishoudinkomen, met inachtneming van de regels over passend toewijzen die voor woningcorporaties gelden;",
        ),
        item("item-zoekprofiel-gebied", "het gebied waarin de woning wordt gezocht; en"),
        item(
          "item-zoekprofiel-eisen",
          "de bijzondere eisen die uit de grond van de urgentie voortvloeien, zoals toegankelijkheid van de woning of nabijheid van zorg.",
        ),
      ),
    ),
    lid(
      "art-zoekprofiel-lid-gemeente",
      "Het zoekgebied ligt bij een wettelijk urgente in de gemeente die in de urgentieverklaring is genoemd op grond van ",
      ref("item-inhoud-herkomst"),
      " en bij een andere urgent woningzoekende in de gemeente.",
    ),
    ifOption(
      "searchArea",
      "gemeente",
      lid(
        "art-zoekprofiel-lid-ruimte-gemeente",
        "Het zoekgebied omvat de hele gemeente, tenzij de grond van de urgentie een kleiner gebied vergt. Het zoekprofiel is zo ruim dat een passend aanbod binnen de geldigheidsduur redelijkerwijs te verwachten is.",
      ),
    ),
    ifOption(
      "searchArea",
      "kern",
      lid(
        "art-zoekprofiel-lid-ruimte-kern",
        "Het zoekgebied omvat de hele gemeente, tenzij de grond van de urgentie een kleiner gebied vergt of het college in het zoekprofiel een of meer kernen aanwijst waarin een passend aanbod binnen de geldigheidsduur redelijkerwijs te verwachten is. Het zoekprofiel is zo ruim dat zo'n aanbod te verwachten is.",
      ),
    ),
    lid(
      "art-zoekprofiel-lid-bemiddeling",
      "Een woningcorporatie kan een urgent woningzoekende een woning die past binnen het zoekprofiel rechtstreeks aanbieden, ook als hij niet via Woninghuren.nl op die woning heeft gereageerd.",
    ),
  ),
  article(
    "art-geldigheid",
    "Geldigheidsduur",
    lid(
      "art-geldigheid-lid-duur",
      "Een urgentieverklaring is geldig gedurende ",
      slot("validityPeriod"),
      " na de dag waarop zij is bekendgemaakt.",
    ),
    ifSet(
      "validityExtensionAllowed",
      lid(
        "art-geldigheid-lid-verlenging",
        "Het college kan de geldigheidsduur op verzoek van de urgent woningzoekende eenmaal verlengen met ten hoogste ",
        slot("validityExtension"),
        ", als hem binnen de termijn, bedoeld in ",
        ref("art-geldigheid-lid-duur"),
        " geen woning is aangeboden die past binnen het zoekprofiel en dat niet aan hem is toe te rekenen.",
      ),
    ),
    member(
      "art-geldigheid-lid-verval",
      p("Een urgentieverklaring vervalt:"),
      items(
        item("item-verval-huurovereenkomst", "als de urgent woningzoekende een huurovereenkomst sluit voor een zelfstandige woning;"),
        item("item-verval-termijn", "na afloop van de geldigheidsduur; of"),
        item("item-verval-intrekking", "als zij wordt ingetrokken op grond van ", ref("art-intrekking"), "."),
      ),
    ),
  ),
  article(
    "art-erkenning",
    "Erkenning van urgentieverklaringen uit Twente",
    lid(
      "art-erkenning-lid-gelijkstelling",
      "Een urgentieverklaring die het college van een andere gemeente in de woningmarktregio Twente heeft verleend op grond van een verordening die op dit punt gelijkluidend is aan deze verordening, geldt in de gemeente als een urgentieverklaring die het college heeft verleend.",
    ),
    lid(
      "art-erkenning-lid-beslissingen",
      "Over de geldigheid, de verlenging en de intrekking van zo'n urgentieverklaring beslist het college dat haar heeft verleend.",
    ),
  ),
  article(
    "art-volgorde",
    "Volgorde",
    lid(
      "art-volgorde-lid-voorrang",
      "Bij de toewijzing van een sociale huurwoning die past binnen zijn zoekprofiel gaat een urgent woningzoekende voor op woningzoekenden zonder urgentieverklaring.",
    ),
    lid(
      "art-volgorde-lid-onderling",
      "Komen meer urgent woningzoekenden in aanmerking voor dezelfde woning, dan gaat voor degene wiens urgentieverklaring het eerst is verleend. Bij gelijke datum gaat voor wie het langst als woningzoekende is ingeschreven.",
    ),
    lid(
      "art-volgorde-lid-aangepast",
      "In afwijking van ",
      ref("art-volgorde-lid-onderling"),
      " kan de woningcorporatie een woning met voorzieningen voor mensen met een beperking eerst aanbieden aan een urgent woningzoekende als bedoeld in ",
      ref("art-cat-medisch"),
      " die op die voorzieningen is aangewezen.",
    ),
    lid(
      "art-volgorde-lid-taakstelling",
      "Dit artikel laat ",
      ref("art-vergunninghouders"),
      " onverlet.",
    ),
  ),
  article(
    "art-weigering",
    "Weigeringsgronden",
    member(
      "art-weigering-lid-gronden",
      p("Het college weigert een urgentieverklaring in ieder geval als:"),
      items(
        item(
          "item-weigering-voorwaarden",
          "niet is voldaan aan ",
          ref("art-voorwaarden"),
          " of aan de voorwaarden van de urgentiecategorie waarop de aanvraag berust;",
        ),
        item(
          "item-weigering-eerder-ingetrokken",
          "aan de aanvrager in de twee jaar voorafgaand aan de aanvraag een urgentieverklaring is ingetrokken op grond van ",
          ref("item-intrekking-gegevens"),
          " of ",
          ref("item-intrekking-aanbod"),
          " tenzij zijn omstandigheden sindsdien ingrijpend zijn gewijzigd;",
        ),
        item(
          "item-weigering-andere-woonruimte",
          "de aanvrager of een lid van zijn huishouden beschikt over andere woonruimte die hij redelijkerwijs kan gaan bewonen; of",
        ),
        item(
          "item-weigering-medewerking",
          "de aanvrager niet meewerkt aan het onderzoek of het advies dat nodig is om de aanvraag te beoordelen.",
        ),
      ),
    ),
  ),
  article(
    "art-intrekking",
    "Intrekking van de urgentieverklaring",
    member(
      "art-intrekking-lid-gronden",
      p("Het college kan een urgentieverklaring intrekken als:"),
      items(
        item(
          "item-intrekking-gegevens",
          "zij is verleend op grond van onjuiste of onvolledige gegevens en het college bij kennis van de juiste gegevens anders zou hebben beslist;",
        ),
        item(
          "item-intrekking-omstandigheden",
          "de omstandigheden van het huishouden zo zijn gewijzigd dat niet langer wordt voldaan aan de voorwaarden waaronder zij is verleend;",
        ),
        item(
          "item-intrekking-aanbod",
          "de urgent woningzoekende ten minste ",
          slot("maxRefusals"),
          " keer een aanbod heeft geweigerd van een woning die past binnen zijn zoekprofiel;",
        ),
        item(
          "item-intrekking-medewerking",
          "de urgent woningzoekende zonder goede reden niet meewerkt aan de bemiddeling naar een woning, waaronder het tijdig reageren op een aanbod; of",
        ),
        item("item-intrekking-voorwaarden", "de urgent woningzoekende de voorwaarden die aan de urgentieverklaring zijn verbonden niet nakomt."),
      ),
    ),
    lid(
      "art-intrekking-lid-gegronde-weigering",
      "Een aanbod geldt niet als geweigerd als bedoeld in ",
      ref("item-intrekking-aanbod"),
      " als de woning bij nader inzien niet past binnen het zoekprofiel of de urgent woningzoekende een andere gegronde reden had om het aanbod af te slaan.",
    ),
    lid(
      "art-intrekking-lid-zienswijze",
      "Het college stelt de urgent woningzoekende in de gelegenheid zijn zienswijze naar voren te brengen voordat het de urgentieverklaring intrekt.",
    ),
  ),
);

const paragraafBijzonder = section(
  "par-bijzonder",
  "Bijzondere bepalingen",
  article(
    "art-hardheid",
    "Hardheidsclausule",
    lid(
      "art-hardheid-lid-afwijken",
      "Het college kan in bijzondere gevallen ten gunste van de aanvrager afwijken van de bepalingen van dit hoofdstuk, als toepassing daarvan leidt tot een onbillijkheid van overwegende aard. Het wijkt daarbij niet af van criteria die bij of krachtens de wet zijn gesteld.",
    ),
    lid(
      "art-hardheid-lid-verantwoording",
      "Het college motiveert de toepassing van ",
      ref("art-hardheid-lid-afwijken"),
      " in het besluit en neemt het aantal keren dat het die bepaling heeft toegepast op in de gegevens, bedoeld in ",
      ref("art-monitoring-lid-gegevens"),
      ".",
    ),
  ),
  article(
    "art-bezwaar",
    "Bezwaar",
    lid(
      "art-bezwaar-lid-college",
      "Op een bezwaar tegen een besluit op grond van dit hoofdstuk beslist het college, ook als het besluit namens het college is genomen.",
    ),
    ifOption(
      "objectionAdvice",
      "commissie",
      lid(
        "art-bezwaar-lid-commissie",
        "Voordat het college op een bezwaar beslist, vraagt het advies aan de commissie voor de bezwaarschriften van de gemeente, bedoeld in ", law(AWB, "7:13", "artikel 7:13 van de Algemene wet bestuursrecht"), ".",
      ),
    ),
    ifOption(
      "objectionAdvice",
      "college",
      lid(
        "art-bezwaar-lid-horen",
        "Het college hoort de indiener van een bezwaar zelf. Het horen geschiedt door een of meer personen die niet bij de voorbereiding van het besluit betrokken zijn geweest.",
      ),
    ),
    lid(
      "art-bezwaar-lid-medisch",
      "Bij een bezwaar tegen een besluit op een aanvraag als bedoeld in ",
      ref("art-cat-medisch"),
      " kan het college advies vragen aan een andere medisch deskundige dan degene die het advies, bedoeld in ",
      ref("art-advies-lid-medisch"),
      " heeft uitgebracht.",
    ),
  ),
  article(
    "art-nadere-regels",
    "Nadere regels",
    lid(
      "art-nadere-regels-lid-onderwerpen",
      "Het college kan nadere regels stellen over de aanvraag, het advies, het zoekprofiel, de toepassing van de urgentiecategorieën en de werkwijze van het urgentieloket.",
    ),
    lid(
      "art-nadere-regels-lid-afstemming",
      "Het college stelt die regels vast na afstemming met de colleges van de andere gemeenten in de woningmarktregio Twente, zodat zij in de hele regio gelijk zijn.",
    ),
  ),
);

const hoofdstukUrgentie = chapter("hfd-urgentie", "Urgentie", paragraafAanvraag, paragraafCategorieen, paragraafVerklaring, paragraafBijzonder);

// ─────────────────────────────────────────────────────────────────────────────
// Hoofdstuk 3 Evenwichtige verdeling
// ─────────────────────────────────────────────────────────────────────────────
const hoofdstukVerdeling = chapter(
  "hfd-verdeling",
  "Evenwichtige verdeling",
  article(
    "art-verdeelafspraken",
    "Regionale verdeelafspraken",
    lid(
      "art-verdeelafspraken-lid-afspraken",
      "Het college maakt met de colleges van de andere gemeenten in de woningmarktregio Twente afspraken over een evenwichtige verdeling van de huisvesting van wettelijk urgenten over de gemeenten in die regio.",
    ),
    member(
      "art-verdeelafspraken-lid-inhoud",
      p("De afspraken gaan in ieder geval over:"),
      items(
        item("item-afspraken-woonplaats", "de toepassing van het woonplaatsbeginsel, bedoeld in ", ref("art-herkomst"), " en de uitzonderingen daarop;"),
        item(
          "item-afspraken-tempo",
          "het tempo waarin een gemeente waar een evenwichtige verdeling door een tekort aan passende woningen niet direct haalbaar is, daar geleidelijk naartoe groeit;",
        ),
        item("item-afspraken-wederkerigheid", "het bijspringen van gemeenten voor elkaar als een gemeente een wettelijk urgente niet passend kan huisvesten; en"),
        item("item-afspraken-monitoring", "de halfjaarlijkse monitoring, de evaluatie en het tussentijds opnieuw bespreken van de afspraken."),
      ),
    ),
    lid(
      "art-verdeelafspraken-lid-passend",
      "Bij de verdeling is leidend welke woonplaats en welke woning passend zijn voor de wettelijk urgente.",
    ),
    lid(
      "art-verdeelafspraken-lid-prestatieafspraken",
      "Het college neemt de afspraken, samen met de woningcorporaties en de huurdersorganisaties, op in de prestatieafspraken en voert ze uit in samenwerking met de woningcorporaties.",
    ),
    lid(
      "art-verdeelafspraken-lid-programma",
      "Het college besteedt in het volkshuisvestingsprogramma aandacht aan de toevoeging van kleine, betaalbare sociale huurwoningen, door nieuwbouw of door beter gebruik van de bestaande voorraad.",
    ),
  ),
  article(
    "art-herkomst",
    "Gemeente van herkomst",
    member(
      "art-herkomst-lid-bepaling",
      p("Als gemeente van herkomst geldt:"),
      items(
        item(
          "item-herkomst-uitstroom",
          "voor een woningzoekende als bedoeld in ",
          ref("art-cat-uitstroom"),
          ": de gemeente waar hij zijn hoofdverblijf had onmiddellijk voordat hij in de instelling of voorziening werd opgenomen;",
        ),
        item(
          "item-herkomst-gezin",
          "voor een huishouden als bedoeld in ",
          ref("art-cat-gezinnen"),
          ": de gemeente waar het huishouden het laatst eigen woonruimte had;",
        ),
        item(
          "item-herkomst-mantelzorg",
          "voor een mantelzorger of mantelzorgontvanger als bedoeld in ",
          ref("art-cat-mantelzorg"),
          ": de gemeente waar de ander woont of gaat wonen; en",
        ),
        item("item-herkomst-overig", "voor een andere woningzoekende: de gemeente waar hij bij de aanvraag zijn hoofdverblijf heeft."),
      ),
    ),
    lid(
      "art-herkomst-lid-beginsel",
      "Een wettelijk urgente wordt gehuisvest in zijn gemeente van herkomst, tenzij de bemiddelingstafel een andere gemeente heeft aangewezen.",
    ),
    member(
      "art-herkomst-lid-uitzonderingen",
      p("Het college vraagt de bemiddelingstafel om advies over de gemeente waar een aanvrager als bedoeld in ", ref("item-bevoegd-wettelijk"), " wordt gehuisvest, als:"),
      items(
        item("item-herkomst-onveilig", "terugkeer naar de gemeente van herkomst voor de aanvrager of voor anderen niet veilig is;"),
        item(
          "item-herkomst-problematiek",
          "terugkeer naar de gemeente van herkomst naar het oordeel van de instelling of de begeleider het ontstaan of voortduren van ernstige problemen bevordert;",
        ),
        item("item-herkomst-onbekend", "de gemeente van herkomst niet is vast te stellen; of"),
        item("item-herkomst-onduidelijk", "op een andere grond onduidelijk is waar de aanvrager passend kan worden gehuisvest."),
      ),
    ),
    lid(
      "art-herkomst-lid-advies",
      "Het college volgt het advies, tenzij zwaarwegende redenen zich daartegen verzetten.",
    ),
    lid(
      "art-herkomst-lid-toewijzing",
      "Binnen de gemeente bepalen de woningcorporaties, zo nodig in overleg met het sociaal wijkteam of gebiedsteam, welke woning aan de wettelijk urgente wordt toegewezen.",
    ),
  ),
  article(
    "art-bemiddelingstafel",
    "Regionale bemiddelingstafel",
    lid(
      "art-bemiddelingstafel-lid-instelling",
      "Het college stelt samen met de colleges van de andere gemeenten in de woningmarktregio Twente een regionale bemiddelingstafel in onder de naam ",
      slot("mediationTableName"),
      ", waarin de gemeenten en de woningcorporaties zijn vertegenwoordigd.",
    ),
    lid(
      "art-bemiddelingstafel-lid-taak",
      "De bemiddelingstafel adviseert het college in de gevallen, bedoeld in ",
      ref("art-herkomst-lid-uitzonderingen"),
      " over de gemeente waar een aanvrager passend kan worden gehuisvest. Zij weegt daarbij het belang van de aanvrager bij passend wonen af tegen het belang van een evenwichtige verdeling over de regio.",
    ),
    lid("art-bemiddelingstafel-lid-termijn", "De bemiddelingstafel brengt haar advies uit binnen vier weken nadat het is gevraagd."),
    lid(
      "art-bemiddelingstafel-lid-reglement",
      "De colleges stellen samen een reglement vast over de samenstelling en de werkwijze van de bemiddelingstafel.",
    ),
  ),
  article(
    "art-minimumaandeel",
    "Aandeel voor wettelijk urgenten",
    lid(
      "art-minimumaandeel-lid-aandeel",
      "Het college zorgt er in samenwerking met de woningcorporaties voor dat per kalenderjaar ten minste het aandeel van de mutaties in de gemeente dat bij of krachtens de wet als minimum is bepaald, beschikbaar wordt gesteld voor toewijzing aan wettelijk urgenten.",
    ),
    lid(
      "art-minimumaandeel-lid-berekening",
      "Bij de berekening van het aandeel blijven woningen die aan vergunninghouders worden toegewezen als bedoeld in ",
      ref("art-vergunninghouders"),
      " buiten beschouwing.",
    ),
    lid(
      "art-minimumaandeel-lid-wederkerigheid",
      "Heeft de gemeente het aandeel beschikbaar gesteld, dan spant het college zich tot het uiterste in om ook volgende wettelijk urgenten met de gemeente als gemeente van herkomst te huisvesten. Lukt dat niet, dan kan het college via de bemiddelingstafel een andere gemeente in de regio vragen bij te springen. Het college springt op zijn beurt bij voor een andere gemeente in een vergelijkbaar geval.",
    ),
    lid(
      "art-minimumaandeel-lid-ingroei",
      "Voor zover een evenwichtige verdeling door een tekort aan passende woningen niet direct haalbaar is, groeit de gemeente daar geleidelijk naartoe in het tempo, bedoeld in ",
      ref("item-afspraken-tempo"),
      ".",
    ),
  ),
  article(
    "art-vergunninghouders",
    "Huisvesting van vergunninghouders",
    lid(
      "art-vergunninghouders-lid-taakstelling",
      "Het college zorgt in samenwerking met de woningcorporaties voor de huisvesting van de vergunninghouders die op grond van de wet aan de gemeente zijn verbonden, in het aantal dat voor de gemeente per half jaar is vastgesteld.",
    ),
    lid(
      "art-vergunninghouders-lid-woningen",
      "Het college maakt met de woningcorporaties in de prestatieafspraken afspraken over het aantal sociale huurwoningen dat zij daartoe beschikbaar stellen.",
    ),
  ),
);

// ─────────────────────────────────────────────────────────────────────────────
// Hoofdstuk 4 Gegevens, monitoring en evaluatie
// ─────────────────────────────────────────────────────────────────────────────
const hoofdstukMonitoring = chapter(
  "hfd-monitoring",
  "Gegevens, monitoring en evaluatie",
  article(
    "art-informatieplicht",
    "Informatieplicht van de woningcorporaties",
    lid(
      "art-informatieplicht-lid-gegevens",
      "Een woningcorporatie verstrekt het college op zijn verzoek kosteloos de gegevens over de toewijzing van haar sociale huurwoningen in de gemeente die het college nodig heeft voor de uitvoering van ",
      ref("art-minimumaandeel"),
      " en ",
      ref("art-monitoring"),
      ".",
    ),
    lid(
      "art-informatieplicht-lid-vorm",
      "Het college bepaalt na overleg met de woningcorporaties in welke vorm en binnen welke termijn de gegevens worden verstrekt.",
    ),
  ),
  article(
    "art-persoonsgegevens",
    "Verwerking van persoonsgegevens",
    lid(
      "art-persoonsgegevens-lid-doel",
      "Het college verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover dat nodig is voor de beslissing op een aanvraag, de huisvesting van een urgent woningzoekende en de monitoring, bedoeld in ",
      ref("art-monitoring"),
      ".",
    ),
    lid(
      "art-persoonsgegevens-lid-verstrekking",
      "Het college verstrekt een adviseur, de bemiddelingstafel en de woningcorporaties alleen de persoonsgegevens die zij voor hun taak op grond van deze verordening nodig hebben. Gegevens over gezondheid verstrekt het alleen aan een medisch adviseur.",
    ),
    lid(
      "art-persoonsgegevens-lid-bewaren",
      "Persoonsgegevens worden niet langer bewaard dan nodig is voor het doel waarvoor zij zijn verzameld, en uiterlijk twee jaar nadat de urgentieverklaring is vervallen of de aanvraag onherroepelijk is afgewezen, vernietigd.",
    ),
  ),
  article(
    "art-monitoring",
    "Monitoring",
    member(
      "art-monitoring-lid-gegevens",
      p("Het college verzamelt, in samenwerking met de woningcorporaties, per half jaar de volgende gegevens over de gemeente:"),
      items(
        item("item-monitor-aanvragen", "het aantal aanvragen om een urgentieverklaring, naar urgentiecategorie;"),
        item("item-monitor-beschikkingen", "het aantal verleende en geweigerde urgentieverklaringen, naar urgentiecategorie;"),
        item("item-monitor-gehuisvest", "het aantal gehuisveste wettelijk urgenten, naar urgentiecategorie en gemeente van herkomst;"),
        item(
          "item-monitor-aandeel",
          "het aandeel van de mutaties dat is toegewezen aan wettelijk urgenten, berekend op de wijze, bedoeld in ",
          ref("art-minimumaandeel-lid-berekening"),
          "; en",
        ),
        item("item-monitor-toevoeging", "de netto toevoeging van kleine, betaalbare sociale huurwoningen."),
      ),
    ),
    lid(
      "art-monitoring-lid-delen",
      "Het college deelt de gegevens met de colleges van de andere gemeenten in de woningmarktregio Twente, de woningcorporaties en de huurdersorganisaties, en bespreekt met hen in hoeverre de uitvoering leidt tot een evenwichtige verdeling over de regio.",
    ),
    lid("art-monitoring-lid-privacy", "De gegevens worden zo verzameld en gedeeld dat zij niet tot personen herleidbaar zijn."),
    lid("art-monitoring-lid-raad", "Het college informeert de raad ten minste eenmaal per jaar over de gegevens."),
  ),
  article(
    "art-evaluatie",
    "Evaluatie en tussentijdse bijsturing",
    lid(
      "art-evaluatie-lid-verslag",
      "Zodra ",
      slot("evaluationYears"),
      " jaar na de inwerkingtreding van deze verordening zijn verstreken, en uiterlijk zes maanden daarna, zendt het college de raad een verslag over de doeltreffendheid en de effecten van deze verordening en van de afspraken, bedoeld in ",
      ref("art-verdeelafspraken-lid-afspraken"),
      " in de praktijk.",
    ),
    lid(
      "art-evaluatie-lid-noodknop",
      "Blijkt uit de gegevens, bedoeld in ",
      ref("art-monitoring-lid-gegevens"),
      " dat tussentijds een ongewenste en onhoudbare situatie ontstaat, dan vraagt het college om bespreking van de afspraken in het eerstvolgende regionale bestuurlijk overleg en informeert het de raad daarover.",
    ),
  ),
);

// ─────────────────────────────────────────────────────────────────────────────
// Hoofdstuk 5 Slotbepalingen
// ─────────────────────────────────────────────────────────────────────────────
const hoofdstukSlot = chapter(
  "hfd-slot",
  "Slotbepalingen",
  ifSet(
    "repealPrevious",
    article(
      "art-intrekking-oud",
      "Intrekking oude regeling",
      lid("art-intrekking-oud-lid-1", "De ", slot("previousRegulationTitle"), " wordt ingetrokken."),
    ),
  ),
  article(
    "art-overgangsrecht",
    "Overgangsrecht",
    lid(
      "art-overgangsrecht-lid-bestaand",
      "Een voorrangsverklaring of urgentie die vóór de inwerkingtreding van deze verordening door een woningcorporatie of het college is toegekend, blijft geldig tot het einde van de duur waarvoor zij is toegekend, maar ten hoogste ",
      slot("transitionPeriod"),
      " na de inwerkingtreding van deze verordening.",
    ),
    lid(
      "art-overgangsrecht-lid-lopend",
      "Op een aanvraag om urgentie die vóór de inwerkingtreding van deze verordening is ingediend en waarop nog niet is beslist, wordt beslist met toepassing van deze verordening. De aanvrager krijgt de gelegenheid zijn aanvraag zo nodig aan te vullen.",
    ),
    ifSet(
      "repealPrevious",
      lid(
        "art-overgangsrecht-lid-oude-regeling",
        "Op een besluit dat is genomen op grond van de ",
        slot("previousRegulationTitle"),
        " blijft die regeling van toepassing totdat het besluit onherroepelijk is geworden.",
      ),
    ),
  ),
  article(
    "art-inwerkingtreding",
    "Inwerkingtreding",
    lid(
      "art-inwerkingtreding-lid-datum",
      "Deze verordening treedt in werking op ",
      slot("effectiveDate"),
      ", maar niet eerder dan de dag na die waarop zij is bekendgemaakt.",
    ),
    lid(
      "art-inwerkingtreding-lid-wet",
      "Is de Wet versterking regie volkshuisvesting, voor zover die de urgentieregeling betreft, op de dag, bedoeld in ",
      ref("art-inwerkingtreding-lid-datum"),
      " nog niet in werking getreden, dan treedt deze verordening in werking op de dag waarop dat alsnog gebeurt.",
    ),
  ),
  article(
    "art-verval",
    "Vervaltermijn",
    lid("art-verval-lid-1", "Deze verordening vervalt vier jaar na de dag waarop zij in werking is getreden."),
  ),
  article(
    "art-citeertitel",
    "Citeertitel",
    lid("art-citeertitel-lid-1", "Deze verordening wordt aangehaald als: Urgentieverordening ", gemeente, " ", jaar, "."),
  ),
);

// ─────────────────────────────────────────────────────────────────────────────
// Toelichting: algemeen deel
// ─────────────────────────────────────────────────────────────────────────────
const generalNotes: Json[] = [
  noteHeading("Aanleiding"),
  p(
    "Een urgentieregeling is bedoeld voor inwoners die door een persoonlijke noodsituatie met spoed een sociale huurwoning nodig hebben en dat niet zelf kunnen oplossen. Het gaat vaak om mensen die een vorm van kwetsbaarheid kennen, door medische of sociale omstandigheden, of die een instelling verlaten en een plek nodig hebben om zelfstandig verder te gaan.",
  ),
  p(
    "Tot nu toe kenden de meeste Twentse gemeenten geen huisvestingsverordening. De woningcorporaties gaven voorrang op grond van hun eigen regels, die per corporatie verschilden. In de Woondeal Twente (december 2022) hebben de Twentse gemeenten en de provincie Overijssel afgesproken om, vooruitlopend op de nieuwe wettelijke verplichtingen, samen een urgentieregeling uit te werken en afspraken te maken over een evenwichtige verdeling van urgentiegroepen in de woningmarktregio Twente. Deze verordening is het resultaat van het eerste spoor en borgt de uitvoering van het tweede.",
  ),
  noteHeading("De Wet versterking regie volkshuisvesting"),
  p(
    "Met de Wet versterking regie volkshuisvesting (Wvrv) wordt de Huisvestingswet 2014 gewijzigd. Elke gemeente moet dan een urgentieregeling hebben, vastgelegd in een huisvestingsverordening. Het wetsvoorstel wijst de categorieën aan die in ieder geval voorrang krijgen: mantelzorgers en mantelzorgontvangers; mensen die door een lichamelijke, verstandelijke of zintuiglijke beperking of een psychische kwetsbaarheid om ernstige en chronische medische redenen andere huisvesting nodig hebben; mensen die uitstromen uit de maatschappelijke opvang, het beschermd wonen, de klinische geestelijke gezondheidszorg, de vrouwenopvang, accommodaties voor jeugdhulp en (jeugd)detentie of forensische zorg; slachtoffers van mensenhandel; sekswerkers die uitstappen; en, na een amendement in de Tweede Kamer, dakloze gezinnen met minderjarige kinderen. Deze verordening noemt die groepen samen wettelijk urgenten. Voor hen beslist het college niet naar eigen inzicht: voldoet een aanvrager aan de criteria, dan verleent het college de urgentieverklaring.",
  ),
  p(
    "Bij het opstellen van deze verordening was de Wvrv nog niet in werking getreden. Het wetsvoorstel (Kamerstukken 36512) lag bij de Eerste Kamer; als datum van inwerkingtreding zijn achtereenvolgens 1 januari 2026 en 1 juli 2026 genoemd. De verordening loopt op de wet vooruit: de verplichte urgentieregeling, de wettelijke categorieën, de huisvesting van vergunninghouders en de evenwichtige verdeling steunen op de Huisvestingswet 2014 zoals de Wvrv die wijzigt. Daarom treedt zij niet eerder in werking dan het deel van de wet dat de urgentieregeling betreft (",
    ref("art-inwerkingtreding-lid-wet"),
    "). Waar deze verordening van de wet spreekt, is de gewijzigde wet bedoeld.",
  ),
  p(
    "Bij of krachtens de wet kunnen nadere criteria voor de wettelijke categorieën worden gesteld. Waar dat gebeurt, gaan die criteria voor (",
    ref("art-voorwaarden-lid-wettelijke-criteria"),
    "); ook de hardheidsclausule wijkt daar niet van af. Daarnaast moeten gemeenten in regionaal verband zorgen voor een evenwichtige verdeling van de huisvesting van wettelijk urgenten. Komen zij daar niet uit, dan geldt een wettelijk terugvalscenario: elke gemeente wijst dan een minimumpercentage van de vrijkomende sociale huurwoningen toe aan wettelijk urgenten. Dat percentage wordt bij ministeriële regeling bepaald. Het ontwerp van die regeling noemt 15 procent, vergunninghouders niet meegerekend; de regeling is nog niet vastgesteld en het percentage kan in de tijd wijzigen.",
  ),
  noteHeading("Een huisvestingsverordening met een beperkte looptijd"),
  p(
    "Deze verordening is een huisvestingsverordening als bedoeld in ", law(HW, "4", "artikel 4 van de Huisvestingswet 2014"), " (",
    ref("art-reikwijdte-lid-aard"),
    "). Zij beperkt zich tot de urgentieregeling en de evenwichtige verdeling in de sociale huurwoningen van de woningcorporaties, tot de huurprijsgrens; een huisvestingsvergunning kent zij niet. Voor woningzoekenden zonder urgentie blijven de toewijzingsregels van de corporaties gelden (",
    ref("art-reikwijdte-lid-overig"),
    ").",
  ),
  p(
    "Artikel 4 van de Huisvestingswet 2014 laat de raad een huisvestingsverordening voor ten hoogste vier jaar vaststellen. Daarom vervalt deze verordening vier jaar na haar inwerkingtreding (",
    ref("art-verval"),
    "). De evaluatie na drie jaar (",
    ref("art-evaluatie-lid-verslag"),
    ") geeft de raad de tijd om daarna een nieuwe verordening vast te stellen, zodat de gemeente zonder onderbreking een urgentieregeling heeft.",
  ),
  noteHeading("Eén regeling voor veertien gemeenten"),
  p(
    "De veertien Twentse gemeenten (Almelo, Borne, Dinkelland, Enschede, Haaksbergen, Hellendoorn, Hengelo, Hof van Twente, Losser, Oldenzaal, Rijssen-Holten, Tubbergen, Twenterand en Wierden), de provincie Overijssel en WoON Twente, de vereniging van de veertien Twentse woningcorporaties, hebben de tekst van deze verordening samen voorbereid. Het vaststellen ervan blijft een bevoegdheid van elke gemeenteraad. De raad stelt een tekst vast die in heel Twente gelijk is, zodat een inwoner overal in de regio op dezelfde manier wordt beoordeeld en geen gemeente nadeel ondervindt van afwijkende regels elders.",
  ),
  p(
    "Een verordening geldt alleen in de eigen gemeente, terwijl het woonplaatsbeginsel een wettelijk urgente juist in zijn gemeente van herkomst huisvest. Daarom regelt deze verordening welk college beslist: het college van de gemeente van herkomst, of van de gemeente die de regionale bemiddelingstafel aanwijst (",
    ref("art-bevoegdheid"),
    "). Een aanvraag die bij het verkeerde college binnenkomt, wordt doorgezonden, zoals de Algemene wet bestuursrecht voorschrijft. Een urgentieverklaring die een ander Twents college op grond van een gelijkluidende verordening heeft verleend, geldt ook in deze gemeente (",
    ref("art-erkenning"),
    "), en het zoekgebied volgt de gemeente die in de urgentieverklaring is genoemd (",
    ref("art-zoekprofiel-lid-gemeente"),
    "). Zo kunnen gemeenten voor elkaar bijspringen.",
  ),
  p(
    "Wat voor één loket en één verdeelsysteem gelijk moet zijn, is in alle Twentse verordeningen gelijk: de bindingseis en de duur daarvan, de beslis- en verdagingstermijn, de geldigheidsduur en de overgangstermijn. Op enkele punten heeft de gemeente een eigen keuze gemaakt; het raadsvoorstel beschrijft die keuzes.",
  ),
  p(
    "De gemeenteraden en de huurdersorganisaties zijn over de inhoud geïnformeerd en konden hun wensen en bedenkingen meegeven. Over het ontwerp is advies gevraagd aan Gedeputeerde Staten van Overijssel en aan de huurdersorganisaties.",
  ),
  noteHeading("Evenwichtige verdeling in Twente"),
  p(
    "Parallel aan deze verordening werken de Twentse gemeenten, de provincie en de woningcorporaties aan afspraken over een evenwichtige verdeling van urgentiegroepen in de woningmarktregio Twente. Het gaat om de vraag wat een proportionele bijdrage van iedere gemeente is, passend bij de lokale ambities en opgaven. Het doel is om samen te voorzien in de huisvesting van de wettelijk urgenten en ook de overige, regionaal afgestemde urgente groepen op dezelfde manier evenwichtig te huisvesten. Daarover spreken gemeenten, woningcorporaties en zorg- en welzijnsorganisaties op ambtelijk en bestuurlijk niveau.",
  ),
  p(
    "De Twentse afspraken zijn vastgelegd in: ",
    slot("fairShareAgreements"),
    ". De inhoud van die afspraken is leidend; deze verordening legt vast wat de gemeente nodig heeft om ze uit te voeren.",
  ),
  p(
    "De verordening gaat daarbij uit van de volgende regels. Passend wonen voor de wettelijk urgente is leidend (",
    ref("art-verdeelafspraken-lid-passend"),
    "). Een wettelijk urgente wordt in beginsel gehuisvest in zijn gemeente van herkomst (",
    ref("art-herkomst"),
    "); waar terugkeer onveilig of onwenselijk is of de herkomst onbekend, adviseert de bemiddelingstafel (",
    ref("art-bemiddelingstafel"),
    "). Binnen de gemeente bepalen de woningcorporaties welke woning passend is. Elke gemeente stelt ten minste het wettelijke minimumaandeel van haar mutaties beschikbaar voor wettelijk urgenten; dat aandeel volgt het percentage dat bij of krachtens de wet geldt, ook als dat verandert (",
    ref("art-minimumaandeel-lid-aandeel"),
    "). Het is een aandeel dat de gemeente beschikbaar stelt, geen uitkomst die zij kan garanderen: hoeveel woningen feitelijk aan wettelijk urgenten worden verhuurd, hangt ook af van het aantal aanvragen.",
  ),
  p(
    "Vergunninghouders vallen buiten de verdeelafspraken: elke gemeente huisvest al een evenredig deel van hen via de halfjaarlijkse wettelijke taakstelling (",
    ref("art-vergunninghouders"),
    "). De aanvullende urgentiecategorieën van ",
    ref("art-cat-lokaal"),
    " tellen niet mee voor het wettelijke aandeel.",
  ),
  noteHeading("Monitoring en evaluatie"),
  p(
    "Gemeenten en corporaties volgen elk half jaar hoe de regeling en de verdeelafspraken uitwerken. Naast de gegevens die de wet voorschrijft (het aantal aanvragen, het aantal urgentiebeschikkingen en het aantal gehuisveste wettelijk urgenten) kijken zij naar het aandeel van de toewijzingen dat naar wettelijk urgenten gaat en naar de netto toevoeging van kleine, betaalbare sociale huurwoningen. Na drie jaar evalueren de partijen de regeling en de afspraken en sturen zij zo nodig bij. Ontstaat eerder een ongewenste en onhoudbare situatie, dan kan elke gemeente de noodknop gebruiken: de afspraken komen dan in het eerstvolgende regionale bestuurlijk overleg op de agenda (",
    ref("art-evaluatie-lid-noodknop"),
    ").",
  ),
  noteHeading("Verhouding tot Woninghuren.nl"),
  p(
    "De Twentse woningcorporaties bieden hun sociale huurwoningen aan via Woninghuren.nl. De urgentieregeling wordt via dat systeem uitgevoerd: een verleende urgentie wordt daar geregistreerd en geeft voorrang bij de woningen die passen binnen het zoekprofiel. Een woningzoekende moet daarom als woningzoekende zijn ingeschreven. Corporaties kunnen een urgent woningzoekende ook rechtstreeks een woning aanbieden (bemiddeling), wat voor kwetsbare groepen vaak beter werkt dan zelf reageren.",
  ),
  noteHeading("Persoonsgegevens"),
  p(
    "Voor de beoordeling van een aanvraag zijn soms gegevens over gezondheid of over een verblijf in een instelling nodig. Gegevens over gezondheid zijn bijzondere persoonsgegevens in de zin van de Algemene verordening gegevensbescherming (AVG). Het college verwerkt de gegevens omdat dat nodig is voor de vervulling van een taak van algemeen belang en voor de uitoefening van het openbaar gezag dat de wet en deze verordening het college opdragen (artikel 6, eerste lid, onder e, AVG). Voor gegevens over gezondheid steunt de verwerking op het zwaarwegend algemeen belang van een wettelijke urgentieregeling (artikel 9, tweede lid, onder g, AVG), met de waarborgen van ",
    ref("art-persoonsgegevens"),
    ". Toestemming van de aanvrager is geen grondslag: een aanvrager die van de beslissing afhankelijk is, kan die niet vrij geven. De aanvrager noemt daarom wel bij wie gegevens kunnen worden opgevraagd, maar de verwerking berust niet op zijn toestemming.",
  ),
];


// ─────────────────────────────────────────────────────────────────────────────
// Toelichting: artikelsgewijs (één toelichting per artikel; varianten dragen dezelfde voorwaarde)
// ─────────────────────────────────────────────────────────────────────────────
const articleNotes: Json[] = [
  articleNote(
    "art-begrippen",
    "De begrippen sluiten zoveel mogelijk aan bij de Huisvestingswet 2014, de Woningwet, de Wet maatschappelijke ondersteuning 2015 en de Jeugdwet. Waar een wet een begrip al omschrijft, verwijst de verordening daarnaar, zodat een wijziging van die wet vanzelf doorwerkt.",
    p(
      "Het begrip sociale huurwoning bakent de reikwijdte af: zelfstandige woonruimte van een woningcorporatie tot de huurprijsgrens. Het begrip wettelijk urgente is van belang voor het hoofdstuk over evenwichtige verdeling: alleen deze groep telt mee voor de evenwichtige verdeling. Urgent woningzoekenden op grond van ",
      ref("art-cat-lokaal"),
      " zijn geen wettelijk urgenten.",
    ),
    "Onder mutatie vallen ook nieuw gebouwde sociale huurwoningen die voor het eerst worden verhuurd: ook die komen beschikbaar voor een nieuwe huurder en tellen mee bij het minimumaandeel.",
  ),
  articleNote(
    "art-reikwijdte",
    "Deze verordening is bewust smal gehouden. Zij regelt alleen de urgentie en de evenwichtige verdeling, en alleen in de sociale huurvoorraad van de woningcorporaties. Voor woonruimte van particuliere verhuurders, voor woonruimte boven de huurprijsgrens en voor onzelfstandige woonruimte geldt zij niet.",
    "Alle overige toewijzingsregels, zoals inschrijfduur, loting en passend toewijzen, blijven de regels van de corporaties, zoals die via Woninghuren.nl worden toegepast.",
    p("De verordening is een huisvestingsverordening als bedoeld in ", law(HW, "4", "artikel 4 van de Huisvestingswet 2014"), "; zie over de looptijd het algemeen deel van deze toelichting."),
  ),
  articleNote(
    "art-bevoegdheid",
    "Een verordening geldt alleen in de gemeente die haar vaststelt. Omdat een wettelijk urgente volgens het woonplaatsbeginsel in zijn gemeente van herkomst wordt gehuisvest, bepaalt dit artikel welk college op zijn aanvraag beslist: het college van de gemeente van herkomst, of van de gemeente die de bemiddelingstafel heeft aangewezen. Voor de aanvullende categorieën beslist het college van de woonplaats.",
    p(
      "Komt een aanvraag binnen bij een college dat niet bevoegd is, dan zendt het die door naar het bevoegde college, zoals ", law(AWB, "2:3", "artikel 2:3 van de Algemene wet bestuursrecht"), " voorschrijft (",
      ref("art-bevoegdheid-lid-doorzenden"),
      "). De aanvrager hoeft dus niet zelf uit te zoeken welke gemeente bevoegd is; alle aanvragen komen binnen bij het regionale urgentieloket.",
    ),
  ),
  ifOption(
    "decidingBody",
    "mandaat",
    articleNote(
      "art-mandaat",
      "Het college is het bestuursorgaan dat over urgentie beslist. Het kan die bevoegdheid mandateren, zodat de aanvragen voor alle Twentse gemeenten op dezelfde manier worden behandeld. Dat sluit aan bij de huidige praktijk en zorgt voor een gelijke toetsing in de hele regio. Of het college mandaat verleent, beslist het zelf: de raad kan het daartoe niet verplichten, maar bepaalt wel aan wie het mandaat kan worden verleend.",
      p("Het mandaat wordt verleend bij een afzonderlijk mandaatbesluit van het college. Wie niet onder het college werkt, zoals een woningcorporatie, moet met het mandaat instemmen (", law(AWB, "10:4", "artikel 10:4 van de Algemene wet bestuursrecht"), "). Het college blijft verantwoordelijk voor de besluiten en kan instructies geven."),
      p(
        "Op bezwaar beslist het college zelf, ook als in mandaat is beslist (",
        ref("art-bezwaar-lid-college"),
        "). De halfjaarlijkse verantwoording sluit aan bij de monitoring, zodat geen aparte rapportage nodig is.",
      ),
    ),
  ),
  articleNote(
    "art-urgentieloket",
    "Het urgentieloket is het ene adres voor alle aanvragen in Twente. Het wordt door de gemeenten en de woningcorporaties samen in stand gehouden. Het loket beslist niet zelf: het neemt aanvragen namens het college in ontvangst en bereidt de beslissing voor. De colleges en de corporaties leggen de afspraken over het loket schriftelijk vast.",
  ),
  articleNote(
    "art-aanvraag",
    "Een aanvraag gaat uit van de woningzoekende en geldt voor het hele huishouden dat mee verhuist. Wie uit een instelling uitstroomt, heeft vaak baat bij een aanvraag door de instelling of de gemeente die het verblijf bekostigt; dat kan met instemming van de woningzoekende.",
    p(
      "De beslistermijn is gelijk aan de termijn die de Algemene wet bestuursrecht als redelijk aanmerkt. Is medisch of ander advies nodig, dan kan de beslissing eenmaal worden verdaagd (",
      ref("art-aanvraag-lid-verdaging"),
      "). Is de aanvraag onvolledig, dan geeft het college de aanvrager op grond van ", law(AWB, "4:5", "artikel 4:5 van de Algemene wet bestuursrecht"), " de gelegenheid haar aan te vullen.",
    ),
  ),
  ifSet(
    "applicationFeeCharged",
    articleNote(
      "art-leges",
      "De gemeente heeft ervoor gekozen leges te heffen voor het in behandeling nemen van een aanvraag. Het bedrag moet ook in de tarieventabel bij de legesverordening worden opgenomen; de heffing zelf berust op die verordening.",
      p(
        "Aanvragen die via een instelling of de bekostigende gemeente worden ingediend (",
        ref("art-aanvraag-lid-instelling"),
        "), zijn vrijgesteld: het gaat om mensen die vaak geen inkomen van betekenis hebben. Wordt urgentie verleend, dan worden de leges terugbetaald, zodat alleen een afgewezen aanvraag kosten meebrengt.",
      ),
    ),
  ),
  articleNote(
    "art-advies",
    "Bij veel aanvragen is deskundig advies nodig, bijvoorbeeld van een arts, een wijkteam of de instelling waar iemand verblijft. Bij medische urgentie is een onafhankelijk medisch advies verplicht: de eigen behandelaar van de aanvrager kan geen onafhankelijk advies geven.",
    p("Een adviseur krijgt alleen de gegevens die voor het advies nodig zijn (", ref("art-advies-lid-gegevens"), ")."),
  ),
  articleNote(
    "art-voorwaarden",
    p(
      "De voorwaarden van ",
      ref("art-voorwaarden-lid-algemeen"),
      " gelden voor elke urgentiecategorie. De minimumleeftijd is regionaal vastgelegd. De inkomensgrens is die voor de toewijzing van sociale huurwoningen; een urgentie heeft alleen zin voor wie ook een sociale huurwoning toegewezen kan krijgen. De vermogensgrens en de binding aan de woningmarktregio Twente (",
      ref("item-voorwaarde-binding"),
      ") zijn in heel Twente gelijk, zodat één loket iedere aanvrager op dezelfde manier beoordeelt.",
    ),
    p(
      "Zelfredzaamheid en verwijtbaarheid (",
      ref("item-voorwaarde-zelfredzaamheid"),
      " en ",
      ref("item-voorwaarde-verwijtbaar"),
      ") zijn de kern van elke urgentieregeling. Urgentie is een vangnet voor wie zijn huisvestingsprobleem echt niet zelf kan oplossen, niet een snellere weg voor wie dat wel kan. Verwijtbaar is bijvoorbeeld een huurschuld die tot ontruiming leidde terwijl betalen mogelijk was, of het opzeggen van een woning zonder dat er een andere was.",
    ),
    p(
      "De algemene voorwaarden mogen de wettelijke categorieën niet uitsluiten. De bindingseis geldt daarom niet voor aanvragen op grond van een wettelijke categorie; voor hen bepaalt ",
      ref("art-bevoegdheid"),
      " waar zij terechtkunnen. Zij geldt evenmin voor mensen voor wie terugkeer naar de vorige woonplaats onveilig is. De voorwaarde dat het huisvestingsprobleem niet verwijtbaar is, geldt niet voor mensen die uit (jeugd)detentie of forensische zorg komen en niet voor dakloze gezinnen met minderjarige kinderen (",
      ref("art-voorwaarden-lid-verwijtbaar"),
      "): voor hen zou zij de wettelijke voorrang zinledig maken.",
    ),
    when(
      { slot: "incomeExceptionMedical" },
      p(
        "Op grond van ",
        ref("art-voorwaarden-lid-inkomen-medisch"),
        " kan het college afwijken van de inkomensgrens voor mensen met een medische urgentie die op een aangepaste woning zijn aangewezen. Zulke woningen zijn buiten de sociale huur nauwelijks te vinden. De corporaties kunnen een deel van hun woningen vrij toewijzen aan huishoudens boven de inkomensgrens; deze bepaling maakt dat voor deze groep mogelijk.",
      ),
    ),
    p(
      "Criteria die bij of krachtens de wet voor de wettelijke categorieën worden gesteld, gaan altijd voor (",
      ref("art-voorwaarden-lid-wettelijke-criteria"),
      ").",
    ),
  ),
  articleNote(
    "art-cat-mantelzorg",
    "Mantelzorgers en mantelzorgontvangers zijn een wettelijke urgentiecategorie. De voorrang is bedoeld om mantelzorg mogelijk te maken of te houden, waardoor opname of zware professionele zorg kan worden uitgesteld of voorkomen. Het moet gaan om intensieve en langdurige zorg; de urenondergrens is regionaal vastgelegd.",
    "De urgentie geeft voorrang op een woning in de nabijheid van de ander. Wat nabij is, hangt af van de zorg die wordt verleend en van de bereikbaarheid; het college legt dat vast in het zoekprofiel.",
  ),
  articleNote(
    "art-cat-medisch",
    "Medische urgentie is bedoeld voor mensen die door een beperking of psychische kwetsbaarheid niet langer in hun woning kunnen functioneren, als dat met aanpassingen of voorzieningen niet is op te lossen. Eerst wordt dus bekeken of een Wmo-voorziening of woningaanpassing volstaat.",
    p(
      "Het college beslist niet zonder onafhankelijk medisch advies (",
      ref("art-advies-lid-medisch"),
      "). De adviseur beoordeelt of de beperking ernstig en chronisch is, of de huidige woning de oorzaak van de problemen is en welke woning wel passend is.",
    ),
  ),
  articleNote(
    "art-cat-uitstroom",
    "Dit artikel bundelt zes wettelijke urgentiecategorieën die gemeen hebben dat iemand een instelling of voorziening verlaat: maatschappelijke opvang, beschermd wonen, klinische geestelijke gezondheidszorg, vrouwenopvang en opvang van slachtoffers van mensenhandel, jeugdhulp met verblijf, en (jeugd)detentie of forensische zorg. Elke categorie heeft haar eigen onderdeel met haar eigen voorwaarden.",
    p(
      "Voor alle zes geldt dat de instelling of bekostigende gemeente verklaart dat iemand zelfstandig kan wonen en dat de nodige begeleiding is geregeld (",
      ref("art-cat-uitstroom-lid-voorwaarden"),
      "). Een tijdige uitstroom maakt plaatsen in instellingen vrij voor wie ze het hardst nodig heeft en voorkomt dat iemand onnodig lang in een dure voorziening verblijft.",
    ),
    p(
      "Voor deze groepen geldt het woonplaatsbeginsel van ",
      ref("art-herkomst"),
      ": zij keren in beginsel terug naar hun gemeente van herkomst.",
    ),
  ),
  articleNote(
    "art-cat-sekswerk",
    "Sekswerkers die willen stoppen, zijn een wettelijke urgentiecategorie. Vaak is de woonsituatie verbonden met het werk, bijvoorbeeld doordat iemand woont op de plek waar hij werkt of afhankelijk is van een exploitant. Een andere woning is dan een voorwaarde voor een geslaagde uitstap. De begeleidende organisatie onderbouwt dat.",
  ),
  articleNote(
    "art-cat-gezinnen",
    "Deze categorie is bij amendement aan de wet toegevoegd. Het gaat om gezinnen met minderjarige kinderen die geen eigen woonruimte hebben, in een van de leefsituaties die in de ETHOS-typologie als dakloos gelden: in de opvang, in een noodvoorziening, tijdelijk bij anderen of op een plek die niet voor bewoning is bedoeld. Een nadere omschrijving bij of krachtens de wet gaat voor.",
    p(
      "De voorwaarde dat het huisvestingsprobleem niet verwijtbaar is, geldt voor deze gezinnen niet (",
      ref("art-voorwaarden-lid-verwijtbaar"),
      "), en de bindingseis evenmin: kinderen horen niet dakloos te zijn door keuzes van hun ouders.",
    ),
  ),
  articleNote(
    "art-cat-lokaal",
    "Naast de wettelijke categorieën kan een gemeente regionaal afgestemde aanvullende categorieën aanwijzen. De categorie calamiteiten geldt in heel Twente: wie door brand of een vergelijkbare ramp zijn woning kwijtraakt en niet verzekerd is, moet overal in de regio op voorrang kunnen rekenen. De andere categorieën heeft de gemeente gekozen uit de lijst die in Twente is afgestemd.",
    when(
      { slot: "localCategories", option: "huiselijkGeweld" },
      p(
        "Slachtoffers van huiselijk geweld die niet in de vrouwenopvang verblijven, vallen buiten de wettelijke categorie. Zij kunnen urgentie krijgen als Veilig Thuis of de politie bevestigt dat terugkeer naar de woning onveilig is.",
      ),
    ),
    when(
      { slot: "localCategories", option: "herstructurering" },
      p(
        "Bij sloop of ingrijpende renovatie krijgen huurders voorrang volgens het sociaal plan dat de corporatie met de huurdersorganisatie heeft afgesproken. Deze categorie verankert die voorrang in de verordening.",
      ),
    ),
    when(
      { slot: "localCategories", option: "scheiding" },
      p(
        "Een ouder die na een scheiding de woning verlaat en de kinderen ten minste drie dagen per week bij zich heeft, kan urgentie krijgen. De algemene voorwaarden gelden onverkort; wie de scheiding financieel zelf kan opvangen, krijgt geen urgentie.",
      ),
    ),
    when(
      { slot: "localCategories", option: "vergunninghouders" },
      p(
        "Vergunninghouders zijn geen wettelijke urgentiecategorie en vallen buiten de verdeelafspraken: elke gemeente huisvest al een evenredig deel van hen via de halfjaarlijkse wettelijke taakstelling. De gemeente geeft vergunninghouders die zij moet huisvesten ook via de urgentieregeling voorrang; de bindingseis geldt voor hen niet. Over voorrang voor vergunninghouders is landelijke regelgeving in beweging; blijkt deze voorrang daarmee in strijd, dan vervalt deze categorie en past de raad de verordening aan.",
      ),
    ),
    p(
      "Deze urgent woningzoekenden zijn geen wettelijk urgenten (",
      ref("art-cat-lokaal-lid-geen-wettelijk-urgente"),
      "). Zij tellen daarom niet mee voor het wettelijke aandeel van ",
      ref("art-minimumaandeel"),
      ".",
    ),
    when(
      { slot: "localCategoriesInDistribution", option: "ja" },
      p("Voor zover de regionale verdeelafspraken ook over deze categorieën gaan, tellen zij daarvoor wel mee. Zo worden ook de regionaal afgestemde urgente groepen evenwichtig over Twente verdeeld."),
    ),
  ),
  articleNote(
    "art-inhoud",
    "De urgentieverklaring is een besluit in de zin van de Algemene wet bestuursrecht. Naast de categorie, het zoekprofiel en de geldigheidsduur vermeldt zij bij een wettelijk urgente de gemeente van herkomst, omdat die bepalend is voor de gemeente waar hij wordt gehuisvest.",
    "De corporaties krijgen alleen de gegevens die zij nodig hebben om de voorrang in Woninghuren.nl te registreren en toe te passen, niet de onderliggende medische of sociale gegevens.",
  ),
  articleNote(
    "art-zoekprofiel",
    "Urgentie geeft voorrang, maar geen keuze uit alle woningen. Het zoekprofiel omschrijft welke woning passend is, gelet op het huishouden, het inkomen en de grond van de urgentie. Het profiel moet ruim genoeg zijn om binnen de geldigheidsduur een aanbod te krijgen; daarom omvat het in beginsel de hele gemeente.",
    "Corporaties kunnen een urgent woningzoekende ook rechtstreeks een woning aanbieden. Voor kwetsbare groepen werkt bemiddeling vaak beter dan zelf reageren, en zo kan de corporatie rekening houden met de draagkracht van een buurt of complex.",
  ),
  articleNote(
    "art-geldigheid",
    "De geldigheidsduur is in heel Twente gelijk, omdat Woninghuren.nl de voorrang voor de hele regio registreert. Een te korte duur leidt tot onnodige nieuwe aanvragen, een te lange duur haalt de urgentie uit de urgentie.",
    when(
      { slot: "validityExtensionAllowed" },
      p(
        "Komt er buiten de schuld van de urgent woningzoekende geen passend aanbod, dan kan de geldigheidsduur eenmaal worden verlengd (",
        ref("art-geldigheid-lid-verlenging"),
        ").",
      ),
    ),
    "De urgentieverklaring vervalt zodra de urgent woningzoekende een woning heeft gehuurd, ook als dat niet via de urgentie ging.",
  ),
  articleNote(
    "art-erkenning",
    "Alle Twentse gemeenten stellen een gelijkluidende verordening vast. Een urgentieverklaring van een ander Twents college geldt daarom ook hier: zo kan een gemeente bijspringen en een wettelijk urgente uit een andere gemeente huisvesten, zonder dat hij opnieuw urgentie moet aanvragen. Over de verklaring zelf blijft het college beslissen dat haar heeft verleend.",
  ),
  articleNote(
    "art-volgorde",
    "Een urgent woningzoekende gaat voor op woningzoekenden zonder urgentie, maar alleen bij woningen die passen binnen zijn zoekprofiel. Onder urgent woningzoekenden onderling geldt de datum van de urgentieverklaring; bij gelijke datum de inschrijfduur. De wettelijke en de aanvullende categorieën zijn gelijkwaardig.",
    p(
      "Aangepaste woningen zijn schaars. Daarom kan een corporatie zo'n woning eerst aanbieden aan iemand met een medische urgentie die op de aanpassingen is aangewezen (",
      ref("art-volgorde-lid-aangepast"),
      ").",
    ),
  ),
  articleNote(
    "art-weigering",
    "Dit artikel noemt de gronden waarop het college een urgentieverklaring in ieder geval weigert. De belangrijkste is dat niet aan de algemene of categoriale voorwaarden is voldaan.",
    p(
      "Wie in de twee jaar voor de aanvraag zijn urgentie verloor door onjuiste gegevens of door het weigeren van een passend aanbod (",
      ref("item-weigering-eerder-ingetrokken"),
      "), krijgt niet opnieuw urgentie, tenzij zijn omstandigheden ingrijpend zijn veranderd.",
    ),
  ),
  articleNote(
    "art-intrekking",
    "Een urgentieverklaring kan worden ingetrokken als zij op onjuiste gegevens berust, als de situatie is veranderd of als de urgent woningzoekende niet meewerkt. Het aantal geweigerde passende aanbiedingen waarna de urgentie kan worden ingetrokken, is regionaal vastgelegd, zodat Woninghuren.nl in de hele regio dezelfde regel toepast.",
    p(
      "Een aanbod dat bij nader inzien niet passend was, of dat met een gegronde reden is afgeslagen, telt niet als weigering (",
      ref("art-intrekking-lid-gegronde-weigering"),
      "). Voor het intrekken hoort het college de urgent woningzoekende.",
    ),
  ),
  articleNote(
    "art-hardheid",
    "Geen regeling kan alle situaties voorzien. De hardheidsclausule maakt het mogelijk in een bijzonder geval ten gunste van de aanvrager af te wijken, als strikte toepassing tot een onbillijkheid van overwegende aard leidt. Van criteria die bij of krachtens de wet zijn gesteld, kan het college niet afwijken: een verordening kan de wet niet opzijzetten. De clausule is bedoeld voor uitzonderingen; het college motiveert elke toepassing en neemt het aantal toepassingen op in de monitoring, zodat de raad kan zien of de regeling zelf aanpassing vraagt.",
  ),
  articleNote(
    "art-bezwaar",
    p("Tegen een besluit over urgentie staat bezwaar en beroep open volgens de Algemene wet bestuursrecht. Op het bezwaar beslist altijd het college, ook als het besluit in mandaat is genomen: wie het besluit heeft voorbereid of genomen, beslist niet op het bezwaar (", law(AWB, "10:3", "artikel 10:3, derde lid, van de Algemene wet bestuursrecht", "3"), ")."),
    when({ slot: "objectionAdvice", option: "commissie" }, p("Het college vraagt over elk bezwaar advies aan de gemeentelijke commissie voor de bezwaarschriften. Die hoort de indiener en adviseert onafhankelijk.")),
    when({ slot: "objectionAdvice", option: "college" }, p("Het college hoort de indiener zelf, door personen die niet bij het besluit betrokken waren (", law(AWB, "7:5", "artikel 7:5 van de Algemene wet bestuursrecht"), ").")),
    "Bij medische urgentie kan het college in bezwaar een tweede, onafhankelijk medisch advies vragen.",
  ),
  articleNote(
    "art-nadere-regels",
    "Met nadere regels kan het college de uitvoering uitwerken, bijvoorbeeld welke stukken bij een aanvraag horen of hoe het zoekprofiel wordt opgesteld. Omdat één loket de aanvragen voor de hele regio behandelt, stemt het college die regels af met de andere Twentse colleges.",
  ),
  articleNote(
    "art-verdeelafspraken",
    "De wet verplicht gemeenten in regionaal verband afspraken te maken over een evenwichtige verdeling van wettelijk urgenten. Dit artikel legt de plicht van het college vast om die afspraken te maken en uit te voeren, met als leidend beginsel dat woonplaats en woning passend zijn voor de persoon. Het noemt ook waar de afspraken in ieder geval over gaan, waaronder het tempo waarin gemeenten naar een evenwichtige verdeling toegroeien; het algemeen deel van deze toelichting noemt de afspraken zelf.",
    p(
      "Het artikel verbindt de verdeling ook met de opgave om voldoende kleine, betaalbare woningen toe te voegen (",
      ref("art-verdeelafspraken-lid-programma"),
      "). Zonder passende woningen blijft evenwichtige verdeling een papieren afspraak.",
    ),
  ),
  articleNote(
    "art-herkomst",
    "Het woonplaatsbeginsel (instroom is uitstroom) is het uitgangspunt van de verdeling: een wettelijk urgente wordt gehuisvest in de gemeente waar hij vandaan komt en waar zijn netwerk is. Welke gemeente dat is, hangt af van de groep waartoe hij behoort. Voor mantelzorgers is dat de gemeente van de ander: zij stromen niet uit, maar verhuizen naar de nabijheid van de ander.",
    p(
      "Is terugkeer onveilig of onwenselijk, is de herkomst niet vast te stellen of is anderszins onduidelijk waar iemand passend kan wonen, dan vraagt het college advies aan de regionale bemiddelingstafel (",
      ref("art-herkomst-lid-uitzonderingen"),
      "). Het college volgt dat advies, tenzij zwaarwegende redenen zich daartegen verzetten.",
    ),
    "Binnen de gemeente bepalen de corporaties welke woning passend is, zo nodig samen met het wijkteam.",
  ),
  articleNote(
    "art-bemiddelingstafel",
    "De bemiddelingstafel is een regionaal overleg van gemeenten en woningcorporaties. De colleges stellen haar samen in; haar advies weegt het belang van passend wonen af tegen het belang van een evenwichtige verdeling. Zij brengt haar advies uit binnen vier weken, zodat het college met één verdaging van de beslistermijn kan volstaan.",
  ),
  articleNote(
    "art-minimumaandeel",
    p(
      "Het college stelt ten minste het aandeel van de mutaties beschikbaar dat bij of krachtens de wet als minimum geldt (",
      ref("art-minimumaandeel-lid-aandeel"),
      "). Het artikel noemt bewust geen eigen percentage: wijzigt het wettelijke percentage, omhoog of omlaag, dan volgt de verordening vanzelf. Het ontwerp van de ministeriële regeling noemt 15 procent. Het gaat om woningen die de gemeente beschikbaar stelt, niet om een uitkomst die zij garandeert.",
    ),
    p(
      "Toewijzingen aan vergunninghouders in het kader van de taakstelling tellen niet mee (",
      ref("art-minimumaandeel-lid-berekening"),
      "). Over wederkerigheid en geleidelijk toegroeien gaan ",
      ref("art-minimumaandeel-lid-wederkerigheid"),
      " en ",
      ref("art-minimumaandeel-lid-ingroei"),
      ".",
    ),
  ),
  articleNote(
    "art-vergunninghouders",
    "De wet draagt de gemeente op de vergunninghouders te huisvesten die aan haar zijn verbonden, in het aantal dat per half jaar voor de gemeente is vastgesteld. Die taakstelling volgt rechtstreeks uit de bepalingen van de wet over de huisvesting van vergunninghouders en bindt het college ook zonder deze verordening. Zij berust niet op artikel 12 van de wet: dat artikel is de grondslag van de urgentieregeling en staat daarom in de aanhef. Dit artikel voegt aan de wettelijke taak geen eigen plicht toe; het legt vast hoe de gemeente die taak samen met de woningcorporaties uitvoert, en dat zij losstaat van de urgentieregeling en van de evenwichtige verdeling van wettelijk urgenten. De woningcorporaties verplicht het niet: de aantallen woningen komen in de prestatieafspraken.",
  ),
  articleNote(
    "art-informatieplicht",
    "Om het aandeel voor wettelijk urgenten te kunnen volgen en de monitoring te kunnen doen, heeft het college gegevens van de woningcorporaties nodig over de toewijzing van hun woningen. De corporaties verstrekken die op verzoek; het college spreekt met hen af in welke vorm, zodat de gegevens uit Woninghuren.nl zonder extra werk kunnen worden aangeleverd.",
  ),
  articleNote(
    "art-persoonsgegevens",
    "Dit artikel geeft de waarborgen bij de verwerking van persoonsgegevens: alleen wat nodig is, alleen aan wie het nodig heeft, en niet langer dan nodig. De grondslag van de verwerking staat in het algemeen deel van deze toelichting.",
  ),
  articleNote(
    "art-monitoring",
    "De monitoring volgt de wettelijke eisen (aanvragen, beschikkingen en gehuisveste wettelijk urgenten) en de regionale afspraken (het aandeel van de mutaties dat naar wettelijk urgenten gaat en de netto toevoeging van kleine, betaalbare woningen). De gegevens komen grotendeels uit Woninghuren.nl en de registratie van de urgentieverklaringen.",
    "De gemeenten, corporaties en huurdersorganisaties bespreken de cijfers elk half jaar regionaal. Zo wordt zichtbaar of de verdeling evenwichtiger wordt en waar bijsturing nodig is. De cijfers zijn niet tot personen herleidbaar.",
  ),
  articleNote(
    "art-evaluatie",
    "Na drie jaar evalueren de Twentse gemeenten de regeling en de verdeelafspraken samen; het verslag aan de raad bouwt op die regionale evaluatie voort. De termijn is in heel Twente gelijk, zodat alle gemeenten tegelijk evalueren, en laat de raad de tijd een nieuwe verordening vast te stellen voordat deze vervalt.",
    p(
      "De verordening kent ook een noodknop (",
      ref("art-evaluatie-lid-noodknop"),
      "): ontstaat tussentijds een ongewenste en onhoudbare situatie, bijvoorbeeld doordat een gemeente structureel veel meer wettelijk urgenten huisvest dan afgesproken, dan komt dat in het eerstvolgende regionale bestuurlijk overleg aan de orde.",
    ),
  ),
  ifSet(
    "repealPrevious",
    articleNote(
      "art-intrekking-oud",
      "De gemeente had al een regeling over urgentie. Die wordt door deze verordening vervangen en daarom ingetrokken. Bevat de oude huisvestingsverordening ook regels over andere onderwerpen, zoals de samenstelling van de woonruimtevoorraad, dan moet die niet in haar geheel worden ingetrokken maar worden gewijzigd.",
    ),
  ),
  articleNote(
    "art-overgangsrecht",
    "Voorrang die een woningcorporatie of het college voor de inwerkingtreding heeft toegekend, blijft geldig, maar niet onbeperkt: na de overgangstermijn vervalt zij. Wie dan nog geen woning heeft, kan een aanvraag doen op grond van deze verordening.",
    "Aanvragen die bij de inwerkingtreding nog in behandeling zijn, worden beoordeeld volgens de nieuwe regels. De aanvrager krijgt de gelegenheid de aanvraag daarop aan te vullen.",
    when(
      { slot: "repealPrevious" },
      p(
        "Besluiten die op grond van de ingetrokken regeling zijn genomen, worden in bezwaar en beroep naar die regeling beoordeeld (",
        ref("art-overgangsrecht-lid-oude-regeling"),
        ").",
      ),
    ),
  ),
  articleNote(
    "art-inwerkingtreding",
    "Alle Twentse gemeenten streven naar dezelfde datum van inwerkingtreding. Een verordening treedt nooit in werking voordat zij is bekendgemaakt in het Gemeenteblad; valt de bekendmaking later dan de genoemde datum, dan treedt zij in werking op de dag na de bekendmaking. Omdat de verordening steunt op de Huisvestingswet 2014 zoals gewijzigd door de Wet versterking regie volkshuisvesting, treedt zij bovendien niet eerder in werking dan het deel van die wet dat de urgentieregeling betreft.",
  ),
  articleNote(
    "art-verval",
    p("Een huisvestingsverordening wordt op grond van ", law(HW, "4", "artikel 4 van de Huisvestingswet 2014"), " voor ten hoogste vier jaar vastgesteld. Deze verordening vervalt daarom vier jaar na haar inwerkingtreding. De evaluatie na drie jaar geeft de raad de gelegenheid tijdig een nieuwe verordening vast te stellen."),
  ),
  articleNote(
    "art-citeertitel",
    "De citeertitel is in alle Twentse gemeenten gelijk opgebouwd: Urgentieverordening, de naam van de gemeente en het jaar van vaststelling.",
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// Keuzemogelijkheden
// ─────────────────────────────────────────────────────────────────────────────
const slots: Json[] = [
  automaticSlot("municipalityName", {
    label: "Naam van de gemeente",
    guidance: "Wordt automatisch ingevuld met de naam van de gemeente die de verordening vaststelt. Zij staat in de titel, de aanhef, de begripsbepalingen en de citeertitel.",
    source: "municipalityName",
    fixed: true,
  }),
  integerSlot("ordinanceYear", {
    label: "Jaartal in de titel en citeertitel",
    guidance: "Het jaar van vaststelling. De werkgroep gaat uit van vaststelling in 2026. Een gemeente die later vaststelt, past het jaartal aan, zodat de citeertitel klopt.",
    default: 2026,
    constraints: { required: true, min: 2025, max: 2030 },
  }),
  alternativesSlot("decidingBody", {
    label: "Mandaat voor de beslissing op aanvragen",
    guidance:
      "Het college is bevoegd om over urgentie te beslissen. Het kan zelf beslissen of die bevoegdheid mandateren, zodat de aanvragen voor heel Twente op één plek worden behandeld. De werkgroep adviseert mandaat: het sluit aan bij de huidige praktijk van de corporaties en zorgt voor een gelijke toetsing in de regio. Bij mandaat neemt het college daarnaast een mandaatbesluit; wie niet onder het college werkt, moet met het mandaat instemmen.",
    default: "mandaat",
    options: [option("mandaat", "Het college kan de beslissing mandateren"), option("college", "Het college beslist zelf")],
    constraints: { required: true },
  }),
  alternativesSlot("mandateHolder", {
    label: "Wie het mandaat krijgt",
    guidance:
      "Alleen van belang bij mandaat. De werkgroep adviseert mandaat aan de woningcorporaties, die nu al urgentieaanvragen behandelen. Een gemeente kan ook kiezen voor mandaat aan de ambtenaren van het urgentieloket. Let op: een woningcorporatie is geen bestuursorgaan; zij beslist in mandaat namens het college en het college blijft aanspreekbaar op elk besluit.",
    default: "woningcorporaties",
    options: [
      option("woningcorporaties", "De woningcorporaties in de gemeente", "de woningcorporaties die in de gemeente sociale huurwoningen verhuren"),
      option("loket", "De ambtenaren van het urgentieloket", "de ambtenaren die werkzaam zijn bij het urgentieloket"),
    ],
    constraints: { required: true },
  }),
  textSlot("regionalDeskName", {
    label: "Naam van het regionale urgentieloket",
    guidance: "De naam waaronder het gezamenlijke loket van de Twentse corporaties de aanvragen in ontvangst neemt. De naam is regionaal; wijzig haar alleen als de regio dat samen besluit.",
    default: "Urgentieloket Twente",
    fixed: true,
    constraints: { required: true },
  }),
  optionalSlot("applicationFeeCharged", {
    label: "Leges heffen voor een aanvraag",
    guidance:
      "Sommige corporaties vragen nu een bijdrage voor een urgentieaanvraag. De werkgroep adviseert geen leges te heffen: een bijdrage is een drempel voor kwetsbare woningzoekenden en de opbrengst is beperkt. Kiest de gemeente er wel voor, dan wordt een artikel over leges opgenomen en moet het bedrag ook in de tarieventabel van de legesverordening komen.",
    default: false,
  }),
  amountSlot("applicationFee", {
    label: "Hoogte van de leges",
    guidance: "Alleen van belang als de gemeente leges heft. Het bedrag wordt terugbetaald als urgentie wordt verleend. De werkgroep adviseert, als een gemeente toch leges heft, niet meer dan € 50.",
    default: 50,
    constraints: { min: 0, max: 150 },
  }),
  integerSlot("decisionPeriodWeeks", {
    label: "Beslistermijn in weken",
    guidance: "Regionaal vastgelegd, omdat één urgentieloket de aanvragen voor heel Twente behandelt. De Algemene wet bestuursrecht gaat uit van een redelijke termijn van ten hoogste acht weken; de regio kiest acht weken, omdat vaak advies nodig is.",
    default: 8,
    fixed: true,
    constraints: { required: true, min: 2, max: 8 },
  }),
  integerSlot("decisionExtensionWeeks", {
    label: "Verdaging van de beslistermijn in weken",
    guidance: "Regionaal vastgelegd. Hoe lang de beslissing ten hoogste kan worden uitgesteld als advies nodig is, ook het advies van de bemiddelingstafel, die binnen vier weken adviseert.",
    default: 4,
    fixed: true,
    constraints: { required: true, min: 1, max: 8 },
  }),
  integerSlot("minimumAge", {
    label: "Minimumleeftijd van de aanvrager",
    guidance: "Regionaal vastgelegd op 18 jaar: een minderjarige kan geen huurovereenkomst aangaan zonder toestemming en wordt via de jeugdhulp geholpen. Jongeren die uit de jeugdhulp stromen, kunnen vanaf hun achttiende aanvragen.",
    default: 18,
    fixed: true,
    constraints: { required: true, min: 18, max: 23 },
  }),
  amountSlot("assetLimit", {
    label: "Vermogensgrens van het huishouden",
    guidance:
      "Wie eigen vermogen heeft, kan zijn huisvestingsprobleem vaak zelf oplossen, bijvoorbeeld door tijdelijk vrije sector te huren. De werkgroep stelt de grens regionaal vast, afgerond afgeleid van de vermogensgrens voor de huurtoeslag, zodat de toets in heel Twente gelijk is.",
    default: 38000,
    fixed: true,
    constraints: { required: true, min: 0, max: 100000 },
  }),
  optionalSlot("incomeExceptionMedical", {
    label: "Afwijken van de inkomensgrens bij medische urgentie",
    guidance:
      "Aangepaste woningen zijn buiten de sociale huur nauwelijks te vinden. Met deze bepaling kan het college voor medisch urgenten die op zo'n woning zijn aangewezen afwijken van de inkomensgrens. De werkgroep adviseert de bepaling op te nemen.",
    default: true,
  }),
  alternativesSlot("bindingArea", {
    label: "Gebied van de bindingseis",
    guidance:
      "De aanvrager moet een tijd in de gemeente of in de regio hebben gewoond. Regionaal vastgelegd op de woningmarktregio Twente: één loket en één verdeelsysteem vragen een gelijke bindingseis, en een verhuizing binnen de regio moet niet tot verlies van urgentie leiden.",
    default: "regio",
    fixed: true,
    options: [
      option("regio", "Woningmarktregio Twente", "de woningmarktregio Twente"),
      option("gemeente", "De eigen gemeente", "de gemeente"),
    ],
    constraints: { required: true },
  }),
  integerSlot("bindingYears", {
    label: "Duur van de binding in jaren",
    guidance: "Hoe lang de aanvrager onafgebroken in het bindingsgebied moet hebben gewoond. Regionaal vastgelegd op twee jaar; langer dan zes jaar verhoudt zich niet met de Huisvestingswet 2014.",
    default: 2,
    fixed: true,
    constraints: { required: true, min: 1, max: 6 },
  }),
  integerSlot("careHoursPerWeek", {
    label: "Minimale omvang van de mantelzorg in uren per week",
    guidance: "Regionaal vastgelegd, zodat mantelzorgers overal gelijk worden beoordeeld. Stelt het Rijk een eigen criterium, dan gaat dat voor.",
    default: 8,
    fixed: true,
    constraints: { required: true, min: 4, max: 16 },
  }),
  multiselectSlot("localCategories", {
    label: "Aanvullende urgentiecategorieën",
    guidance:
      "Naast de wettelijke categorieën en de regionale categorie calamiteiten mag een gemeente regionaal afgestemde aanvullende categorieën aanwijzen. Deze urgenten vallen buiten de verdeelafspraken. De werkgroep adviseert slachtoffers van huiselijk geweld buiten de opvang en huurders bij sloop of renovatie op te nemen. Mantelzorg is een wettelijke categorie en staat daarom niet in deze lijst. Let op, juridisch risico: over voorrang voor vergunninghouders is landelijke regelgeving in beweging die zulke voorrang kan beperken of verbieden; een gemeente die deze categorie kiest, moet er rekening mee houden dat zij haar op korte termijn moet schrappen.",
    default: ["huiselijkGeweld", "herstructurering"],
    options: [
      option("huiselijkGeweld", "Slachtoffers van huiselijk geweld buiten de opvang"),
      option("herstructurering", "Huurders bij sloop of ingrijpende renovatie (herstructurering)"),
      option("scheiding", "Ouders met minderjarige kinderen na een scheiding"),
      option("vergunninghouders", "Vergunninghouders (buiten de verdeelafspraken)"),
    ],
  }),
  durationSlot("validityPeriod", {
    label: "Geldigheidsduur van een urgentieverklaring",
    guidance: "Binnen deze termijn moet een passend aanbod redelijkerwijs te verwachten zijn. Regionaal vastgelegd op zes maanden, omdat Woninghuren.nl de voorrang voor de hele regio registreert.",
    default: { amount: 6, unit: "months" },
    fixed: true,
    constraints: { required: true, min: 3, max: 12 },
  }),
  optionalSlot("validityExtensionAllowed", {
    label: "Verlenging van de geldigheidsduur mogelijk",
    guidance: "Met deze bepaling kan het college de geldigheid eenmaal verlengen als buiten de schuld van de urgent woningzoekende geen passend aanbod kwam. De werkgroep adviseert de bepaling op te nemen.",
    default: true,
  }),
  durationSlot("validityExtension", {
    label: "Maximale verlenging van de geldigheidsduur",
    guidance: "Alleen van belang als verlenging mogelijk is. De werkgroep adviseert drie maanden.",
    default: { amount: 3, unit: "months" },
    constraints: { min: 1, max: 6 },
  }),
  integerSlot("maxRefusals", {
    label: "Aantal geweigerde passende aanbiedingen voor intrekking",
    guidance: "Regionaal vastgelegd, omdat Woninghuren.nl in de hele regio dezelfde regel toepast. Bij één geweigerd passend aanbod kan de urgentie worden ingetrokken.",
    default: 1,
    fixed: true,
    constraints: { required: true, min: 1, max: 3 },
  }),
  alternativesSlot("searchArea", {
    label: "Zoekgebied in een gemeente met meer kernen",
    guidance:
      "Het zoekgebied omvat in beginsel de hele gemeente die in de urgentieverklaring is genoemd. Een gemeente met meer kernen kan het college de ruimte geven het zoekgebied in het zoekprofiel te beperken tot een of meer kernen, bijvoorbeeld om iemand dicht bij zijn netwerk of bij openbaar vervoer te laten wonen. Let op: een te klein zoekgebied maakt een passend aanbod binnen de geldigheidsduur onwaarschijnlijk.",
    default: "gemeente",
    options: [option("gemeente", "De hele gemeente"), option("kern", "Het college kan kernen aanwijzen")],
    constraints: { required: true },
  }),
  alternativesSlot("localCategoriesInDistribution", {
    label: "Aanvullende categorieën tellen mee in de verdeelafspraken",
    guidance:
      "Aanvullende categorieën tellen nooit mee voor het wettelijke aandeel voor wettelijk urgenten. Wel kunnen zij meetellen in de regionale verdeelafspraken, als die afspraken ook over de regionaal afgestemde urgente groepen gaan. De werkgroep adviseert ze niet mee te tellen zolang de afspraken alleen over wettelijk urgenten gaan.",
    default: "nee",
    options: [option("nee", "Tellen niet mee"), option("ja", "Tellen mee, voor zover de afspraken erover gaan")],
    constraints: { required: true },
  }),
  alternativesSlot("objectionAdvice", {
    label: "Advies over bezwaren",
    guidance:
      "Het college kan over bezwaren advies vragen aan de gemeentelijke commissie voor de bezwaarschriften, of de indiener zelf horen. De werkgroep adviseert de commissie: zij hoort onafhankelijk. Een gemeente zonder eigen commissie kiest voor horen door het college.",
    default: "commissie",
    options: [option("commissie", "Commissie voor de bezwaarschriften"), option("college", "Het college hoort zelf")],
    constraints: { required: true },
  }),
  textSlot("fairShareAgreements", {
    label: "Titel en datum van de Twentse verdeelafspraken",
    guidance:
      "De titel en de datum van het besluit waarin de Twentse gemeenten hun afspraken over een evenwichtige verdeling hebben vastgelegd. Regionaal: de redactie vult dit in zodra de afspraken bestuurlijk zijn vastgesteld, en vóór de definitieve versie voor besluitvorming.",
    default: "[titel en datum van de Twentse verdeelafspraken, in te vullen na vaststelling in het bestuurlijk overleg]",
    fixed: true,
    constraints: { required: true },
  }),
  textSlot("mediationTableName", {
    label: "Naam van de regionale bemiddelingstafel",
    guidance: "Het regionale overleg van gemeenten en corporaties dat adviseert waar een wettelijk urgente passend kan worden gehuisvest als het woonplaatsbeginsel niet werkt. De colleges stellen haar samen in; de naam is regionaal.",
    default: "Regionale Bemiddelingstafel Twente",
    fixed: true,
    constraints: { required: true },
  }),
  integerSlot("evaluationYears", {
    label: "Evaluatietermijn in jaren",
    guidance: "Regionaal vastgelegd op drie jaar, zodat de evaluatie van de verordening samenvalt met de regionale evaluatie van de verdeelafspraken en vóór het vervallen van de verordening na vier jaar ligt.",
    default: 3,
    fixed: true,
    constraints: { required: true, min: 1, max: 3 },
  }),
  optionalSlot("repealPrevious", {
    label: "Bestaande regeling intrekken",
    guidance:
      "Alleen nodig als de gemeente al een huisvestingsverordening of urgentieregeling heeft. Regelt die alleen urgentie, trek haar dan in. Regelt zij ook andere onderwerpen, wijzig haar dan met een apart besluit en laat deze keuze uit.",
    default: false,
  }),
  textSlot("previousRegulationTitle", {
    label: "Citeertitel van de bestaande regeling",
    guidance: "De exacte citeertitel van de regeling die wordt ingetrokken, zoals die in de Gemeenteblad-publicatie staat.",
    default: "Huisvestingsverordening",
    constraints: { required: true },
  }),
  durationSlot("transitionPeriod", {
    label: "Maximale overgangstermijn voor bestaande voorrang",
    guidance: "Hoe lang voorrang die corporaties of de gemeente eerder hebben toegekend, na de inwerkingtreding nog ten hoogste geldt. Regionaal vastgelegd op zes maanden, gelijk aan de geldigheidsduur.",
    default: { amount: 6, unit: "months" },
    fixed: true,
    constraints: { required: true, min: 1, max: 12 },
  }),
  dateSlot("effectiveDate", {
    label: "Datum van inwerkingtreding",
    guidance: "De regio streeft naar één datum voor alle gemeenten, gelijk aan de inwerkingtreding van het urgentiedeel van de Wet versterking regie volkshuisvesting. Treedt de wet later in werking, dan schuift de verordening vanzelf mee; zij treedt nooit in werking vóór de dag na de bekendmaking. Kies een datum na de raadsvergadering.",
    default: "2026-07-01",
    constraints: { required: true, min: "2026-01-01", max: "2027-12-31" },
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Het model
// ─────────────────────────────────────────────────────────────────────────────
export const twenteModel: Json = ordinance({
  numbering: "consecutive",
  title: ["Urgentieverordening ", gemeente, " ", jaar],
  preamble,
  body: [hoofdstukAlgemeen, hoofdstukUrgentie, hoofdstukVerdeling, hoofdstukMonitoring, hoofdstukSlot],
  generalNotes,
  articleNotes,
  slots,
});

export const twenteModelMeta = {
  title: "Model-urgentieverordening Twente",
  region: "twente",
  description:
    "Regionale model-urgentieverordening van de veertien Twentse gemeenten, de provincie Overijssel en WoON Twente, op grond van de Huisvestingswet 2014 zoals gewijzigd bij de Wet versterking regie volkshuisvesting.",
  numbering: "consecutive" as const,
};
