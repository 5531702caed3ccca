import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { commentDispositions, comments, houseStyles, phases, users, versions, type CommentType, type Role } from "../schema";

// Reads for the Word documents: frozen versions, phases and their comments with answers, and house styles. The
// consultation tables are written elsewhere (the consultation screens); the documents only read them.

export type HouseStyleRow = typeof houseStyles.$inferSelect;

export function getHouseStyle(db: Db, municipalityId: number): HouseStyleRow | undefined {
  return db.select().from(houseStyles).where(eq(houseStyles.municipalityId, municipalityId)).get();
}

/** Stores the parts given; a part left out keeps what was stored. */
export function saveHouseStyle(db: Db, municipalityId: number, parts: Partial<Omit<HouseStyleRow, "municipalityId" | "updatedAt">>): void {
  const set = { ...parts, updatedAt: new Date() };
  db.insert(houseStyles).values({ municipalityId, ...set }).onConflictDoUpdate({ target: houseStyles.municipalityId, set }).run();
}

export function listVersions(db: Db, modelId: number): { id: number; name: string; createdAt: Date }[] {
  return db.select({ id: versions.id, name: versions.name, createdAt: versions.createdAt }).from(versions).where(eq(versions.modelId, modelId)).orderBy(asc(versions.id)).all();
}

export function getVersion(db: Db, modelId: number, id: number) {
  return db.select().from(versions).where(and(eq(versions.modelId, modelId), eq(versions.id, id))).get();
}

export function listPhases(db: Db, modelId: number) {
  return db.select({ id: phases.id, name: phases.name, versionId: phases.versionId }).from(phases).where(eq(phases.modelId, modelId)).orderBy(asc(phases.position)).all();
}

export interface PhaseComment {
  id: number;
  phaseId: number;
  anchorNodeId: string | null;
  type: CommentType | null;
  body: string;
  onBehalfOf: string;
  authorRole: Role;
  disposition: string | null;
  answer: string | null;
  publishedAt: Date | null;
}

/** The comments (not the replies) of the phases of a model, oldest first, with their answer where there is one. */
export function listPhaseComments(db: Db, modelId: number, phaseId?: number): PhaseComment[] {
  return db
    .select({
      id: comments.id,
      phaseId: comments.phaseId,
      anchorNodeId: comments.anchorNodeId,
      type: comments.type,
      body: comments.body,
      onBehalfOf: comments.onBehalfOf,
      authorRole: users.role,
      disposition: commentDispositions.disposition,
      answer: commentDispositions.answer,
      publishedAt: commentDispositions.publishedAt,
    })
    .from(comments)
    .innerJoin(phases, eq(phases.id, comments.phaseId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(commentDispositions, eq(commentDispositions.commentId, comments.id))
    .where(and(eq(phases.modelId, modelId), isNull(comments.parentId), ...(phaseId === undefined ? [] : [eq(comments.phaseId, phaseId)])))
    .orderBy(asc(phases.position), asc(comments.id))
    .all();
}
