import {
  evaluationDate,
  halfYearLabel,
  isHalfYear,
  ledger,
  periodMonitor,
  trends,
  type HalfYear,
  type LedgerPair,
  type MonitorInput,
  type PeriodMonitor,
  type TrendPoint,
} from "../../fair-share/index";
import type { Db } from "../../db/client";
import { listChoiceRows } from "../../db/queries/choices";
import { getModelRow, listModels } from "../../db/queries/models";
import { listClosedPeriods, listEmergencyCalls, listFloors, listMunicipalityYears, loadRegionFigures, type EmergencyCall } from "../../db/queries/monitor";
import { listMunicipalities, type Municipality } from "../../db/queries/regions";
import { currentModel } from "../models.server";

// What every monitor page, export, the report and the CLI read for one region: the stored figures turned into the
// domain's input, and the half year asked for (else the latest with figures).

export interface RegionMonitor {
  municipalities: Municipality[];
  input: MonitorInput;
  /** Half years with figures, in time order. */
  periods: HalfYear[];
  closed: Set<string>;
  demoPeriods: Set<string>;
  floors: ReturnType<typeof listFloors>;
  emergencies: EmergencyCall[];
}

export function loadRegionMonitor(db: Db, regionId: number): RegionMonitor {
  const municipalities = listMunicipalities(db, regionId);
  const years = listMunicipalityYears(db, regionId);
  const stored = loadRegionFigures(db, regionId);
  const floors = listFloors(db, regionId);
  return {
    municipalities,
    input: {
      region: municipalities.map((m) => ({ slug: m.slug, name: m.name })),
      households: new Map(
        municipalities.map((m) => [m.slug, (years.get(m.id) ?? []).flatMap((y) => (y.households === null ? [] : [{ year: y.year, households: y.households }]))]),
      ),
      floors,
      periods: stored,
    },
    periods: stored.map((p) => p.period),
    closed: new Set(listClosedPeriods(db, regionId)),
    demoPeriods: new Set(stored.filter((p) => p.demo).map((p) => p.period)),
    floors,
    emergencies: listEmergencyCalls(db, regionId),
  };
}

/** The half year named in the request if it is one, else the latest with figures; null when there are none at all. */
export function choosePeriod(monitor: RegionMonitor, asked: string | null | undefined): HalfYear | null {
  if (asked && isHalfYear(asked)) return asked;
  return monitor.periods.at(-1) ?? null;
}

export interface MonitorView {
  period: HalfYear;
  periodLabel: string;
  current: PeriodMonitor;
  trends: TrendPoint[];
  ledger: LedgerPair[];
  closed: boolean;
  demo: boolean;
}

export function monitorView(monitor: RegionMonitor, period: HalfYear): MonitorView {
  return {
    period,
    periodLabel: halfYearLabel(period),
    current: periodMonitor(monitor.input, period),
    trends: trends(monitor.input),
    ledger: ledger(monitor.input),
    closed: monitor.closed.has(period),
    demo: monitor.demoPeriods.has(period),
  };
}

/** Per municipality: the entry into force it chose in the region's model (else the model's default) and three years on. */
export function evaluationDates(db: Db, regionId: number, municipalities: readonly Municipality[]): Map<number, { entry: string | null; evaluation: string | null }> {
  const [first] = listModels(db, regionId);
  const row = first ? getModelRow(db, first.id) : undefined;
  const fallback = row ? currentModel(db, row).slots.get("effectiveDate")?.default : undefined;
  const chosen = new Map(row ? listChoiceRows(db, row.id).filter((c) => c.slotKey === "effectiveDate").map((c) => [c.municipalityId, c.value]) : []);
  return new Map(
    municipalities.map((m) => {
      const value = chosen.get(m.id) ?? fallback;
      const entry = typeof value === "string" ? value : null;
      return [m.id, { entry, evaluation: entry ? evaluationDate(entry) : null }];
    }),
  );
}
