import { afterAll, describe, expect, it } from "vitest";
import { lint, parseModel, resolve } from "../../ordinance-model/index";
import { closeDatabase, openDatabase } from "../client";
import { listChoiceRows, listStatuses } from "../queries/choices";
import { listMunicipalities } from "../queries/regions";
import { motivations } from "../queries/decisions";
import { choicesOf, DEMO_CHOICES } from "./demo-choices";
import { seedDatabase } from "./index";
import { REGIONS, slugify } from "./regions";
import { twenteModel } from "./twente-model";

const model = parseModel(twenteModel);
const twente = REGIONS.find((r) => r.slug === "twente")!.municipalities.map((name) => ({ name, slug: slugify(name) }));

describe("demo choices", () => {
  it("vary: at least five municipalities deviate on two slots or more, each with a motivation", () => {
    expect(DEMO_CHOICES.filter((d) => Object.keys(d.choices).length >= 2).length).toBeGreaterThanOrEqual(5);
    for (const demo of DEMO_CHOICES) for (const [key, choice] of Object.entries(demo.choices)) expect(choice.motivation.length, `${demo.slug} ${key}`).toBeGreaterThan(40);
    for (const demo of DEMO_CHOICES) expect(twente.map((m) => m.slug), demo.slug).toContain(demo.slug);
  });

  it.each(twente.map((m) => [m.name, m] as const))("%s lints clean with its demo choices", (_name, municipality) => {
    const demo = DEMO_CHOICES.find((d) => d.slug === municipality.slug);
    expect(lint(resolve(model, demo ? choicesOf(demo) : {}, municipality))).toEqual([]);
  });

  const db = openDatabase(":memory:");
  afterAll(() => closeDatabase(db));

  it("are stored with demo data on, once, each with its motivation; none with demo data off", async () => {
    const bare = openDatabase(":memory:");
    await seedDatabase(bare, { demo: false });
    expect(listChoiceRows(bare, 1)).toEqual([]);
    closeDatabase(bare);

    await seedDatabase(db, { demo: true });
    await seedDatabase(db, { demo: true });
    // Only the choices of this seed: the decision-data demo (demo-decisions.ts) adds the year and the entry into force
    // for the municipalities it prepares for the council, and makes three of them gereed; the adoption demo makes Borne
    // gereed before its council adopts (issue 15).
    const slugs = new Map(listMunicipalities(db, 1).map((m) => [m.id, m.slug]));
    const ofThisSeed = (municipalityId: number, slotKey: string) => DEMO_CHOICES.some((d) => d.slug === slugs.get(municipalityId) && slotKey in d.choices);
    const rows = listChoiceRows(db, 1).filter((r) => ofThisSeed(r.municipalityId, r.slotKey));
    expect(rows).toHaveLength(DEMO_CHOICES.reduce((n, d) => n + Object.keys(d.choices).length, 0));
    expect(rows.every((r) => r.version === 1)).toBe(true);
    const gereed = listStatuses(db, 1).filter((s) => s.status === "gereed").map((s) => slugs.get(s.municipalityId));
    expect(gereed.sort()).toEqual(["almelo", "borne", "dinkelland", "hellendoorn"]);
    for (const r of rows) expect(motivations(db, 1, r.municipalityId)[r.slotKey], `${slugs.get(r.municipalityId)} ${r.slotKey}`).toBe(DEMO_CHOICES.find((d) => d.slug === slugs.get(r.municipalityId))!.choices[r.slotKey]!.motivation);
  });
});
