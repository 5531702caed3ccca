import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { suggestionComments, users, type Role } from "../schema";

export type SuggestionCommentInput = Omit<typeof suggestionComments.$inferInsert, "id" | "createdAt">;

export function insertSuggestionComment(db: Db, input: SuggestionCommentInput): number {
  return db.insert(suggestionComments).values(input).returning({ id: suggestionComments.id }).get().id;
}

export interface SuggestionCommentRow {
  id: number;
  suggestionId: string;
  body: string;
  onBehalfOf: string;
  authorName: string;
  authorRole: Role;
  createdAt: Date;
}

/** Every post in the threads of a model's suggestions, oldest first, with its author. */
export function listSuggestionComments(db: Db, modelId: number): SuggestionCommentRow[] {
  return db
    .select({
      id: suggestionComments.id,
      suggestionId: suggestionComments.suggestionId,
      body: suggestionComments.body,
      onBehalfOf: suggestionComments.onBehalfOf,
      authorName: users.name,
      authorRole: users.role,
      createdAt: suggestionComments.createdAt,
    })
    .from(suggestionComments)
    .innerJoin(users, eq(users.id, suggestionComments.authorId))
    .where(eq(suggestionComments.modelId, modelId))
    .orderBy(asc(suggestionComments.createdAt), asc(suggestionComments.id))
    .all();
}

export function countSuggestionCommentsSince(db: Db, authorId: number, since: Date): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(suggestionComments)
    .where(and(eq(suggestionComments.authorId, authorId), gte(suggestionComments.createdAt, since)))
    .get()!.n;
}
