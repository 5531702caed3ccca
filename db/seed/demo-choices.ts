import { eq } from "drizzle-orm";
import { parseModel, validateChoices, type Choices } from "../../ordinance-model/index";
import type { Db } from "../client";
import { listChoiceRows, listStatuses, writeChoice } from "../queries/choices";
import { saveMotivation } from "../queries/decisions";
import { listModels } from "../queries/models";
import { findRegionBySlug } from "../queries/regions";
import { municipalities } from "../schema";
import { twenteModel } from "./twente-model";

// Demo only: plausible local choices for the Twente municipalities, so the matrix, the raadsvoorstel's table of
// deviations and the documents show real differences. Every deviation carries the motivation a municipality would
// give its council (kept here; the lead wires it into the motivation column of issue 10). Almelo, Borne, Enschede and
// Hengelo keep the regional text: the page tests start from their clean state.

export interface DemoChoice {
  readonly value: unknown;
  /** Why the municipality departs from the regional default, in its own words. */
  readonly motivation: string;
}

export interface DemoMunicipality {
  readonly slug: string;
  readonly choices: Readonly<Record<string, DemoChoice>>;
}

const kernen = (villages: string): DemoChoice => ({
  value: "kern",
  motivation: `De gemeente bestaat uit meer kernen (${villages}). Het college kan het zoekgebied beperken tot de kern waar iemand zijn netwerk of zorg heeft, zolang een passend aanbod binnen de geldigheidsduur te verwachten blijft.`,
});

export const DEMO_CHOICES: readonly DemoMunicipality[] = [
  {
    slug: "dinkelland",
    choices: {
      searchArea: kernen("onder meer Denekamp, Ootmarsum en Weerselo"),
      objectionAdvice: { value: "college", motivation: "Bezwaren over urgentie zijn in aantal beperkt; het college hoort de indiener zelf, door medewerkers die niet bij het besluit betrokken waren." },
    },
  },
  {
    slug: "tubbergen",
    choices: {
      searchArea: kernen("onder meer Tubbergen, Albergen en Vasse"),
      localCategories: {
        value: ["huiselijkGeweld", "herstructurering", "scheiding"],
        motivation: "Ouders die na een scheiding de zorg voor hun kinderen delen, vinden in de kleine kernen moeilijk een woning; de raad wil voorkomen dat kinderen daardoor ver van een van beide ouders wonen.",
      },
    },
  },
  {
    slug: "hof-van-twente",
    choices: {
      searchArea: kernen("onder meer Goor, Delden en Markelo"),
      decidingBody: { value: "college", motivation: "De toegang tot het sociaal domein kent de aanvragers vaak al; het college beslist zelf, het urgentieloket bereidt voor." },
    },
  },
  {
    slug: "losser",
    choices: {
      searchArea: kernen("onder meer Losser, Overdinkel en de Lutte"),
      localCategoriesInDistribution: {
        value: "ja",
        motivation: "De gemeente wil ook de regionaal afgestemde urgente groepen evenwichtig over Twente verdelen, voor zover de verdeelafspraken daarover gaan.",
      },
    },
  },
  {
    slug: "twenterand",
    choices: {
      searchArea: kernen("onder meer Vriezenveen, Vroomshoop en Den Ham"),
      applicationFeeCharged: { value: true, motivation: "De gemeente heft leges voor een aanvraag, zoals een deel van de corporaties nu een bijdrage vraagt; wie urgentie krijgt, krijgt ze terug." },
      applicationFee: { value: 35, motivation: "Het bedrag blijft onder het regionale advies en wordt terugbetaald als urgentie wordt verleend." },
    },
  },
  {
    slug: "rijssen-holten",
    choices: {
      localCategories: {
        value: ["huiselijkGeweld", "herstructurering", "vergunninghouders"],
        motivation: "De gemeente wil de taakstelling voor vergunninghouders via de urgentieregeling halen; zij weet dat landelijke regelgeving deze voorrang kan beperken en past de verordening dan aan.",
      },
      validityExtensionAllowed: { value: false, motivation: "Een verlenging maakt de wachttijd voor anderen langer; in de gemeente komt binnen de geldigheidsduur doorgaans een passend aanbod." },
    },
  },
  {
    slug: "hellendoorn",
    choices: {
      searchArea: kernen("Nijverdal, Hellendoorn, Haarle en Daarle"),
      mandateHolder: { value: "loket", motivation: "De ambtenaren van het urgentieloket beslissen in mandaat, zodat de beslissing bij de gemeentelijke organisatie blijft." },
    },
  },
  {
    slug: "haaksbergen",
    choices: {
      localCategories: {
        value: ["huiselijkGeweld", "herstructurering", "scheiding"],
        motivation: "Na een scheiding moeten ouders met kinderen in Haaksbergen lang wachten op een woning; de raad wil hen een plek in de regeling geven.",
      },
    },
  },
  {
    slug: "wierden",
    choices: {
      searchArea: kernen("Wierden en Enter"),
      decidingBody: { value: "college", motivation: "Het college beslist zelf, zodat de urgentie aansluit bij de wijkteams die de aanvragers begeleiden." },
    },
  },
];

/** The choices of one demo municipality as the model takes them. */
export const choicesOf = (demo: DemoMunicipality): Choices => Object.fromEntries(Object.entries(demo.choices).map(([key, choice]) => [key, choice.value])) as Choices;

/**
 * Stores the demo choices through the choices' own write (version, audit trail), each with its motivation. None is
 * made gereed here: gereed pins a definitive version (demo-decisions.ts does that for Almelo, with its decision data). Only
 * into a model that has no choices and no statuses yet, so running it again changes nothing.
 */
export function seedDemoChoices(db: Db): void {
  const twente = findRegionBySlug(db, "twente");
  const row = twente ? listModels(db, twente.id)[0] : undefined;
  if (!twente || !row) return;
  if (listChoiceRows(db, row.id).length > 0 || listStatuses(db, row.id).length > 0) return;
  const model = parseModel(twenteModel);
  const ids = new Map(db.select().from(municipalities).where(eq(municipalities.regionId, twente.id)).all().map((m) => [m.slug, m.id]));
  db.transaction(() => {
    for (const demo of DEMO_CHOICES) {
      const problems = validateChoices(model, choicesOf(demo));
      if (problems.length) throw new Error(`Demokeuzes voor ${demo.slug}: ${problems.map((p) => p.message).join(" ")}`);
      const municipalityId = ids.get(demo.slug)!;
      for (const [slotKey, choice] of Object.entries(demo.choices)) {
        writeChoice(db, { modelId: row.id, municipalityId, slotKey, value: choice.value, definition: model.slots.get(slotKey)!, seenVersion: 0, userId: null });
        saveMotivation(db, row.id, municipalityId, slotKey, choice.motivation, null);
      }
    }
  });
}
