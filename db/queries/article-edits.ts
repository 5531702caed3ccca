import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { articleEdits, users } from "../schema";

const MINUTE_MS = 60_000;

/** Counts edits coarsely: one row per model, article, user and minute. */
export function recordArticleEdits(db: Db, modelId: number, articleIds: Iterable<string>, userId: number, at: Date): void {
  const minute = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  for (const articleId of articleIds) {
    db.insert(articleEdits)
      .values({ modelId, articleId, userId, minute, edits: 1 })
      .onConflictDoUpdate({
        target: [articleEdits.modelId, articleEdits.articleId, articleEdits.userId, articleEdits.minute],
        set: { edits: sql`${articleEdits.edits} + 1` },
      })
      .run();
  }
}

export interface ArticleEdit {
  articleId: string;
  userId: number;
  userName: string;
  minute: Date;
  edits: number;
}

/** Who changed which article and when, newest first. */
export function listArticleEdits(db: Db, modelId: number, limit = 200): ArticleEdit[] {
  return db
    .select({ articleId: articleEdits.articleId, userId: articleEdits.userId, userName: users.name, minute: articleEdits.minute, edits: articleEdits.edits })
    .from(articleEdits)
    .innerJoin(users, eq(users.id, articleEdits.userId))
    .where(eq(articleEdits.modelId, modelId))
    .orderBy(desc(articleEdits.minute), desc(articleEdits.edits))
    .limit(limit)
    .all();
}
