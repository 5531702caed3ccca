import { afterEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Db } from "../client";
import { seedDatabase } from "./index";
import { loadRegionFigures, listFloors } from "../queries/monitor";
import { findRegionBySlug, listMunicipalities } from "../queries/regions";
import { checkFigures, figureFields } from "../../fair-share/index";
import { DEMO_PERIODS } from "./monitor";

let db: Db;
afterEach(() => closeDatabase(db));

describe("the fair-share seed", () => {
  it("West-Overijssel has its municipalities, with CBS codes and the special position of Raalte and Olst-Wijhe", async () => {
    db = openDatabase(":memory:");
    await seedDatabase(db, { demo: false });
    const west = listMunicipalities(db, findRegionBySlug(db, "west-overijssel")!.id);
    expect(west.map((m) => m.name)).toEqual(["Dalfsen", "Hardenberg", "Kampen", "Olst-Wijhe", "Ommen", "Raalte", "Staphorst", "Steenwijkerland", "Zwartewaterland", "Zwolle"]);
    expect(west.every((m) => /^GM\d{4}$/.test(m.cbsCode ?? ""))).toBe(true);
    expect(west.filter((m) => m.note.includes("Deventer")).map((m) => m.slug)).toEqual(["olst-wijhe", "raalte"]);
    expect(listFloors(db, findRegionBySlug(db, "twente")!.id)).toEqual([expect.objectContaining({ from: "2026-1", percent: 15 })]);
    // Without demo data there are no figures at all.
    expect(loadRegionFigures(db, findRegionBySlug(db, "twente")!.id)).toEqual([]);
  });

  it("the demo figures of Twente cover four half years, are marked as demo and pass the checks of entered figures", async () => {
    db = openDatabase(":memory:");
    await seedDatabase(db, { demo: true });
    await seedDatabase(db, { demo: true }); // idempotent
    const twente = findRegionBySlug(db, "twente")!;
    const region = listMunicipalities(db, twente.id);
    const periods = loadRegionFigures(db, twente.id);
    expect(periods.map((p) => p.period)).toEqual(DEMO_PERIODS);
    for (const p of periods) {
      expect(p.demo).toBe(true);
      expect(p.figures.size).toBe(14);
      for (const [slug, figures] of p.figures) {
        expect(Object.keys(figures).sort()).toEqual(figureFields(region).map((f) => f.key).sort());
        expect(checkFigures(figures, region), `${slug} ${p.period}`).toEqual([]);
      }
    }
    expect(loadRegionFigures(db, findRegionBySlug(db, "west-overijssel")!.id)).toEqual([]);
  });
});
