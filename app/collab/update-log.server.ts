import type { Db } from "../../db/client";
import { appendUpdate } from "../../db/queries/collab";
import { recordArticleEdits } from "../../db/queries/article-edits";

interface PendingUpdate {
  modelId: number;
  update: Uint8Array;
  userId: number | null;
  stored(id: number): void;
  failed(error: unknown): void;
}

interface PendingAttribution {
  modelId: number;
  articleIds: Set<string>;
  userId: number;
  at: Date;
}

/**
 * Group commit for the update log. Every update that arrives in one turn of the event loop is appended in one
 * transaction, i.e. one fsync (WAL, synchronous=FULL), right after the turn; each `append` resolves with its row id
 * once that transaction has committed. With one commit per update the fsyncs alone would saturate the process at a
 * few hundred updates per second on an ordinary disk.
 *
 * Attribution is written with the next batch: it is counted when the update is applied, after its commit.
 */
export function createUpdateLog(db: Db) {
  let updates: PendingUpdate[] = [];
  let attributions: PendingAttribution[] = [];
  let scheduled = false;

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(commit);
  }

  function commit() {
    scheduled = false;
    const batch = updates;
    const counted = attributions;
    updates = [];
    attributions = [];
    let ids: number[];
    try {
      ids = db.transaction(() => {
        for (const a of counted) recordArticleEdits(db, a.modelId, a.articleIds, a.userId, a.at);
        return batch.map((p) => appendUpdate(db, p.modelId, p.update, p.userId));
      });
    } catch (error) {
      for (const pending of batch) pending.failed(error);
      return;
    }
    batch.forEach((pending, i) => pending.stored(ids[i]));
  }

  return {
    /** Resolves with the update's id once it is committed; rejects if the batch could not be written. */
    append(modelId: number, update: Uint8Array, userId: number | null): Promise<number> {
      return new Promise((stored, failed) => {
        updates.push({ modelId, update, userId, stored, failed });
        schedule();
      });
    },
    countEdits(modelId: number, articleIds: Set<string>, userId: number, at = new Date()): void {
      if (articleIds.size === 0) return;
      attributions.push({ modelId, articleIds, userId, at });
      schedule();
    },
  };
}
