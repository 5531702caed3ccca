import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { modelVisits } from "../schema";

// What each user saw of a model at their previous visit (see the table's comment).

export type VisitRow = typeof modelVisits.$inferSelect;

export function getVisit(db: Db, userId: number, modelId: number): VisitRow | undefined {
  return db.select().from(modelVisits).where(and(eq(modelVisits.userId, userId), eq(modelVisits.modelId, modelId))).get();
}

export function saveVisit(db: Db, visit: VisitRow): void {
  db.insert(modelVisits)
    .values(visit)
    .onConflictDoUpdate({ target: [modelVisits.userId, modelVisits.modelId], set: visit })
    .run();
}
