import type { Db } from "../../db/client";
import { latestUpdateId, readYState } from "../../db/queries/collab";
import type { ModelRow } from "../../db/queries/models";
import * as Y from "yjs";
import { applyStoredState } from "./model-store.server";
import { ORDINANCE_FRAGMENT, yDocToOrdinanceJSON } from "./ordinance-ydoc.server";
import { repairIds } from "./id-repair";

// Per database handle, so that two databases in one process (tests, benches) never share a model id.
const converted = new WeakMap<Db, Map<number, { lastUpdateId: number; json: object }>>();

/**
 * The current text of a model as ProseMirror JSON. The sync server stores every update before it broadcasts it, so
 * snapshot + log in SQLite is exactly the live document (never behind what any client was shown); reading it here
 * needs no handle on the sync server's memory. Converted once per stored update and then reused, so the same object
 * comes back until the text changes and `currentModel` parses it once. A model that was never co-edited is its stored
 * JSON, kept as well: the row is read afresh per request, and the column is only ever written when a model is added.
 */
export function liveOrdinanceJSON(db: Db, row: ModelRow): object {
  const lastUpdateId = latestUpdateId(db, row.id);
  let cache = converted.get(db);
  if (!cache) converted.set(db, (cache = new Map()));
  const cached = cache.get(row.id);
  if (cached?.lastUpdateId === lastUpdateId) return cached.json;
  const json = lastUpdateId === 0 ? (row.document as object) : storedStateJSON(db, row.id);
  cache.set(row.id, { lastUpdateId, json });
  return json;
}

function storedStateJSON(db: Db, modelId: number): object {
  const doc = new Y.Doc();
  try {
    applyStoredState(doc, readYState(db, modelId));
    // The sync server stores its repair right after each update; repairing this copy too covers a crash in between.
    repairIds(doc, doc.getXmlFragment(ORDINANCE_FRAGMENT));
    return yDocToOrdinanceJSON(doc);
  } finally {
    doc.destroy();
  }
}
