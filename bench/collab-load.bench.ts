import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bench, describe } from "vitest";
import * as Y from "yjs";
import { openDatabase, type Db } from "../db/client";
import { seedContent } from "../db/seed/index";
import { getModelRow } from "../db/queries/models";
import { COMPACT_AFTER_UPDATES, applyStoredState, compactModelState, loadModelState, storeAcceptedUpdate } from "../app/collab/model-store.server";
import { ORDINANCE_FRAGMENT } from "../app/collab/ordinance-ydoc.server";

const EDITS = 10_000;
const MODEL = 1;

/**
 * A database file whose model went through 10,000 single-keystroke edits, stored as the sync server stores them;
 * `compact` says whether the server's compaction ran (it does, every COMPACT_AFTER_UPDATES updates) or the whole
 * history is still one log (the worst case, e.g. if compaction had failed throughout).
 */
function modelWithHistory(compact: boolean): Db {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), "modelwerk-bench-")), "bench.db"));
  seedContent(db);
  const doc = new Y.Doc();
  applyStoredState(doc, loadModelState(db, MODEL, getModelRow(db, MODEL)!.document));
  let sinceSnapshot = 0;
  doc.on("update", (update: Uint8Array) => {
    const id = storeAcceptedUpdate(db, { modelId: MODEL, update, userId: null, articleIds: new Set() });
    if (compact && ++sinceSnapshot >= COMPACT_AFTER_UPDATES) {
      compactModelState(db, MODEL, doc, id);
      sinceSnapshot = 0;
    }
  });
  // Synchronous commits are what the server does; for building the fixture they only cost time.
  db.$client.pragma("synchronous = OFF");
  const paragraphs = doc.getXmlFragment(ORDINANCE_FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlText);
  const texts = [...paragraphs] as Y.XmlText[];
  for (let i = 0; i < EDITS; i++) {
    const text = texts[i % texts.length];
    if (i % 4 === 3 && text.length > 0) text.delete(0, 1);
    else text.insert(Math.min(3, text.length), "x");
  }
  db.$client.pragma("synchronous = FULL");
  return db;
}

/** Cold load as the sync server does it: read snapshot + log from SQLite, merge, apply to a fresh document. */
function coldLoad(db: Db) {
  const doc = new Y.Doc();
  applyStoredState(doc, loadModelState(db, MODEL, null));
  doc.destroy();
}

describe(`cold-load a model with ${EDITS.toLocaleString("en")} edits in its history`, () => {
  const compacted = modelWithHistory(true);
  const uncompacted = modelWithHistory(false);
  bench(`snapshot + tail (compaction every ${COMPACT_AFTER_UPDATES})`, () => coldLoad(compacted));
  bench(`no snapshot: ${EDITS.toLocaleString("en")} log entries`, () => coldLoad(uncompacted));
});
