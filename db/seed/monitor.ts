import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { fairShareFloors, monitorValues, municipalities, municipalityYears, regions } from "../schema";
import { CATEGORIES, categoryKey, figureFields, OUTSIDE_REGION, originKey, STATUTORY_FLOOR_PERCENT, type HalfYear } from "../../fair-share/index";

/** Every region starts at the statutory floor of the ministerial regulation, from the Wvrv's planned entry into force. */
export function seedFloors(db: Db): void {
  for (const { id } of db.select({ id: regions.id }).from(regions).all()) {
    db.insert(fairShareFloors)
      .values({ regionId: id, fromPeriod: "2026-1", percent: STATUTORY_FLOOR_PERCENT, note: "Ministeriële regeling: minimaal 15% van de mutaties (exclusief statushouders)." })
      .onConflictDoNothing()
      .run();
  }
}

/** Approximate households of the Twente municipalities in 2024 (order of magnitude of CBS figures), for the demo only. */
const DEMO_HOUSEHOLDS: Record<string, number> = {
  almelo: 32_500,
  borne: 10_200,
  dinkelland: 10_400,
  enschede: 82_000,
  haaksbergen: 10_900,
  hellendoorn: 15_300,
  hengelo: 37_600,
  "hof-van-twente": 15_700,
  losser: 9_900,
  oldenzaal: 14_900,
  "rijssen-holten": 14_200,
  tubbergen: 8_100,
  twenterand: 13_600,
  wierden: 9_900,
};

export const DEMO_PERIODS: HalfYear[] = ["2024-2", "2025-1", "2025-2", "2026-1"];

/** A small deterministic generator, so the demo figures are the same on every installation. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (min: number, max: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return min + (state % (max - min + 1));
  };
}

/** Splits a total into whole parts, by weights. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i]!++;
  return parts;
}

/**
 * Plausible figures for Twente over four half years, marked as demo figures: about 3.5% of the social stock lets per
 * half year, between 10% and 22% of that goes to statutory urgents, most return to their municipality of origin.
 */
export function seedDemoMonitor(db: Db): void {
  const twente = db.select().from(regions).where(eq(regions.slug, "twente")).get();
  if (!twente) return;
  const list = db.select().from(municipalities).where(eq(municipalities.regionId, twente.id)).orderBy(municipalities.name).all();
  const ids = list.map((m) => m.id);
  if (ids.length === 0 || db.select({ key: monitorValues.key }).from(monitorValues).where(inArray(monitorValues.municipalityId, ids)).limit(1).get()) return;
  const random = generator(2026);
  const region = list.map((m) => ({ slug: m.slug, name: m.name }));
  db.transaction((tx) => {
    for (const m of list) {
      const households = DEMO_HOUSEHOLDS[m.slug] ?? 10_000;
      for (const [i, year] of [2024, 2025, 2026].entries()) {
        tx.insert(municipalityYears)
          .values({ municipalityId: m.id, year, households: households + i * Math.round(households * 0.006), socialRentalStock: Math.round(households * (m.slug === "enschede" ? 0.36 : 0.27)) })
          .onConflictDoNothing()
          .run();
      }
    }
    for (const period of DEMO_PERIODS) {
      for (const [index, m] of list.entries()) {
        const stock = Math.round((DEMO_HOUSEHOLDS[m.slug] ?? 10_000) * 0.3);
        const mutaties = Math.round(stock * (random(30, 40) / 1000));
        // Borne sits exactly at the floor in the latest half year; the others vary around it.
        const toewijzingen = m.slug === "borne" && period === "2026-1" ? Math.ceil(mutaties * 0.15) : Math.round((mutaties * random(10, 22)) / 100);
        const housed = toewijzingen;
        const cells: Record<string, number> = Object.fromEntries(figureFields(region).map((f) => [f.key, 0]));
        const granted = Math.round(housed * (random(110, 140) / 100));
        cells.aanvragen = granted + random(2, Math.max(3, Math.round(housed / 2)));
        cells.beschikkingen_toegekend = granted;
        cells.beschikkingen_afgewezen = cells.aanvragen - granted;
        cells.gehuisvest = housed;
        const categories = split(housed, CATEGORIES.map((_, i) => [5, 4, 6, 5, 2, 2, 3, 2, 1, 2][i] ?? 1));
        CATEGORIES.forEach((c, i) => (cells[categoryKey(c.key)] = categories[i]!));
        // Never the municipality itself: an offset of 1 to n-1.
        const neighbour = list[(index + 1 + random(0, list.length - 2)) % list.length]!.slug;
        const enschede = m.slug === "enschede" ? neighbour : "enschede";
        const [own, fromNeighbour, fromEnschede, outside] = split(housed, [random(70, 85), random(3, 10), random(2, 8), random(2, 6)]);
        cells[originKey(m.slug)] += own!;
        cells[originKey(neighbour)] += fromNeighbour!;
        cells[originKey(enschede)] += fromEnschede!;
        cells[originKey(OUTSIDE_REGION)] += outside!;
        cells.mutaties = mutaties;
        cells.toewijzingen = toewijzingen;
        cells.statushouders = Math.round(mutaties * (random(5, 11) / 100));
        cells.netto_toevoeging = random(0, Math.max(1, Math.round(stock / 400)));
        for (const [key, value] of Object.entries(cells)) tx.insert(monitorValues).values({ municipalityId: m.id, period, key, value, demo: true }).run();
      }
    }
  });
}
