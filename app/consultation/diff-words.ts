import type { ArticleDiff, SlotDiff, VersionDiff } from "../../ordinance-model/index";

// What a version diff says in Dutch; shared by the comparison page and `modelwerk versions diff`.

const fieldLabels: Record<string, string> = {
  label: "naam",
  kind: "soort",
  guidance: "uitleg",
  fixed: "regionaal vast",
  default: "standaardwaarde",
  constraints: "grenzen",
  options: "opties",
  source: "bron",
};

const changeLabels = { added: "Nieuw artikel", removed: "Vervallen artikel", changed: "Tekst gewijzigd", unchanged: "Tekst ongewijzigd" } as const;

/** Whether an article is worth showing: its wording, its place or its number changed. */
export const articleChanged = (a: ArticleDiff): boolean => a.change !== "unchanged" || a.moved || a.before !== a.after;

/** "Tekst gewijzigd; verplaatst van artikel 3 naar artikel 1". */
export function describeArticle(a: ArticleDiff): string {
  const parts: string[] = [changeLabels[a.change]];
  if (a.moved) parts.push(`verplaatst van ${a.before} naar ${a.after}`);
  else if (a.before && a.after && a.before !== a.after) parts.push(`vernummerd van ${a.before} naar ${a.after}`);
  return parts.join("; ");
}

/** "“Termijn in weken”: gewijzigd (standaardwaarde)". */
export function describeSlot(s: SlotDiff): string {
  const change = { added: "nieuw", removed: "vervallen", changed: "gewijzigd" }[s.change];
  return `“${s.label}”: ${change}${s.fields.length ? ` (${s.fields.map((f) => fieldLabels[f] ?? f).join(", ")})` : ""}`;
}

/**
 * A diff as a page sends it: the words of an article whose text is unchanged are never shown (the view only names or
 * counts it), and they are most of the data, so they are left out: the choices page's hydration data lost 35 kB this way.
 */
export const diffForPage = (diff: VersionDiff): VersionDiff => ({ ...diff, articles: diff.articles.map((a) => (a.change === "unchanged" ? { ...a, words: [] } : a)) });

/** "artikel 4" as a heading: "Artikel 4". */
export const articleTitle = (a: ArticleDiff): string => `${(a.after ?? a.before)!.replace(/^artikel/, "Artikel")} ${a.heading}`;
