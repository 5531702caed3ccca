import * as Y from "yjs";
import type { Db } from "../../db/client";
import { appendUpdate, compactYState, readYState, seedYState, type StoredYState } from "../../db/queries/collab";
import { recordArticleEdits } from "../../db/queries/article-edits";
import { ordinanceToYUpdate } from "./ordinance-ydoc.server";

/** Loading replays at most this many log entries after the snapshot; the log is folded into a new snapshot then. */
export const COMPACT_AFTER_UPDATES = 200;

/**
 * The stored Yjs state of a model. A model that was never co-edited gets its first state from its ProseMirror JSON,
 * converted here on the server, once: clients never seed.
 */
export function loadModelState(db: Db, modelId: number, document: unknown): StoredYState {
  const stored = readYState(db, modelId);
  if (stored.snapshot || stored.tail.length > 0) return stored;
  seedYState(db, modelId, ordinanceToYUpdate(document));
  return readYState(db, modelId);
}

/**
 * Applies snapshot + log to a document, merged into one update. Should Yjs refuse the merge (an update it could decode
 * but not integrate), the parts are applied one by one and the refused ones skipped, so one bad update cannot make
 * the model unloadable.
 */
export function applyStoredState(doc: Y.Doc, stored: StoredYState): void {
  const parts = stored.snapshot ? [stored.snapshot, ...stored.tail] : stored.tail;
  try {
    Y.applyUpdate(doc, parts.length === 1 ? parts[0] : Y.mergeUpdates(parts));
  } catch (error) {
    console.error("Samenwerken: opgeslagen wijzigingen apart toegepast na een fout.", error);
    for (const part of parts) {
      try {
        Y.applyUpdate(doc, part);
      } catch (partError) {
        console.error("Samenwerken: opgeslagen wijziging overgeslagen.", partError);
      }
    }
  }
}

interface AcceptedUpdate {
  modelId: number;
  update: Uint8Array;
  userId: number | null;
  articleIds: Set<string>;
}

/** Appends one update and its attribution in one transaction; returns the update's id. */
export function storeAcceptedUpdate(db: Db, accepted: AcceptedUpdate, at = new Date()): number {
  return db.transaction(() => {
    const id = appendUpdate(db, accepted.modelId, accepted.update, accepted.userId);
    if (accepted.userId !== null && accepted.articleIds.size > 0) recordArticleEdits(db, accepted.modelId, accepted.articleIds, accepted.userId, at);
    return id;
  });
}

/** Folds everything up to `upToUpdateId` (which `doc` contains) into one snapshot. */
export function compactModelState(db: Db, modelId: number, doc: Y.Doc, upToUpdateId: number): void {
  compactYState(db, modelId, Y.encodeStateAsUpdate(doc), upToUpdateId);
}
