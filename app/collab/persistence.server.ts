import * as Y from "yjs";
import type { Connection, Document, Extension } from "@hocuspocus/server";
import type { Db } from "../../db/client";
import { getModelRow } from "../../db/queries/models";
import { touchedArticleIds } from "./attribution.server";
import { FORBIDDEN, NOT_STORED, refusal } from "./close-events.server";
import { connectionOfOrigin, type CollabContext } from "./context.server";
import { modelIdFromDocumentName } from "./document-name";
import { COMPACT_AFTER_UPDATES, applyStoredState, compactModelState, loadModelState, storeAcceptedUpdate } from "./model-store.server";
import { writtenUpdateIn } from "./sync-frame.server";
import { createUpdateLog } from "./update-log.server";
import { repairIds } from "./id-repair";
import { giveOrderKeys } from "./order-keys.server";
import { ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";

interface StoredDocument {
  modelId: number;
  /** Log entries after the snapshot; compaction runs when this reaches COMPACT_AFTER_UPDATES. */
  sinceSnapshot: number;
  /** The newest committed update id. */
  committedThrough: number;
  /** Committed updates not yet applied to the in-memory document: a snapshot must not fold them away. */
  applying: Set<number>;
}

/**
 * Loads a model document from SQLite and stores every update before anyone hears of it.
 *
 * A writer's update is appended to the log in `beforeHandleMessage`, which Hocuspocus awaits before it applies the
 * message. Only after the commit (grouped per event-loop turn, see update-log.server.ts) does Hocuspocus apply the
 * update, broadcast it and acknowledge it to the writer. So nothing is broadcast or acknowledged that is not on disk,
 * and an update that cannot be stored is refused (the connection closes with 1011) before it touches the document.
 */
export function modelPersistence(db: Db): Extension<CollabContext> {
  const log = createUpdateLog(db);
  const documents = new WeakMap<Document, StoredDocument>();
  const applyingFor = new WeakMap<Connection, number>();

  function compactWhenDue(doc: Document, stored: StoredDocument) {
    if (++stored.sinceSnapshot < COMPACT_AFTER_UPDATES) return;
    const upTo = stored.applying.size > 0 ? Math.min(...stored.applying) - 1 : stored.committedThrough;
    try {
      compactModelState(db, stored.modelId, doc, upTo);
      stored.sinceSnapshot = stored.applying.size;
    } catch (error) {
      // The log still holds everything; compaction is tried again with the next update.
      console.error(`Samenwerken: comprimeren van ${doc.name} mislukt.`, error);
    }
  }

  return {
    extensionName: "modelwerk-persistence",
    async onLoadDocument({ documentName, document }) {
      const row = getModelRow(db, modelIdFromDocumentName(documentName) ?? 0);
      if (!row) throw refusal(FORBIDDEN);
      const stored = loadModelState(db, row.id, row.document);
      applyStoredState(document, stored);
      documents.set(document, { modelId: row.id, sinceSnapshot: stored.tail.length, committedThrough: stored.lastUpdateId, applying: new Set() });
    },
    async beforeHandleMessage({ document, connection, context: { grant }, update: frame }) {
      // The access guard ran first: read-only connections never write, and a writer's session was re-checked.
      if (!grant?.canEdit) return;
      const update = writtenUpdateIn(frame);
      const stored = documents.get(document);
      if (!update || !stored) return;
      let id: number;
      try {
        id = await log.append(stored.modelId, update, grant.account.id);
      } catch (error) {
        console.error(`Samenwerken: wijziging op ${document.name} niet opgeslagen en dus geweigerd.`, error);
        throw refusal(NOT_STORED);
      }
      stored.committedThrough = Math.max(stored.committedThrough, id);
      stored.applying.add(id);
      applyingFor.set(connection, id);
    },
    async afterHandleMessage({ document, connection }) {
      const id = applyingFor.get(connection);
      const stored = documents.get(document);
      if (id === undefined || !stored) return;
      applyingFor.delete(connection);
      stored.applying.delete(id);
      // Duplicate ids from concurrent edits are mended at once, stored and broadcast as the server's own change below.
      repairIds(document, document.getXmlFragment(ORDINANCE_FRAGMENT));
      compactWhenDue(document, stored);
    },
    async afterLoadDocument({ document }) {
      const stored = documents.get(document)!;
      // Set per transaction just before its `update` event.
      let touched = new Set<string>();
      document.on("afterTransactionCleanup", (transaction: Y.Transaction) => (touched = touchedArticleIds(transaction)));
      const broadcast = document.callbacks.onUpdate;
      // Hocuspocus calls this synchronously from the Yjs `update` event, before it broadcasts.
      document.onUpdate((doc, origin, update) => {
        const connection = connectionOfOrigin(origin);
        if (connection) {
          const grant = connection.context.grant;
          // Hocuspocus does not apply a read-only connection's updates; should one ever get here, it goes no further.
          if (!grant?.canEdit) throw new Error(`update van een alleen-lezen verbinding op ${doc.name}`);
          log.countEdits(stored.modelId, touched, grant.account.id);
        } else {
          // A change made by the server itself (an id repair) is stored here, synchronously, before it goes out.
          const id = storeAcceptedUpdate(db, { modelId: stored.modelId, update, userId: null, articleIds: new Set() });
          stored.committedThrough = Math.max(stored.committedThrough, id);
        }
        broadcast(doc, origin, update);
      });
      giveOrderKeys(document, document.getXmlFragment(ORDINANCE_FRAGMENT));
    },
  };
}
