import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { suggestionDecisions, users } from "../schema";

export type SuggestionDecisionInput = Omit<typeof suggestionDecisions.$inferInsert, "id" | "decidedAt">;

/** Stores decisions; an author id that is no account (any more) is kept as the name only. */
export function recordSuggestionDecisions(db: Db, rows: readonly SuggestionDecisionInput[]): void {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.authorId).filter((id): id is number => typeof id === "number");
  const known = new Set(db.select({ id: users.id }).from(users).where(inArray(users.id, ids)).all().map((u) => u.id));
  db.insert(suggestionDecisions).values(rows.map((r) => ({ ...r, authorId: r.authorId != null && known.has(r.authorId) ? r.authorId : null }))).run();
}

/** The latest decisions on a model, newest first, with the name of who decided. */
export function listSuggestionDecisions(db: Db, modelId: number, limit: number) {
  return db
    .select({
      suggestionId: suggestionDecisions.suggestionId,
      kind: suggestionDecisions.kind,
      structural: suggestionDecisions.structural,
      articleId: suggestionDecisions.articleId,
      text: suggestionDecisions.text,
      authorName: suggestionDecisions.authorName,
      proposedAt: suggestionDecisions.proposedAt,
      decision: suggestionDecisions.decision,
      decidedByName: users.name,
      decidedAt: suggestionDecisions.decidedAt,
    })
    .from(suggestionDecisions)
    .innerJoin(users, eq(users.id, suggestionDecisions.decidedBy))
    .where(eq(suggestionDecisions.modelId, modelId))
    .orderBy(desc(suggestionDecisions.decidedAt), desc(suggestionDecisions.id))
    .limit(limit)
    .all();
}

export function isSuggestionDecided(db: Db, modelId: number, suggestionId: string): boolean {
  return db
    .select({ id: suggestionDecisions.id })
    .from(suggestionDecisions)
    .where(and(eq(suggestionDecisions.modelId, modelId), eq(suggestionDecisions.suggestionId, suggestionId)))
    .get() !== undefined;
}
