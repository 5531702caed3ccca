import { halfYearLabel } from "../../fair-share/index";
import type { ExpectedActualBar, ShareBar, TrendSeriesPoint } from "./charts";
import type { MonitorView } from "./monitor.server";

// What the charts draw, taken from the same view as the tables.

export const shareBars = (view: MonitorView): ShareBar[] =>
  view.current.municipalities.map((m) => ({ name: m.name, share: m.reported ? m.floor.sharePercent : null, meets: m.floor.meets, short: m.floor.short }));

export const expectedBars = (view: MonitorView): ExpectedActualBar[] =>
  view.current.proRata.rows.map((r, i) => ({ name: view.current.municipalities[i]!.name, expected: r.expected, actual: r.actual }));

export const trendPoints = (view: MonitorView, slug = "regio"): TrendSeriesPoint[] =>
  view.trends.map((t) => ({ label: halfYearLabel(t.period), share: t.share[slug] ?? null, floorPercent: t.floorPercent }));

export const CHART_TITLES = {
  share: (view: MonitorView) => `Aandeel van de mutaties toegewezen aan wettelijk urgenten per gemeente, ${view.periodLabel}`,
  expected: (view: MonitorView) => `Gehuisveste wettelijk urgenten: verwacht naar rato van huishoudens en werkelijk, ${view.periodLabel}`,
  trend: (name: string) => `Aandeel toewijzingen aan wettelijk urgenten over de halfjaren, ${name}`,
};
