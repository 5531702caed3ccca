import { statutoryCategories } from "../ordinance-model/statutory-categories";

// The figures a municipality reports per half year, as named cells. One key names a cell everywhere: in the table,
// the form, the CSV template and the audit trail.

export const OUTSIDE_REGION = "buiten-de-regio";

export const CATEGORIES = statutoryCategories.map((c) => ({ key: c.key, label: c.label }));

export interface MunicipalityRef {
  slug: string;
  name: string;
}

export interface FigureField {
  key: string;
  label: string;
  group: "wettelijk" | "categorie" | "herkomst" | "regio";
}

const BASE_STATUTORY: FigureField[] = [
  { key: "aanvragen", label: "Urgentieaanvragen", group: "wettelijk" },
  { key: "beschikkingen_toegekend", label: "Urgentiebeschikkingen: toegekend", group: "wettelijk" },
  { key: "beschikkingen_afgewezen", label: "Urgentiebeschikkingen: afgewezen", group: "wettelijk" },
  { key: "gehuisvest", label: "Gehuisveste wettelijk urgenten (totaal)", group: "wettelijk" },
];

const REGION_ADDITIONS: FigureField[] = [
  { key: "mutaties", label: "Mutaties: verhuurde sociale huurwoningen", group: "regio" },
  { key: "toewijzingen", label: "Toewijzingen aan wettelijk urgenten", group: "regio" },
  { key: "statushouders", label: "Gehuisveste statushouders (buiten de afspraken)", group: "regio" },
  { key: "netto_toevoeging", label: "Netto toevoeging kleine, betaalbare sociale huurwoningen", group: "regio" },
];

export const categoryKey = (category: string) => `categorie_${category}`;
export const originKey = (origin: string) => `herkomst_${origin}`;

/** Every cell of one municipality's report, in the order of the form and the template. */
export function figureFields(region: readonly MunicipalityRef[]): FigureField[] {
  return [
    ...BASE_STATUTORY,
    ...CATEGORIES.map((c) => ({ key: categoryKey(c.key), label: `Gehuisvest: ${c.label}`, group: "categorie" as const })),
    ...region.map((m) => ({ key: originKey(m.slug), label: `Gehuisvest met herkomst ${m.name}`, group: "herkomst" as const })),
    { key: originKey(OUTSIDE_REGION), label: "Gehuisvest met herkomst buiten de regio", group: "herkomst" },
    ...REGION_ADDITIONS,
  ];
}

/** One municipality's figures for one half year: cell key → whole number. A missing key has not been reported. */
export type Figures = Readonly<Record<string, number>>;

export const value = (figures: Figures, key: string) => figures[key] ?? 0;

/** Housed statutory urgents of this municipality per origin (region slugs and OUTSIDE_REGION). */
export function housedByOrigin(figures: Figures, origins: readonly string[]): Map<string, number> {
  return new Map(origins.map((o) => [o, value(figures, originKey(o))]));
}
