import { and, asc, desc, eq, gte, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import { commentDispositions, comments, municipalities, phases, users, versions, type Disposition, type PhaseStatus, type Role } from "../schema";

// Phases, frozen versions, comments and their dispositions. The nota van beantwoording reads the same tables: one
// disposition row per comment (not per reply), publishedAt set when the answers of a phase are published.

export type PhaseRow = typeof phases.$inferSelect;
export type VersionRow = typeof versions.$inferSelect;

// ——— versions ———

/** `frozenAt` defaults to now; the demo seed back-dates its versions so that they come before the council dates. */
export function insertVersion(db: Db, modelId: number, name: string, document: unknown, frozenBy: number | null, frozenAt?: Date): number {
  return db.insert(versions).values({ modelId, name, document, frozenBy, ...(frozenAt && { createdAt: frozenAt }) }).returning({ id: versions.id }).get().id;
}

export function getVersion(db: Db, modelId: number, id: number): VersionRow | undefined {
  return db.select().from(versions).where(and(eq(versions.modelId, modelId), eq(versions.id, id))).get();
}

export interface VersionSummary {
  id: number;
  name: string;
  frozenByName: string | null;
  createdAt: Date;
}

/** Newest first, with who froze each one. */
export function listVersions(db: Db, modelId: number): VersionSummary[] {
  return db
    .select({ id: versions.id, name: versions.name, frozenByName: users.name, createdAt: versions.createdAt })
    .from(versions)
    .leftJoin(users, eq(users.id, versions.frozenBy))
    .where(eq(versions.modelId, modelId))
    .orderBy(desc(versions.id))
    .all();
}

// ——— phases ———

export function listPhases(db: Db, modelId: number): PhaseRow[] {
  return db.select().from(phases).where(eq(phases.modelId, modelId)).orderBy(asc(phases.position)).all();
}

export function getPhase(db: Db, modelId: number, id: number): PhaseRow | undefined {
  return db.select().from(phases).where(and(eq(phases.modelId, modelId), eq(phases.id, id))).get();
}

export type NewPhase = Pick<PhaseRow, "name" | "description" | "commentingRoles"> & Partial<Pick<PhaseRow, "startsOn" | "endsOn">>;

export function insertPhases(db: Db, modelId: number, list: readonly NewPhase[]): void {
  db.insert(phases)
    .values(list.map((phase, i) => ({ ...phase, modelId, position: i + 1 })))
    .run();
}

export interface PhaseChanges {
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  status: PhaseStatus;
  commentingRoles: Role[];
  commentsVisibleToAll: boolean;
  versionId: number | null;
}

export function updatePhase(db: Db, id: number, changes: PhaseChanges): void {
  db.update(phases)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(phases.id, id))
    .run();
}

// ——— comments ———

export type NewComment = Omit<typeof comments.$inferInsert, "id" | "createdAt">;

/** A comment gets its (open, unpublished) disposition row at once; a reply belongs to its comment's thread. */
export function insertComment(db: Db, comment: NewComment): number {
  return db.transaction((tx) => {
    const id = tx.insert(comments).values(comment).returning({ id: comments.id }).get().id;
    if (comment.parentId == null) tx.insert(commentDispositions).values({ commentId: id }).run();
    return id;
  });
}

export function getComment(db: Db, phaseId: number, id: number) {
  return db.select().from(comments).where(and(eq(comments.phaseId, phaseId), eq(comments.id, id))).get();
}

/** How many comments and replies the user posted since `since`, for the rate limit. */
export function countCommentsSince(db: Db, authorId: number, since: Date): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(comments)
    .where(and(eq(comments.authorId, authorId), gte(comments.createdAt, since)))
    .get()!.n;
}

/** A comment or reply with its author, the municipality it was written for, and its disposition (none for a reply). */
export type CommentRow = Omit<typeof comments.$inferSelect, "municipalityId"> & {
  authorName: string;
  authorRole: Role;
  municipalityName: string | null;
  disposition: Disposition | null;
  answer: string | null;
  changedInVersionId: number | null;
  publishedAt: Date | null;
  answeredByName: string | null;
  answeredAt: Date | null;
};

const answerers = alias(users, "answerers");

/** The comments and replies of some phases of a model, oldest first, with author and disposition. */
export function listComments(db: Db, phaseIds: readonly number[]): CommentRow[] {
  if (phaseIds.length === 0) return [];
  return db
    .select({
      id: comments.id,
      phaseId: comments.phaseId,
      versionId: comments.versionId,
      parentId: comments.parentId,
      anchorNodeId: comments.anchorNodeId,
      quote: comments.quote,
      type: comments.type,
      body: comments.body,
      proposal: comments.proposal,
      authorId: comments.authorId,
      authorName: users.name,
      authorRole: users.role,
      onBehalfOf: comments.onBehalfOf,
      municipalityName: municipalities.name,
      createdAt: comments.createdAt,
      disposition: commentDispositions.disposition,
      answer: commentDispositions.answer,
      changedInVersionId: commentDispositions.changedInVersionId,
      publishedAt: commentDispositions.publishedAt,
      answeredByName: answerers.name,
      answeredAt: commentDispositions.updatedAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(commentDispositions, eq(commentDispositions.commentId, comments.id))
    .leftJoin(answerers, eq(answerers.id, commentDispositions.updatedBy))
    .leftJoin(municipalities, eq(municipalities.id, comments.municipalityId))
    .where(inArray(comments.phaseId, [...phaseIds]))
    .orderBy(asc(comments.id))
    .all();
}

// ——— dispositions ———

/** Saves an answer as a draft: a changed answer is unpublished again until the phase's answers are published. */
export function saveDisposition(db: Db, commentId: number, value: { disposition: Disposition; answer: string; changedInVersionId: number | null }, userId: number): void {
  db.update(commentDispositions)
    .set({ ...value, publishedAt: null, updatedBy: userId, updatedAt: new Date() })
    .where(eq(commentDispositions.commentId, commentId))
    .run();
}

/** Publishes every draft answer of the phase at once (comments still "open" have none); returns the comments' ids. */
export function publishDispositions(db: Db, phaseId: number, at: Date): number[] {
  const ids = db.select({ id: comments.id }).from(comments).where(eq(comments.phaseId, phaseId));
  return db
    .update(commentDispositions)
    .set({ publishedAt: at })
    .where(and(inArray(commentDispositions.commentId, ids), isNull(commentDispositions.publishedAt), ne(commentDispositions.disposition, "open")))
    .returning({ id: commentDispositions.commentId })
    .all()
    .map((r) => r.id);
}
