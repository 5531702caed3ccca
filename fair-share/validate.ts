import { CATEGORIES, categoryKey, figureFields, OUTSIDE_REGION, originKey, value, type Figures, type MunicipalityRef } from "./fields";

// The rules every entry passes, from the form, an upload or the CLI alike. A problem names the cell it is about.

export interface FigureProblem {
  key: string;
  message: string;
}

/** Turns typed text into a whole non-negative number, or a Dutch message. Empty means "0 is not assumed": required. */
export function parseCount(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === "") return "Vul een aantal in (0 als er geen waren).";
  if (!/^\d+$/.test(trimmed)) return /^-/.test(trimmed) ? "Een aantal kan niet negatief zijn." : "Vul een geheel getal in, zonder punten of komma's.";
  const n = Number(trimmed);
  return Number.isSafeInteger(n) ? n : "Dit aantal is te groot.";
}

/** Checks one municipality's figures against each other; cell values are already whole numbers. */
export function checkFigures(figures: Figures, region: readonly MunicipalityRef[]): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const housed = value(figures, "gehuisvest");
  if (value(figures, "toewijzingen") > value(figures, "mutaties")) {
    problems.push({ key: "toewijzingen", message: "Er kunnen niet meer toewijzingen aan urgenten zijn dan mutaties." });
  }
  const byCategory = CATEGORIES.reduce((sum, c) => sum + value(figures, categoryKey(c.key)), 0);
  if (byCategory !== housed) {
    problems.push({ key: categoryKey(CATEGORIES[0]!.key), message: `De aantallen per categorie tellen op tot ${byCategory}, maar het totaal gehuisvest is ${housed}.` });
  }
  const origins = [...region.map((m) => m.slug), OUTSIDE_REGION];
  const byOrigin = origins.reduce((sum, o) => sum + value(figures, originKey(o)), 0);
  if (byOrigin !== housed) {
    problems.push({ key: originKey(origins[0]!), message: `De aantallen per gemeente van herkomst tellen op tot ${byOrigin}, maar het totaal gehuisvest is ${housed}.` });
  }
  return problems;
}

/** Reads a whole report from typed text per cell; every cell must be there and be a whole number. */
export function readFigures(cells: Readonly<Record<string, string | undefined>>, region: readonly MunicipalityRef[]): { figures: Figures; problems: FigureProblem[] } {
  const figures: Record<string, number> = {};
  const problems: FigureProblem[] = [];
  for (const field of figureFields(region)) {
    const parsed = parseCount(cells[field.key] ?? "");
    if (typeof parsed === "string") problems.push({ key: field.key, message: parsed });
    else figures[field.key] = parsed;
  }
  if (problems.length === 0) problems.push(...checkFigures(figures, region));
  return { figures, problems };
}
