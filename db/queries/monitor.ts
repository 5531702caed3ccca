import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { emergencyCalls, fairShareFloors, monitorClosedPeriods, monitorValueChanges, monitorValues, municipalities, municipalityYears, users } from "../schema";
import type { Figures, FloorSetting, HalfYear } from "../../fair-share/index";

// The stored figures of the fair-share monitor (issue 16). Every read is scoped by region through its municipalities.

export interface StoredPeriod {
  period: HalfYear;
  /** Figures per municipality slug that reported. */
  figures: Map<string, Figures>;
  demo: boolean;
}

/** All reported cells of a region, grouped by half year (in time order) and municipality. */
export function loadRegionFigures(db: Db, regionId: number): StoredPeriod[] {
  const rows = db
    .select({ slug: municipalities.slug, period: monitorValues.period, key: monitorValues.key, value: monitorValues.value, demo: monitorValues.demo })
    .from(monitorValues)
    .innerJoin(municipalities, eq(municipalities.id, monitorValues.municipalityId))
    .where(eq(municipalities.regionId, regionId))
    .orderBy(asc(monitorValues.period))
    .all();
  const periods = new Map<string, StoredPeriod>();
  for (const row of rows) {
    let period = periods.get(row.period);
    if (!period) periods.set(row.period, (period = { period: row.period as HalfYear, figures: new Map(), demo: false }));
    const figures = (period.figures.get(row.slug) ?? {}) as Record<string, number>;
    figures[row.key] = row.value;
    period.figures.set(row.slug, figures);
    period.demo ||= row.demo;
  }
  return [...periods.values()];
}

export function isPeriodClosed(db: Db, regionId: number, period: string): boolean {
  return Boolean(db.select().from(monitorClosedPeriods).where(and(eq(monitorClosedPeriods.regionId, regionId), eq(monitorClosedPeriods.period, period))).get());
}

export function listClosedPeriods(db: Db, regionId: number): string[] {
  return db.select({ period: monitorClosedPeriods.period }).from(monitorClosedPeriods).where(eq(monitorClosedPeriods.regionId, regionId)).all().map((r) => r.period);
}

export function closePeriod(db: Db, regionId: number, period: string, userId: number | null): void {
  db.insert(monitorClosedPeriods).values({ regionId, period, closedBy: userId }).onConflictDoNothing().run();
}

export type SaveFiguresResult = { ok: true; changed: number } | { ok: false; closed: true };

/**
 * Stores a whole report of one municipality for one half year in one transaction: cells that changed are written and
 * audited (old → new); a closed half year refuses the lot.
 */
export function saveFigures(
  db: Db,
  input: { regionId: number; municipalityId: number; period: HalfYear; figures: Figures; userId: number | null; demo?: boolean },
): SaveFiguresResult {
  return db.transaction((tx) => {
    if (isPeriodClosed(tx as unknown as Db, input.regionId, input.period)) return { ok: false as const, closed: true as const };
    const where = and(eq(monitorValues.municipalityId, input.municipalityId), eq(monitorValues.period, input.period));
    const current = new Map(tx.select({ key: monitorValues.key, value: monitorValues.value }).from(monitorValues).where(where).all().map((r) => [r.key, r.value]));
    let changed = 0;
    for (const [key, value] of Object.entries(input.figures)) {
      const old = current.get(key);
      if (old === value) continue;
      changed++;
      tx.insert(monitorValues)
        .values({ municipalityId: input.municipalityId, period: input.period, key, value, demo: input.demo ?? false, updatedBy: input.userId })
        .onConflictDoUpdate({
          target: [monitorValues.municipalityId, monitorValues.period, monitorValues.key],
          set: { value, demo: input.demo ?? false, updatedBy: input.userId, updatedAt: new Date() },
        })
        .run();
      tx.insert(monitorValueChanges).values({ municipalityId: input.municipalityId, period: input.period, key, oldValue: old ?? null, newValue: value, userId: input.userId }).run();
    }
    return { ok: true as const, changed };
  });
}

/** Several municipalities' reports for one half year (an upload), all or nothing. */
export function saveReports(
  db: Db,
  input: { regionId: number; period: HalfYear; reports: { municipalityId: number; figures: Figures }[]; userId: number | null },
): SaveFiguresResult {
  return db.transaction((tx) => {
    let changed = 0;
    for (const report of input.reports) {
      const result = saveFigures(tx as unknown as Db, { regionId: input.regionId, period: input.period, userId: input.userId, ...report });
      if (!result.ok) return result;
      changed += result.changed;
    }
    return { ok: true as const, changed };
  });
}

export interface FigureChange {
  key: string;
  oldValue: number | null;
  newValue: number;
  userName: string | null;
  createdAt: Date;
}

export function listFigureChanges(db: Db, municipalityId: number, period: string): FigureChange[] {
  return db
    .select({ key: monitorValueChanges.key, oldValue: monitorValueChanges.oldValue, newValue: monitorValueChanges.newValue, userName: users.name, createdAt: monitorValueChanges.createdAt })
    .from(monitorValueChanges)
    .leftJoin(users, eq(users.id, monitorValueChanges.userId))
    .where(and(eq(monitorValueChanges.municipalityId, municipalityId), eq(monitorValueChanges.period, period)))
    .orderBy(desc(monitorValueChanges.id))
    .all();
}

export function listFloors(db: Db, regionId: number): (FloorSetting & { note: string })[] {
  return db
    .select({ from: fairShareFloors.fromPeriod, percent: fairShareFloors.percent, note: fairShareFloors.note })
    .from(fairShareFloors)
    .where(eq(fairShareFloors.regionId, regionId))
    .orderBy(asc(fairShareFloors.fromPeriod))
    .all() as (FloorSetting & { note: string })[];
}

export function setFloor(db: Db, regionId: number, setting: { from: HalfYear; percent: number; note: string }, userId: number | null): void {
  db.insert(fairShareFloors)
    .values({ regionId, fromPeriod: setting.from, percent: setting.percent, note: setting.note, createdBy: userId })
    .onConflictDoUpdate({ target: [fairShareFloors.regionId, fairShareFloors.fromPeriod], set: { percent: setting.percent, note: setting.note, createdBy: userId } })
    .run();
}

export interface YearFigures {
  year: number;
  households: number | null;
  socialRentalStock: number | null;
}

/** Households and social rental stock per municipality id, by year. */
export function listMunicipalityYears(db: Db, regionId: number): Map<number, YearFigures[]> {
  const rows = db
    .select({ municipalityId: municipalityYears.municipalityId, year: municipalityYears.year, households: municipalityYears.households, socialRentalStock: municipalityYears.socialRentalStock })
    .from(municipalityYears)
    .innerJoin(municipalities, eq(municipalities.id, municipalityYears.municipalityId))
    .where(eq(municipalities.regionId, regionId))
    .orderBy(asc(municipalityYears.year))
    .all();
  const result = new Map<number, YearFigures[]>();
  for (const { municipalityId, ...year } of rows) result.set(municipalityId, [...(result.get(municipalityId) ?? []), year]);
  return result;
}

/** Replaces a municipality's name, CBS code and its figures per year, in one transaction. */
export function saveMunicipalityData(db: Db, municipalityId: number, data: { name: string; cbsCode: string | null; years: YearFigures[] }, userId: number | null): void {
  db.transaction((tx) => {
    tx.update(municipalities).set({ name: data.name, cbsCode: data.cbsCode }).where(eq(municipalities.id, municipalityId)).run();
    tx.delete(municipalityYears).where(eq(municipalityYears.municipalityId, municipalityId)).run();
    for (const y of data.years) tx.insert(municipalityYears).values({ municipalityId, ...y, updatedBy: userId }).run();
  });
}

export interface EmergencyCall {
  id: number;
  municipalityId: number;
  municipalityName: string;
  reason: string;
  raisedByName: string | null;
  raisedAt: Date;
  closingNote: string | null;
  closedAt: Date | null;
}

export function listEmergencyCalls(db: Db, regionId: number, options: { openOnly?: boolean } = {}): EmergencyCall[] {
  return db
    .select({
      id: emergencyCalls.id,
      municipalityId: emergencyCalls.municipalityId,
      municipalityName: municipalities.name,
      reason: emergencyCalls.reason,
      raisedByName: users.name,
      raisedAt: emergencyCalls.raisedAt,
      closingNote: emergencyCalls.closingNote,
      closedAt: emergencyCalls.closedAt,
    })
    .from(emergencyCalls)
    .innerJoin(municipalities, eq(municipalities.id, emergencyCalls.municipalityId))
    .leftJoin(users, eq(users.id, emergencyCalls.raisedBy))
    .where(and(eq(emergencyCalls.regionId, regionId), options.openOnly ? isNull(emergencyCalls.closedAt) : undefined))
    .orderBy(desc(emergencyCalls.id))
    .all();
}

export function raiseEmergency(db: Db, regionId: number, municipalityId: number, reason: string, userId: number | null): number {
  return db.insert(emergencyCalls).values({ regionId, municipalityId, reason, raisedBy: userId }).returning({ id: emergencyCalls.id }).get().id;
}

/** Closes an open call of this region; false when there is none (another region's id, or closed already). */
export function closeEmergency(db: Db, regionId: number, id: number, note: string, userId: number | null): boolean {
  const result = db
    .update(emergencyCalls)
    .set({ closingNote: note, closedBy: userId, closedAt: new Date() })
    .where(and(eq(emergencyCalls.id, id), eq(emergencyCalls.regionId, regionId), isNull(emergencyCalls.closedAt)))
    .run();
  return result.changes > 0;
}
