import { value, type Figures, type MunicipalityRef } from "./fields";
import { checkFloor, floorFor, type FloorCheck, type FloorSetting } from "./floor";
import { bijspringen, flowMatrix, reciprocityLedger, type FlowMatrix, type LedgerPair } from "./flows";
import { yearOf, type HalfYear } from "./period";
import { proRata, type ProRata } from "./pro-rata";

// Everything the dashboards, the exports and the report show for one region and half year, computed from the figures.

export interface HouseholdCount {
  year: number;
  households: number;
}

export interface MonitorInput {
  region: readonly MunicipalityRef[];
  /** Households per municipality slug and year. */
  households: ReadonlyMap<string, readonly HouseholdCount[]>;
  floors: readonly FloorSetting[];
  /** All half years with figures, each with the figures per municipality slug that reported. */
  periods: readonly { period: HalfYear; figures: ReadonlyMap<string, Figures> }[];
}

/** The households that apply in a year: that year's count, else the latest earlier one. */
export function householdsIn(counts: readonly HouseholdCount[] | undefined, year: number): number | null {
  let best: HouseholdCount | null = null;
  for (const c of counts ?? []) if (c.year <= year && (!best || c.year > best.year)) best = c;
  return best?.households ?? null;
}

export interface MunicipalityLine {
  slug: string;
  name: string;
  reported: boolean;
  figures: Figures;
  floor: FloorCheck;
  bijspringen: number;
}

export interface PeriodMonitor {
  period: HalfYear;
  floorPercent: number;
  municipalities: MunicipalityLine[];
  region: FloorCheck & { applications: number; granted: number; refused: number; housed: number; statusHolders: number; netAdded: number };
  proRata: ProRata;
  flows: FlowMatrix;
}

export function periodMonitor(input: MonitorInput, period: HalfYear): PeriodMonitor {
  const figures = input.periods.find((p) => p.period === period)?.figures ?? new Map<string, Figures>();
  const floorPercent = floorFor(input.floors, period);
  const flows = flowMatrix(input.region, figures);
  const helped = bijspringen(flows);
  const municipalities = input.region.map((m): MunicipalityLine => {
    const own = figures.get(m.slug) ?? {};
    return {
      ...m,
      reported: figures.has(m.slug),
      figures: own,
      floor: checkFloor(value(own, "mutaties"), value(own, "toewijzingen"), floorPercent),
      bijspringen: helped.get(m.slug) ?? 0,
    };
  });
  const sum = (key: string) => municipalities.reduce((s, m) => s + value(m.figures, key), 0);
  return {
    period,
    floorPercent,
    municipalities,
    region: {
      ...checkFloor(sum("mutaties"), sum("toewijzingen"), floorPercent),
      applications: sum("aanvragen"),
      granted: sum("beschikkingen_toegekend"),
      refused: sum("beschikkingen_afgewezen"),
      housed: sum("gehuisvest"),
      statusHolders: sum("statushouders"),
      netAdded: sum("netto_toevoeging"),
    },
    proRata: proRata(
      municipalities.map((m) => ({ slug: m.slug, households: householdsIn(input.households.get(m.slug), yearOf(period)), actual: value(m.figures, "gehuisvest") })),
    ),
    flows,
  };
}

export interface TrendPoint {
  period: HalfYear;
  floorPercent: number;
  /** Per municipality slug (and "regio"): the share of mutaties allocated to statutory urgents, null without mutaties. */
  share: Record<string, number | null>;
  housed: number;
  applications: number;
}

const REGION_SERIES = "regio";

/** One point per half year with figures, in time order. */
export function trends(input: MonitorInput): TrendPoint[] {
  return [...input.periods]
    .sort((a, b) => (a.period < b.period ? -1 : 1))
    .map(({ period }) => {
      const p = periodMonitor(input, period);
      const share: Record<string, number | null> = { [REGION_SERIES]: p.region.sharePercent };
      for (const m of p.municipalities) share[m.slug] = m.reported ? m.floor.sharePercent : null;
      return { period, floorPercent: p.floorPercent, share, housed: p.region.housed, applications: p.region.applications };
    });
}

export function ledger(input: MonitorInput): LedgerPair[] {
  return reciprocityLedger(input.region, input.periods);
}
