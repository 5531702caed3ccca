import { figureFields, halfYearLabel, OUTSIDE_REGION, value } from "../../fair-share/index";
import type { MonitorView } from "./monitor.server";

// Every table of the monitor as rows of text: the page, the CSV/xlsx exports and the report show the same cells.

export interface MonitorTable {
  key: TableKey;
  title: string;
  head: string[];
  rows: string[][];
}

export const TABLE_KEYS = ["kerncijfers", "categorieen", "ondergrens", "naar-rato", "herkomst", "wederkerigheid", "trends", "cijfers"] as const;

const KEY_FIGURES = ["aanvragen", "beschikkingen_toegekend", "beschikkingen_afgewezen", "gehuisvest", "mutaties", "toewijzingen", "statushouders", "netto_toevoeging"];
export type TableKey = (typeof TABLE_KEYS)[number];

const whole = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// Up to two decimals, cut off rather than rounded, so 14,95% or 14,999% never reads as the 15% floor it misses.
const share = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 2, roundingMode: "trunc" } as Intl.NumberFormatOptions);
const signed = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });

export const count = (n: number) => whole.format(n);
export const percent = (n: number | null) => (n === null ? "–" : `${share.format(n)}%`);
export const decimal = (n: number | null) => (n === null ? "–" : oneDecimal.format(n));
export const signedDecimal = (n: number | null) => (n === null ? "–" : signed.format(n));

export function floorVerdict(check: { meets: boolean; short: number; mutations: number }): string {
  if (check.mutations === 0) return "geen mutaties";
  return check.meets ? "voldoet" : `${check.short} ${check.short === 1 ? "toewijzing" : "toewijzingen"} tekort`;
}

export function nameOf(view: MonitorView, slug: string): string {
  if (slug === OUTSIDE_REGION) return "Buiten de regio";
  return view.current.municipalities.find((m) => m.slug === slug)?.name ?? slug;
}

export function monitorTables(view: MonitorView): Record<TableKey, MonitorTable> {
  const { current } = view;
  const label = view.periodLabel;
  const fields = figureFields(current.municipalities);
  const sum = (key: string) => current.municipalities.reduce((n, m) => n + value(m.figures, key), 0);
  return {
    kerncijfers: {
      key: "kerncijfers",
      title: `Kerncijfers per gemeente, ${label}`,
      head: ["Gemeente", ...KEY_FIGURES.map((k) => fields.find((f) => f.key === k)!.label)],
      rows: [
        ...current.municipalities.map((m) => [m.name, ...KEY_FIGURES.map((k) => (m.reported ? count(value(m.figures, k)) : "–"))]),
        ["Regio", ...KEY_FIGURES.map((k) => count(sum(k)))],
      ],
    },
    categorieen: {
      key: "categorieen",
      title: `Gehuisveste wettelijk urgenten per categorie in de regio, ${label}`,
      head: ["Categorie", "Gehuisvest"],
      rows: fields.filter((f) => f.group === "categorie").map((f) => [f.label.replace(/^Gehuisvest: /, ""), count(sum(f.key))]),
    },
    ondergrens: {
      key: "ondergrens",
      title: `Aandeel toewijzingen aan wettelijk urgenten tegen de ondergrens van ${percent(current.floorPercent)}, ${label}`,
      head: ["Gemeente", "Mutaties", "Toewijzingen aan urgenten", "Aandeel", "Ondergrens", "Oordeel"],
      rows: [
        ...current.municipalities.map((m) =>
          m.reported
            ? [m.name, count(m.floor.mutations), count(m.floor.allocations), percent(m.floor.sharePercent), percent(m.floor.floorPercent), floorVerdict(m.floor)]
            : [m.name, "–", "–", "–", percent(current.floorPercent), "nog geen cijfers"],
        ),
        ["Regio", count(current.region.mutations), count(current.region.allocations), percent(current.region.sharePercent), percent(current.floorPercent), floorVerdict(current.region)],
      ],
    },
    "naar-rato": {
      key: "naar-rato",
      title: `Gehuisveste wettelijk urgenten: verwacht naar rato van huishoudens en werkelijk, ${label}`,
      head: ["Gemeente", "Huishoudens", "Verwacht naar rato", "Werkelijk gehuisvest", "Verschil", "Verschil in %", "Bijgesprongen voor andere gemeenten"],
      rows: current.proRata.rows.map((r, i) => [
        current.municipalities[i]!.name,
        r.households === null ? "onbekend" : count(r.households),
        decimal(r.expected),
        count(r.actual),
        signedDecimal(r.difference),
        r.differencePercent === null ? "–" : `${signedDecimal(r.differencePercent)}%`,
        count(current.municipalities[i]!.bijspringen),
      ]),
    },
    herkomst: {
      key: "herkomst",
      title: `Gehuisveste wettelijk urgenten naar gemeente van herkomst (rijen) en gemeente van huisvesting (kolommen), ${label}`,
      head: ["Herkomst", ...current.flows.housing.map((s) => nameOf(view, s)), "Totaal"],
      rows: current.flows.origins.map((o, i) => [nameOf(view, o), ...current.flows.cells[i]!.map(count), count(current.flows.cells[i]!.reduce((a, b) => a + b, 0))]),
    },
    wederkerigheid: {
      key: "wederkerigheid",
      title: "Wederkerigheid: per paar gemeenten wat A voor B huisvestte min wat B voor A huisvestte, met het lopende saldo",
      head: ["Gemeente A", "Gemeente B", ...view.trends.map((t) => halfYearLabel(t.period)), "Saldo"],
      rows: view.ledger.map((p) => [nameOf(view, p.a), nameOf(view, p.b), ...p.entries.map((e) => `${signedNum(e.net)} (saldo ${signedNum(e.balance)})`), signedNum(p.balance)]),
    },
    trends: {
      key: "trends",
      title: "Verloop over de halfjaren: aandeel toewijzingen aan urgenten in de regio, ondergrens, gehuisvesten en aanvragen",
      head: ["Halfjaar", "Aandeel regio", "Ondergrens", "Gehuisveste urgenten", "Urgentieaanvragen"],
      rows: view.trends.map((t) => [halfYearLabel(t.period), percent(t.share.regio ?? null), percent(t.floorPercent), count(t.housed), count(t.applications)]),
    },
    cijfers: {
      key: "cijfers",
      title: `Alle ingevoerde cijfers per gemeente, ${label}`,
      head: ["Gemeente", ...fields.map((f) => f.label)],
      rows: current.municipalities.map((m) => [m.name, ...fields.map((f) => (m.reported ? count(value(m.figures, f.key)) : "–"))]),
    },
  };
}

const signedNum = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The region's half year in a few sentences: on the dashboard and at the top of the report. */
export function regionSummary(view: MonitorView): string {
  const { region, floorPercent, municipalities } = view.current;
  const short = municipalities.filter((m) => m.reported && !m.floor.meets);
  const missing = municipalities.filter((m) => !m.reported);
  return [
    `${view.periodLabel}: in de regio ging ${percent(region.sharePercent)} van de ${count(region.mutations)} mutaties naar wettelijk urgenten (ondergrens ${percent(floorPercent)}).`,
    short.length === 0
      ? "Alle gemeenten met cijfers halen de ondergrens."
      : `${short.length} ${short.length === 1 ? "gemeente haalt" : "gemeenten halen"} de ondergrens niet: ${short.map((m) => `${m.name} (${m.floor.short} tekort)`).join(", ")}.`,
    missing.length > 0 ? `Nog geen cijfers van: ${missing.map((m) => m.name).join(", ")}.` : "",
    `Gehuisvest: ${count(region.housed)} wettelijk urgenten; daarnaast ${count(region.statusHolders)} statushouders (buiten de afspraken).`,
    `Urgentieaanvragen: ${count(region.applications)}; beschikkingen: ${count(region.granted)} toegekend, ${count(region.refused)} afgewezen. Netto toevoeging kleine, betaalbare sociale huurwoningen: ${count(region.netAdded)}.`,
  ]
    .filter(Boolean)
    .join(" ");
}
