import { and, asc, eq, getTableColumns } from "drizzle-orm";
import type { Db } from "../client";
import { choices, models } from "../schema";

export type ModelRow = typeof models.$inferSelect;

export function listModels(db: Db, regionId: number): Pick<ModelRow, "id" | "title" | "updatedAt">[] {
  return db
    .select({ id: models.id, title: models.title, updatedAt: models.updatedAt })
    .from(models)
    .where(eq(models.regionId, regionId))
    .orderBy(asc(models.id))
    .all();
}

const { document: _document, ...withoutDocument } = getTableColumns(models);

/**
 * A model's row. Its stored document is read and parsed from JSON on first use only: every page of a model reads the
 * row, but once co-editing has begun only the live text counts, and at 310 articles that JSON takes tens of
 * milliseconds to parse.
 */
export function getModelRow(db: Db, id: number): ModelRow | undefined {
  const row = db.select(withoutDocument).from(models).where(eq(models.id, id)).get();
  if (!row) return undefined;
  let document: { value: unknown } | undefined;
  const read = () => (document ??= { value: db.select({ document: models.document }).from(models).where(eq(models.id, id)).get()?.document ?? null }).value;
  return Object.defineProperty(row, "document", { enumerable: true, get: read }) as ModelRow;
}

export function insertModel(db: Db, regionId: number, title: string, document: unknown): number {
  return db.insert(models).values({ regionId, title, document }).returning({ id: models.id }).get().id;
}

/** The stored choices of one municipality for one model, keyed by slot. */
export function getChoices(db: Db, modelId: number, municipalityId: number): Record<string, unknown> {
  const rows = db
    .select({ key: choices.slotKey, value: choices.value })
    .from(choices)
    .where(and(eq(choices.modelId, modelId), eq(choices.municipalityId, municipalityId)))
    .all();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}
