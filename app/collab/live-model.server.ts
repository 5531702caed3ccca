import type { Db } from "../../db/client";
import { latestUpdateId, readYState } from "../../db/queries/collab";
import type { ModelRow } from "../../db/queries/models";
import * as Y from "yjs";
import { applyStoredState } from "./model-store.server";
import { yDocToOrdinanceJSON } from "./ordinance-ydoc.server";

const converted = new Map<number, { lastUpdateId: number; json: object }>();

/**
 * The current text of a model as ProseMirror JSON. The sync server stores every update before it broadcasts it, so
 * snapshot + log in SQLite is exactly the live document (never behind what any client was shown); reading it here
 * needs no handle on the sync server's memory. Converted once per stored update and then reused, so the same object
 * comes back until the text changes. A model that was never co-edited is its stored JSON.
 */
export function liveOrdinanceJSON(db: Db, row: ModelRow): object {
  const lastUpdateId = latestUpdateId(db, row.id);
  if (lastUpdateId === 0) return row.document as object;
  const cached = converted.get(row.id);
  if (cached?.lastUpdateId === lastUpdateId) return cached.json;
  const doc = new Y.Doc();
  try {
    applyStoredState(doc, readYState(db, row.id));
    const json = yDocToOrdinanceJSON(doc);
    converted.set(row.id, { lastUpdateId, json });
    return json;
  } finally {
    doc.destroy();
  }
}
