import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Db } from "../db/client";
import { seedDatabase } from "../db/seed/index";
import { getModelRow, listModels } from "../db/queries/models";
import { listAccounts } from "../db/queries/users";
import { parseModel, type OrdinanceModel } from "../ordinance-model/index";
import { currentModel } from "./models.server";
import { sinceLastVisit } from "./visits.server";

let db: Db;
beforeAll(async () => {
  db = openDatabase(":memory:");
  await seedDatabase(db, { demo: true });
});
afterAll(() => closeDatabase(db));

/** The model with one word added to the first text of the article `articleId`. */
function edited(model: OrdinanceModel, articleId: string): OrdinanceModel {
  const json = model.doc.toJSON() as { content?: unknown[] };
  const visit = (node: Record<string, unknown>, inside: boolean): boolean => {
    const here = inside || (node.attrs as { id?: string } | undefined)?.id === articleId;
    if (here && node.type === "text") return (node.text = `${node.text as string} gewijzigd`), true;
    return ((node.content as Record<string, unknown>[] | undefined) ?? []).some((child) => visit(child, here));
  };
  expect(visit(json as Record<string, unknown>, false)).toBe(true);
  return parseModel(json);
}

const HOUR = 3_600_000;

describe("wat is er veranderd sinds uw laatste bezoek", () => {
  it("compares with the text at the previous visit, keeps the baseline within a visit, and moves it after a pause", () => {
    const row = getModelRow(db, listModels(db, listAccounts(db)[0]!.regionId)[0]!.id)!;
    const userId = listAccounts(db)[0]!.id;
    const before = currentModel(db, row);
    const article = findArticle(before);
    const after = edited(before, article);
    const t0 = new Date("2026-11-01T09:00:00Z");

    expect(sinceLastVisit(db, userId, row, before, t0)).toBeNull();
    const next = sinceLastVisit(db, userId, row, after, new Date(t0.getTime() + 2 * HOUR))!;
    expect(next.changed.map((c) => c.id)).toEqual([article]);
    expect(next.since).toContain("1 november 2026");
    // A reload within the same visit still shows the change.
    expect(sinceLastVisit(db, userId, row, after, new Date(t0.getTime() + 2 * HOUR + 60_000))!.changed.map((c) => c.id)).toEqual([article]);
    // After a pause the text seen last time is the new baseline: nothing changed since.
    expect(sinceLastVisit(db, userId, row, after, new Date(t0.getTime() + 4 * HOUR))!.changed).toEqual([]);
    // The text changes back: the next visit compares with what was seen last, and a reload keeps that baseline.
    expect(sinceLastVisit(db, userId, row, before, new Date(t0.getTime() + 6 * HOUR))!.changed.map((c) => c.id)).toEqual([article]);
    expect(sinceLastVisit(db, userId, row, before, new Date(t0.getTime() + 6 * HOUR + 60_000))!.changed.map((c) => c.id)).toEqual([article]);
    expect(sinceLastVisit(db, userId, row, before, new Date(t0.getTime() + 8 * HOUR))!.changed).toEqual([]);
  });
});

function findArticle(model: OrdinanceModel): string {
  let id: string | undefined;
  model.doc.descendants((node) => {
    if (!id && node.type.name === "article") id = node.attrs.id as string;
    return !id;
  });
  return id!;
}
