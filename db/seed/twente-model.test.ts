import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint, parseModel, renderText, resolve, slotKinds, validateChoices, type Choices, type Municipality } from "../../ordinance-model/index";
import { REGIONS, slugify } from "./regions";
import { twenteModel, twenteModelMeta } from "./twente-model";
import { arbitraryChoices } from "../../ordinance-model/testing/arbitrary-choices";

type JsonNode = { type: string; attrs?: Record<string, unknown>; content?: JsonNode[]; text?: string };

const twente = REGIONS.find((r) => r.slug === "twente")!;
const municipalities: Municipality[] = twente.municipalities.map((name) => ({ name, slug: slugify(name) }));
const almelo: Municipality = { name: "Almelo", slug: "almelo" };

const model = parseModel(twenteModel);
const text = (choices: Choices, municipality: Municipality = almelo) =>
  renderText(resolve(model, choices, municipality), { includeTitle: true, includePreamble: true, includeNotes: false });

/** Every node of the raw JSON, with its ancestors. */
function nodes(node: JsonNode, visit: (n: JsonNode, ancestors: JsonNode[]) => void, ancestors: JsonNode[] = []): void {
  visit(node, ancestors);
  for (const child of node.content ?? []) nodes(child, visit, [...ancestors, node]);
}
const part = (name: string) => (twenteModel as JsonNode).content!.find((n) => n.type === name)!;

/** The choices of a municipality that departs from the region wherever it may. */
const deviating: Choices = {
  decidingBody: "college",
  localCategories: ["scheiding", "vergunninghouders"],
  localCategoriesInDistribution: "ja",
  searchArea: "kern",
  objectionAdvice: "college",
  applicationFeeCharged: true,
  applicationFee: 25,
  validityExtensionAllowed: false,
  incomeExceptionMedical: false,
  repealPrevious: true,
  previousRegulationTitle: "Huisvestingsverordening Almelo 2019",
  effectiveDate: "2027-01-01",
  ordinanceYear: 2027,
};

describe("de model-urgentieverordening Twente", () => {
  it("voldoet aan het contract van het document", () => {
    expect(model.kind).toBe("model");
    expect(twenteModelMeta.title).toBe("Model-urgentieverordening Twente");
  });

  it("heeft ten minste twintig keuzemogelijkheden en gebruikt elke soort", () => {
    expect(model.slots.size).toBeGreaterThanOrEqual(20);
    const used = new Set([...model.slots.values()].map((s) => s.kind));
    for (const kind of slotKinds) expect(used, `soort ${kind}`).toContain(kind);
    for (const def of model.slots.values()) {
      expect(def.label.length, def.key).toBeGreaterThan(0);
      expect(def.guidance.length, def.key).toBeGreaterThan(40);
    }
    expect(model.slots.get("minimumAge")).toMatchObject({ fixed: true, default: 18 });
    // What one loket and one allocation system need to be equal is fixed for the whole region.
    for (const key of ["bindingArea", "bindingYears", "decisionPeriodWeeks", "decisionExtensionWeeks", "validityPeriod", "transitionPeriod"]) {
      expect(model.slots.get(key)?.fixed, key).toBe(true);
    }
    for (const key of ["searchArea", "mandateHolder", "localCategoriesInDistribution", "objectionAdvice"]) expect(model.slots.get(key)?.fixed, key).toBe(false);
    expect(model.slots.get("localCategories")!.guidance).toMatch(/juridisch risico/i);
  });

  it("heeft een inline en een artikelvariant, en elk artikel een toelichting met dezelfde voorwaarde", () => {
    const bindingArea = model.slots.get("bindingArea")!;
    expect(bindingArea.options.every((o) => o.content && o.content.length > 0)).toBe(true);
    const articles = new Map<string, unknown>();
    const notes = new Map<string, unknown>();
    nodes(part("body"), (n) => {
      if (n.type === "article") articles.set(String(n.attrs!.id), n.attrs!.condition ?? null);
    });
    nodes(part("notes"), (n) => {
      if (n.type === "articleNote") notes.set(String(n.attrs!.article), n.attrs!.condition ?? null);
    });
    expect([...articles.values()].filter((c) => (c as { slot?: string } | null)?.slot === "decidingBody")).toHaveLength(1);
    expect([...notes.keys()].sort()).toEqual([...articles.keys()].sort());
    for (const [id, condition] of articles) expect(notes.get(id), id).toEqual(condition);
  });

  it("heeft unieke ids en ten minste acht verwijzingen, ook naar leden en onderdelen", () => {
    const ids: string[] = [];
    const kinds = new Map<string, string>();
    const targets: string[] = [];
    nodes(twenteModel as JsonNode, (n) => {
      if (typeof n.attrs?.id === "string") {
        ids.push(n.attrs.id);
        kinds.set(n.attrs.id, n.type);
      }
      if (n.type === "reference") targets.push(String(n.attrs!.target));
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(targets.length).toBeGreaterThanOrEqual(8);
    const targetKinds = new Set(targets.map((t) => kinds.get(t)));
    expect(targetKinds).toEqual(new Set(["article", "member", "item"]));
  });

  it("typt in de artikelen geen eigen nummers: artikelnummers in de tekst horen bij een andere wet", () => {
    nodes(part("body"), (n) => {
      if (n.type !== "text") return;
      for (const m of n.text!.matchAll(/\bartikel(en)? \d/g)) {
        expect(n.text!.slice(m.index, m.index + 70), n.text).toMatch(/ van (de|het) ([A-Z]|wet\b)/);
      }
      expect(n.text).not.toMatch(/\b(Hoofdstuk|hoofdstuk|Paragraaf|paragraaf) \d/);
    });
  });

  it.each(municipalities.map((m) => [m.name, m] as const))("geeft voor %s zonder eigen keuzes een foutloze verordening", (_name, municipality) => {
    const resolved = resolve(model, {}, municipality);
    expect(lint(resolved)).toEqual([]);
    const words = renderText(resolved, { includeNotes: false });
    expect(words).toContain(`Urgentieverordening ${municipality.name} 2026`);
    expect(words).toContain(`De raad van de gemeente ${municipality.name};`);
    expect(words).toContain(`Deze verordening wordt aangehaald als: Urgentieverordening ${municipality.name} 2026.`);
  });

  it.each(municipalities.map((m) => [m.name, m] as const))("geeft voor %s met afwijkende keuzes een foutloze verordening", (_name, municipality) => {
    expect(validateChoices(model, deviating)).toEqual([]);
    expect(lint(resolve(model, deviating, municipality))).toEqual([]);
  });

  it("neemt bij de regionale keuze het mandaat op en bij de lokale keuze het college", () => {
    const regional = text({});
    expect(regional).toContain(
      "Het college kan de bevoegdheid om op aanvragen om een urgentieverklaring te beslissen mandateren aan de woningcorporaties die in de gemeente sociale huurwoningen verhuren.",
    );
    expect(text({ mandateHolder: "loket" })).toContain("te beslissen mandateren aan de ambtenaren die werkzaam zijn bij het urgentieloket.");
    expect(regional).toContain("Een aanvraag wordt ingediend bij het urgentieloket.");

    const own = text({ decidingBody: "college" });
    expect(own).toContain("Een aanvraag wordt ingediend bij het urgentieloket.");
    expect(own).not.toContain("mandateren");
    expect(own).not.toContain("in mandaat beslist");
  });

  it("regelt welk college beslist, met doorzending, erkenning in de regio en een zoekgebied dat de verklaring volgt", () => {
    const regional = text({});
    expect(regional).toMatch(
      /Artikel \d+ Bevoegd college en doorzending\n1\. Het college beslist op een aanvraag om een urgentieverklaring:\n\s+a\. als de gemeente de gemeente van herkomst van de aanvrager is, of de gemeente die de bemiddelingstafel voor zijn huisvesting heeft aangewezen, bij een aanvraag op grond van de artikelen \d+ tot en met \d+; en\n/,
    );
    expect(regional).toContain("dan zendt het de aanvraag op de voet van artikel 2:3 van de Algemene wet bestuursrecht onverwijld door naar dat college");
    expect(regional).toMatch(
      /Artikel \d+ Erkenning van urgentieverklaringen uit Twente\n1\. Een urgentieverklaring die het college van een andere gemeente in de woningmarktregio Twente heeft verleend op grond van een verordening die op dit punt gelijkluidend is aan deze verordening, geldt in de gemeente als een urgentieverklaring die het college heeft verleend\./,
    );
    expect(regional).toMatch(
      /Het zoekgebied ligt bij een wettelijk urgente in de gemeente die in de urgentieverklaring is genoemd op grond van artikel \d+, eerste lid, onderdeel b, en bij een andere urgent woningzoekende in de gemeente\./,
    );
    expect(regional).not.toContain("kernen aanwijst");
    expect(text({ searchArea: "kern" })).toContain("een of meer kernen aanwijst");
  });

  it("verleent urgentie in de wettelijke categorieën zonder beleidsruimte, en sluit die niet uit met de algemene voorwaarden", () => {
    const regional = text({});
    for (const lead of [
      "Het college verleent een urgentieverklaring wegens mantelzorg",
      "Het college verleent een urgentieverklaring op medische gronden",
      "Het college verleent een urgentieverklaring wegens uitstroom",
      "Het college verleent een urgentieverklaring aan een woningzoekende die zijn werk als sekswerker beëindigt",
      "Het college verleent een urgentieverklaring aan een huishouden met een of meer minderjarige kinderen",
    ]) {
      expect(regional, lead).toContain(lead);
    }
    expect(regional).not.toMatch(/kan worden verleend aan een (woningzoekende|huishouden)/);
    expect(regional).toMatch(/De voorwaarde, bedoeld in het eerste lid, onderdeel f, geldt niet voor een aanvraag op grond van artikel \d+, eerste lid, onderdeel f, of artikel \d+\./);
    expect(regional).not.toContain("zwaar mee");
    expect(regional).toContain("Het wijkt daarbij niet af van criteria die bij of krachtens de wet zijn gesteld.");
  });

  it("heeft eigen artikelen over vergunninghouders, nadere regels, de bemiddelingstafel, de informatieplicht en de persoonsgegevens", () => {
    const regional = text({});
    expect(regional).toMatch(/Artikel \d+ Huisvesting van vergunninghouders\n1\. Het college zorgt in samenwerking met de woningcorporaties voor de huisvesting van de vergunninghouders/);
    expect(regional).toMatch(/Artikel \d+ Nadere regels\n1\. Het college kan nadere regels stellen over de aanvraag/);
    expect(regional).toMatch(
      /Artikel \d+ Regionale bemiddelingstafel\n1\. Het college stelt samen met de colleges van de andere gemeenten in de woningmarktregio Twente een regionale bemiddelingstafel in onder de naam Regionale Bemiddelingstafel Twente/,
    );
    expect(regional).toMatch(/Artikel \d+ Informatieplicht van de woningcorporaties\n/);
    expect(regional).toMatch(/Artikel \d+ Verwerking van persoonsgegevens\n/);
    expect(regional).not.toContain("toestemming om medische");
    expect(regional).toMatch(/als een advies als bedoeld in artikel \d+ of een advies van de bemiddelingstafel nodig is/);
  });

  it("rust op de juiste grondslag, treedt niet vóór de bekendmaking in werking en vervalt binnen de wettelijke termijn", () => {
    const regional = text({});
    expect(regional).toContain("gelet op de artikelen 4 en 12 van de Huisvestingswet 2014");
    expect(regional).not.toMatch(/en volgende|artikelen 4, 7/);
    expect(regional).toContain("Deze verordening is een huisvestingsverordening als bedoeld in artikel 4 van de wet.");
    expect(regional).toContain("Deze verordening treedt in werking op 1 juli 2026, maar niet eerder dan de dag na die waarop zij is bekendgemaakt.");
    expect(regional).toContain("Deze verordening vervalt vier jaar na de dag waarop zij in werking is getreden.");
    // The four-year maximum cites the provision it rests on; the status holders' article does not claim art. 12 (the
    // urgency scheme) as its basis, nor does it oblige the corporations, which the law gives the council no power to do.
    const notes = renderText(resolve(model, {}, almelo));
    expect(notes).toContain("op grond van artikel 4 van de Huisvestingswet 2014 voor ten hoogste vier jaar vastgesteld");
    expect(notes).toContain("Zij berust niet op artikel 12 van de wet");
    expect(regional).not.toContain("De woningcorporaties stellen daartoe");
    expect(regional).toContain("Zodra drie jaar na de inwerkingtreding van deze verordening zijn verstreken");
    expect(regional).toContain("het aandeel van de mutaties in de gemeente dat bij of krachtens de wet als minimum is bepaald, beschikbaar wordt gesteld");
  });

  it("spreekt in de toelichting als de raad: geen modeltaal, geen vaststaande feiten die nog niet vaststaan", () => {
    for (const choices of [{}, deviating]) {
      const all = renderText(resolve(model, choices, almelo));
      for (const modelOnly of [/in deze variant/i, /keuzemogelijkheid/i, /lokale keuze/i, /werkgroep adviseert/i, /deze gemeente kiest/i]) expect(all).not.toMatch(modelOnly);
      expect(all).toContain("was de Wvrv nog niet in werking getreden");
      expect(all).toContain("[titel en datum van de Twentse verdeelafspraken");
      expect(all).not.toContain("West-Overijssel");
      expect(all).not.toMatch(/is bij ministeriële regeling bepaald op 15/);
    }
  });

  it("neemt alleen de gekozen aanvullende categorieën op en houdt de opsomming sluitend", () => {
    const regional = text({});
    expect(regional).toContain("Veilig Thuis");
    expect(regional).toContain("sloopt of ingrijpend renoveert");
    expect(regional).not.toContain("ouderschapsplan");

    const own = text({ localCategories: ["scheiding"] });
    expect(own).toContain("ouderschapsplan");
    expect(own).not.toContain("Veilig Thuis");
    expect(own).toMatch(/a\. een ouder die na het einde van een huwelijk[^\n]*;\n\s+b\. een woningzoekende van wie de zelfstandige woonruimte door brand[^\n]*aanbiedt\.\n/);

    const none = resolve(model, { localCategories: [] }, almelo);
    expect(lint(none)).toEqual([]);
    expect(renderText(none, { includeNotes: false })).toContain("calamiteit blijvend onbewoonbaar");
  });

  it("laat de artikelnummers en verwijzingen meeschuiven met een facultatief artikel", () => {
    const regional = text({});
    expect(regional).not.toContain("leges geheven");
    expect(regional).toContain("verleend op grond van de artikelen 9 tot en met 13;");

    const withFee = text({ applicationFeeCharged: true, applicationFee: 25 });
    expect(withFee).toContain("worden leges geheven ten bedrage van € 25, op de voet van");
    expect(withFee).toContain("verleend op grond van de artikelen 10 tot en met 14;");
  });

  it("vult termijnen, bedragen en datums in zoals de gemeente ze kiest", () => {
    const own = text(deviating);
    expect(own).toContain("Urgentieverordening Almelo 2027");
    expect(own).toContain("Een urgentieverklaring is geldig gedurende zes maanden na de dag waarop zij is bekendgemaakt.");
    expect(own).toContain("Het college beslist binnen acht weken na ontvangst van de aanvraag.");
    expect(own).not.toContain("eenmaal verlengen");
    expect(own).toContain("Deze verordening treedt in werking op 1 januari 2027, maar niet eerder");
    expect(own).toContain("De Huisvestingsverordening Almelo 2019 wordt ingetrokken.");
    expect(own).toContain("telt wel mee voor de afspraken, bedoeld in artikel");
  });

  it("bevat alle wettelijke urgentiecategorieën en de vaste onderdelen van een verordening", () => {
    const all = text({});
    for (const phrase of [
      "mantelzorg",
      "psychische kwetsbaarheid",
      "maatschappelijke opvang",
      "beschermd woont",
      "klinische geestelijke gezondheidszorg",
      "vrouwenopvang",
      "slachtoffer van mensenhandel",
      "jeugdhulp met verblijf",
      "penitentiaire inrichting",
      "forensische zorg",
      "sekswerker",
      "minderjarige kinderen",
      "Hardheidsclausule",
      "Bezwaar",
      "Overgangsrecht",
      "Inwerkingtreding",
      "Citeertitel",
    ]) {
      expect(all, phrase).toContain(phrase);
    }
  });
});

describe("eigenschap: elke geldige combinatie van keuzes", () => {
  it("geeft voor elke gemeente een verordening zonder lintfouten", () => {
    fc.assert(
      fc.property(arbitraryChoices(model), fc.constantFrom(...municipalities), (choices, municipality) => {
        expect(validateChoices(model, choices)).toEqual([]);
        expect(lint(resolve(model, choices, municipality))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
