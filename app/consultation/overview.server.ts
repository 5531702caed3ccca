import type { ThreadView } from "./views";

// The overview across phases: filters as a GET form sends them, and a count per article.

export interface OverviewFilters {
  fase: string;
  soort: string;
  rol: string;
  status: string;
  gemeente: string;
  mijn: string;
}

export function readFilters(url: URL): OverviewFilters {
  const get = (key: keyof OverviewFilters) => url.searchParams.get(key) ?? "";
  return { fase: get("fase"), soort: get("soort"), rol: get("rol"), status: get("status"), gemeente: get("gemeente"), mijn: get("mijn") };
}

/** A commenter who cannot see a draft answer sees the comment as still open. */
const statusOf = (thread: ThreadView) => thread.answer?.disposition ?? "open";

export function filterThreads(threads: readonly ThreadView[], f: OverviewFilters): ThreadView[] {
  return threads.filter(
    (t) =>
      (!f.fase || String(t.phaseId) === f.fase) &&
      (!f.soort || t.type === f.soort) &&
      (!f.rol || t.role === f.rol) &&
      (!f.status || statusOf(t) === f.status) &&
      (!f.gemeente || t.municipalityName === f.gemeente) &&
      (!f.mijn || t.own),
  );
}

export interface ArticleCount {
  label: string;
  count: number;
}

/** How many comments each article drew (a comment on a member or item counts for its article), in order of appearance. */
export function countPerArticle(threads: readonly ThreadView[]): ArticleCount[] {
  const counts = new Map<string, number>();
  for (const t of threads) {
    const label = t.article ?? "Zonder bepaling";
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count }));
}
