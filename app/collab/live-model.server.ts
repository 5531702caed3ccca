import type { Db } from "../../db/client";
import { latestUpdateId, readUpdatesAfter, readYState } from "../../db/queries/collab";
import type { ModelRow } from "../../db/queries/models";
import * as Y from "yjs";
import { applyStoredState } from "./model-store.server";
import { ORDINANCE_FRAGMENT, yDocToOrdinanceJSON } from "./ordinance-ydoc.server";
import { repairIds } from "./id-repair";

interface Reader {
  lastUpdateId: number;
  json: object;
  /** The stored state up to lastUpdateId; null for a model that was never co-edited. */
  doc: Y.Doc | null;
}
// Per database handle, so that two databases in one process (tests, benches) never share a model id.
const readers = new WeakMap<Db, Map<number, Reader>>();

/**
 * The current text of a model as ProseMirror JSON. The sync server stores every update before it broadcasts it, so
 * snapshot + log in SQLite is exactly the live document (never behind what any client was shown); reading it here
 * needs no handle on the sync server's memory. Converted once per stored update and then reused, so the same object
 * comes back until the text changes and `currentModel` parses it once. The reader keeps its own Yjs document and
 * applies only the updates stored since its last read (replaying the whole state per keystroke took 0.3 s at 310
 * articles). A model that was never co-edited is its stored JSON, kept as well: the row is read afresh per request, and
 * the column is only ever written when a model is added.
 */
export function liveOrdinanceJSON(db: Db, row: ModelRow): object {
  const lastUpdateId = latestUpdateId(db, row.id);
  let cache = readers.get(db);
  if (!cache) readers.set(db, (cache = new Map()));
  const cached = cache.get(row.id);
  if (cached?.lastUpdateId === lastUpdateId) return cached.json;
  const reader = lastUpdateId === 0 ? { lastUpdateId, json: row.document as object, doc: null } : caughtUp(db, row.id, cached);
  if (cached?.doc && cached.doc !== reader.doc) cached.doc.destroy();
  cache.set(row.id, reader);
  return reader.json;
}

function caughtUp(db: Db, modelId: number, previous: Reader | undefined): Reader {
  const since = previous?.doc ? readUpdatesAfter(db, modelId, previous.lastUpdateId) : null;
  if (previous?.doc && since) {
    applyStoredState(previous.doc, { snapshot: null, tail: since.updates, lastUpdateId: since.lastUpdateId });
    return { lastUpdateId: since.lastUpdateId, json: repairedJSON(previous.doc), doc: previous.doc };
  }
  const doc = new Y.Doc();
  const stored = readYState(db, modelId);
  applyStoredState(doc, stored);
  return { lastUpdateId: stored.lastUpdateId, json: repairedJSON(doc), doc };
}

/** The sync server stores its repair right after each update; repairing the reader's copy too covers a crash in between. */
function repairedJSON(doc: Y.Doc): object {
  repairIds(doc, doc.getXmlFragment(ORDINANCE_FRAGMENT));
  return yDocToOrdinanceJSON(doc);
}
