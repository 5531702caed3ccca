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
  bindingArea: "gemeente",
  bindingYears: 3,
  localCategories: ["scheiding", "vergunninghouders"],
  applicationFeeCharged: true,
  applicationFee: 25,
  validityPeriod: { amount: 1, unit: "years" },
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
    expect(model.slots.get("fairSharePercentage")).toMatchObject({ kind: "integer", fixed: true, default: 15, constraints: { min: 15 } });
    expect(model.slots.get("minimumAge")).toMatchObject({ fixed: true, default: 18 });
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
    expect([...articles.values()].filter((c) => (c as { slot?: string } | null)?.slot === "decidingBody")).toHaveLength(2);
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
        expect(n.text!.slice(m.index, m.index + 70), n.text).toMatch(/ van (de|het) [A-Z]/);
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
    expect(regional).toContain("Het kan de bevoegdheid daartoe mandateren aan de woningcorporaties");
    expect(regional).toContain("Een aanvraag wordt ingediend bij het Urgentieloket Twente");
    expect(regional).not.toContain("Een aanvraag wordt ingediend bij het college.");

    const own = text({ decidingBody: "college" });
    expect(own).toContain("Een aanvraag wordt ingediend bij het college.");
    expect(own).not.toContain("mandateren");
    expect(own).not.toContain("in mandaat beslist");
  });

  it("schrijft de gekozen inline variant van de binding uit, niet de regionale", () => {
    expect(text({})).toContain("zijn hoofdverblijf heeft in de woningmarktregio Twente;");
    const own = text({ bindingArea: "gemeente", bindingYears: 3 });
    expect(own).toContain("ten minste 3 jaar onafgebroken zijn hoofdverblijf heeft in de gemeente;");
    expect(own).not.toContain("hoofdverblijf heeft in de woningmarktregio Twente");
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
    expect(regional).toContain("verleend op grond van de artikelen 7 tot en met 11;");

    const withFee = text({ applicationFeeCharged: true, applicationFee: 25 });
    expect(withFee).toContain("worden leges geheven ten bedrage van € 25,00");
    expect(withFee).toContain("verleend op grond van de artikelen 8 tot en met 12;");
  });

  it("vult termijnen, bedragen en datums in zoals de gemeente ze kiest", () => {
    const own = text(deviating);
    expect(own).toContain("Urgentieverordening Almelo 2027");
    expect(own).toContain("Een urgentieverklaring is geldig gedurende 1 jaar na de dag waarop zij is bekendgemaakt.");
    expect(own).not.toContain("eenmaal verlengen");
    expect(own).toContain("Deze verordening treedt in werking op 1 januari 2027.");
    expect(own).toContain("De Huisvestingsverordening Almelo 2019 wordt ingetrokken.");
    expect(own).toContain("ten minste 15 procent van de mutaties");
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
