import { and, asc, eq, gt, lte, max, sql } from "drizzle-orm";
import type { Db } from "../client";
import { modelSnapshots, modelUpdates, sessions, users } from "../schema";

/** What is stored of a model's Yjs document: one snapshot (if compacted yet) and the log after it. */
export interface StoredYState {
  snapshot: Uint8Array | null;
  /** Log entries after the snapshot, oldest first. */
  tail: Uint8Array[];
  /** The id of the newest update the state includes (0 when nothing is stored). */
  lastUpdateId: number;
}

/** The log entries of a model after an id, oldest first. */
const logAfter = (db: Db, modelId: number, afterId: number) =>
  db
    .select({ id: modelUpdates.id, update: modelUpdates.update })
    .from(modelUpdates)
    .where(and(eq(modelUpdates.modelId, modelId), gt(modelUpdates.id, afterId)))
    .orderBy(asc(modelUpdates.id))
    .all();

export function readYState(db: Db, modelId: number): StoredYState {
  return db.transaction(() => {
    const snapshot = db.select().from(modelSnapshots).where(eq(modelSnapshots.modelId, modelId)).get();
    const from = snapshot?.upToUpdateId ?? 0;
    const rows = logAfter(db, modelId, from);
    return { snapshot: snapshot?.state ?? null, tail: rows.map((r) => r.update), lastUpdateId: rows.at(-1)?.id ?? from };
  });
}

/**
 * The log entries after `afterId`, oldest first, to bring a document that holds the state up to `afterId` up to date;
 * null when a compaction since has folded some of them into the snapshot (then read the whole state).
 */
export function readUpdatesAfter(db: Db, modelId: number, afterId: number): { updates: Uint8Array[]; lastUpdateId: number } | null {
  return db.transaction(() => {
    const mark = db.select({ id: modelSnapshots.upToUpdateId }).from(modelSnapshots).where(eq(modelSnapshots.modelId, modelId)).get()?.id ?? 0;
    if (mark > afterId) return null;
    const rows = logAfter(db, modelId, afterId);
    return { updates: rows.map((r) => r.update), lastUpdateId: rows.at(-1)?.id ?? afterId };
  });
}

/** The id of the newest stored update of a model, or the snapshot's mark; 0 when the model has no Yjs state. */
export function latestUpdateId(db: Db, modelId: number): number {
  const logged = db.select({ id: max(modelUpdates.id) }).from(modelUpdates).where(eq(modelUpdates.modelId, modelId)).get()?.id;
  if (logged != null) return logged;
  return db.select({ id: modelSnapshots.upToUpdateId }).from(modelSnapshots).where(eq(modelSnapshots.modelId, modelId)).get()?.id ?? 0;
}

// Statements on the path of every keystroke are prepared once per database handle.
function preparedStatements(db: Db) {
  return {
    append: db
      .insert(modelUpdates)
      .values({ modelId: sql.placeholder("modelId"), update: sql.placeholder("update"), userId: sql.placeholder("userId") })
      .returning({ id: modelUpdates.id })
      .prepare(),
    sessionWriter: db
      .select({ userId: users.id, role: users.role, regionId: users.regionId, municipalityId: users.municipalityId, active: users.active, expiresAt: sessions.expiresAt })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder("sessionId")))
      .prepare(),
  };
}
const statements = new WeakMap<Db, ReturnType<typeof preparedStatements>>();
function prepared(db: Db) {
  let found = statements.get(db);
  if (!found) statements.set(db, (found = preparedStatements(db)));
  return found;
}

/** Appends one accepted update; returns its id. */
export function appendUpdate(db: Db, modelId: number, update: Uint8Array, userId: number | null): number {
  return prepared(db).append.get({ modelId, update: Buffer.from(update.buffer, update.byteOffset, update.byteLength), userId })!.id;
}

/** The account behind a live session, as the policy needs it; checked before every write, so one indexed lookup. */
export function liveSessionActor(db: Db, sessionId: string, now = Date.now()) {
  const row = prepared(db).sessionWriter.get({ sessionId });
  return row && row.expiresAt.getTime() > now ? row : undefined;
}

/**
 * Stores the first Yjs state of a model unless it has one already. Checked and written in one transaction, so two
 * first loads cannot both seed (better-sqlite3 runs it without yielding).
 */
export function seedYState(db: Db, modelId: number, update: Uint8Array): boolean {
  // Immediate: it reads, then writes. The page server writes the same file from its own process (decision 074); a
  // deferred transaction whose read began before that write cannot upgrade to a write lock and fails at once with
  // SQLITE_BUSY (the busy timeout does not apply), which refused a model's first editors while someone logged in.
  return db.transaction(
    () => {
      const hasSnapshot = db.select({ id: modelSnapshots.modelId }).from(modelSnapshots).where(eq(modelSnapshots.modelId, modelId)).get();
      if (hasSnapshot || latestUpdateId(db, modelId) > 0) return false;
      appendUpdate(db, modelId, update, null);
      return true;
    },
    { behavior: "immediate" },
  );
}

/** Replaces the log up to `upToUpdateId` by one snapshot of the state at that point, atomically. */
export function compactYState(db: Db, modelId: number, state: Uint8Array, upToUpdateId: number): void {
  const buffer = Buffer.from(state.buffer, state.byteOffset, state.byteLength);
  db.transaction(() => {
    db.insert(modelSnapshots)
      .values({ modelId, state: buffer, upToUpdateId })
      .onConflictDoUpdate({ target: modelSnapshots.modelId, set: { state: buffer, upToUpdateId, createdAt: new Date() } })
      .run();
    db.delete(modelUpdates)
      .where(and(eq(modelUpdates.modelId, modelId), lte(modelUpdates.id, upToUpdateId)))
      .run();
  });
}
