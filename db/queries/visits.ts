import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { modelVisits } from "../schema";

// What each user saw of a model at their previous visit (see the table's comment). The documents are compared and
// copied inside SQLite as the JSON text they are stored as: a model page view then neither parses nor writes a whole
// text when nothing changed, which at a large model took longer than rendering the page.

export interface VisitState {
  readonly seenVersionId: number | null;
  readonly seenAt: Date;
  readonly lastVersionId: number | null;
  readonly lastAt: Date;
  /** Whether the stored document equals the given one, for the baseline and for the last view. */
  readonly seenSame: boolean;
  readonly lastSame: boolean;
}

const where = (userId: number, modelId: number) => and(eq(modelVisits.userId, userId), eq(modelVisits.modelId, modelId));

/** The visit's times, and whether its two documents equal `documentJson` (the JSON text of the current document). */
export function visitState(db: Db, userId: number, modelId: number, documentJson: string): VisitState | undefined {
  const row = db
    .select({
      seenVersionId: modelVisits.seenVersionId,
      seenAt: modelVisits.seenAt,
      lastVersionId: modelVisits.lastVersionId,
      lastAt: modelVisits.lastAt,
      seenSame: sql<number>`${modelVisits.seenDocument} = ${documentJson}`,
      lastSame: sql<number>`${modelVisits.lastDocument} = ${documentJson}`,
    })
    .from(modelVisits)
    .where(where(userId, modelId))
    .get();
  return row && { ...row, seenSame: row.seenSame === 1, lastSame: row.lastSame === 1 };
}

/** The document the visit compares with, parsed; only needed when it differs from the current one. */
export function seenDocument(db: Db, userId: number, modelId: number): unknown {
  return db.select({ document: modelVisits.seenDocument }).from(modelVisits).where(where(userId, modelId)).get()?.document;
}

export interface ViewRecord {
  readonly documentJson: string;
  readonly versionId: number | null;
  readonly at: Date;
}

/** A first visit: what is seen now is both the baseline and the last view. */
export function insertVisit(db: Db, userId: number, modelId: number, view: ViewRecord): void {
  const document = sql`${view.documentJson}`;
  db.insert(modelVisits)
    .values({ userId, modelId, seenDocument: document, seenVersionId: view.versionId, seenAt: view.at, lastDocument: document, lastVersionId: view.versionId, lastAt: view.at })
    .run();
}

/**
 * Records a view. A new visit makes the previous visit's last view its baseline, copied within SQLite (which reads
 * every SET expression from the row's old values); the document is written only when it differs from the last one.
 */
export function recordView(db: Db, userId: number, modelId: number, view: ViewRecord, options: { newVisit: boolean; documentChanged: boolean }): void {
  db.update(modelVisits)
    .set({
      ...(options.newVisit && { seenDocument: sql`${modelVisits.lastDocument}`, seenVersionId: sql`${modelVisits.lastVersionId}`, seenAt: sql`${modelVisits.lastAt}` }),
      ...(options.documentChanged && { lastDocument: sql`${view.documentJson}` }),
      lastVersionId: view.versionId,
      lastAt: view.at,
    })
    .where(where(userId, modelId))
    .run();
}
