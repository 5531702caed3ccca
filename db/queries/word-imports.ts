import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { models, wordImports } from "../schema";

// Word imports waiting for the redactie (issue 18). The parts and decisions are word-import's shapes, kept as JSON.

export type WordImportRow = typeof wordImports.$inferSelect;
export type NewWordImport = Pick<typeof wordImports.$inferInsert, "regionId" | "createdBy" | "fileName" | "parts" | "trackedChanges" | "title" | "decisions">;

export function insertWordImport(db: Db, row: NewWordImport): number {
  return db.insert(wordImports).values(row).returning({ id: wordImports.id }).get().id;
}

export function getWordImport(db: Db, id: number): WordImportRow | undefined {
  return db.select().from(wordImports).where(eq(wordImports.id, id)).get();
}

/** The imports of a region, newest first: those waiting for confirmation and those that made a model. */
export function wordImportsOf(db: Db, regionId: number): Pick<WordImportRow, "id" | "fileName" | "title" | "modelId" | "replacedDraft">[] {
  return db
    .select({ id: wordImports.id, fileName: wordImports.fileName, title: wordImports.title, modelId: wordImports.modelId, replacedDraft: wordImports.replacedDraft })
    .from(wordImports)
    .where(eq(wordImports.regionId, regionId))
    .orderBy(desc(wordImports.id))
    .all();
}

export function saveWordImportDecisions(db: Db, id: number, title: string, decisions: unknown): void {
  db.update(wordImports).set({ title, decisions, updatedAt: new Date() }).where(eq(wordImports.id, id)).run();
}

/**
 * Makes the model and marks the import confirmed in one transaction; `afterInsert` (the model's phases) runs inside
 * it too. Returns null when the import was confirmed already (a second click, another tab): no second model.
 */
export function confirmWordImport(db: Db, id: number, regionId: number, title: string, document: unknown, afterInsert: (modelId: number) => void): number | null {
  return db.transaction(() => {
    const row = getWordImport(db, id);
    if (!row || row.modelId !== null) return null;
    const modelId = db.insert(models).values({ regionId, title, document }).returning({ id: models.id }).get().id;
    db.update(wordImports).set({ modelId, title, updatedAt: new Date() }).where(eq(wordImports.id, id)).run();
    afterInsert(modelId);
    return modelId;
  });
}

/**
 * Marks the import as replacing the working draft of `modelId`, unless it was used already (a second click, another
 * tab): true when this call claimed it. The replacement itself goes through the sync server after this.
 */
export function claimWordImportForDraft(db: Db, id: number, modelId: number): boolean {
  const claimed = db
    .update(wordImports)
    .set({ modelId, replacedDraft: true, updatedAt: new Date() })
    .where(and(eq(wordImports.id, id), isNull(wordImports.modelId)))
    .run();
  return claimed.changes === 1;
}

/** Undoes a claim when the sync server could not replace the draft, so the redactie can try again. */
export function releaseWordImportClaim(db: Db, id: number): void {
  db.update(wordImports).set({ modelId: null, replacedDraft: false, updatedAt: new Date() }).where(eq(wordImports.id, id)).run();
}
