import crossws from "crossws/adapters/node";
import type { Peer } from "crossws";
import { Hocuspocus, type WebSocketLike } from "@hocuspocus/server";
import type { ServerContext } from "../context.server";
import type { UpgradeHandler } from "../upgrade.server";
import { REVOCATION_CHECK_MS, accessGuard, closeRevokedConnections } from "./access-guard.server";
import type { CollabContext } from "./context.server";
import { modelPersistence } from "./persistence.server";
import { presenceGuard } from "./presence-guard.server";
import { updateGuard } from "./update-guard.server";
import { MALFORMED_FRAME } from "./close-events.server";
import { TOO_MANY_MESSAGES, frameBudget } from "./frame-budget.server";
import { isPlausibleFrame } from "./sync-frame.server";
import { modelDocumentName } from "./document-name";
import { replaceOrdinance } from "./ordinance-ydoc.server";

/**
 * The largest WebSocket message accepted. A whole model is about 110 kB as Yjs state; a client coming back from a
 * long offline session sends its edits in one sync message, so leave room, but refuse what no editor produces.
 * A larger frame closes the connection with 1009 (ws does that before any of our code sees the bytes).
 */
export const COLLAB_MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

type ClientConnection = ReturnType<Hocuspocus["handleConnection"]>;

/** What actions may do to the live documents of the sync server (handed to them in the Remix load context). */
export interface LiveDocuments {
  /**
   * Replaces the whole working draft of a model with this ProseMirror JSON, as one server-side transaction on the
   * document the sync server holds: stored by the persistence before it is broadcast, so connected editors get the
   * new text at once and no in-memory copy can write the old text back. The caller checks the policy.
   */
  replaceText(modelId: number, json: unknown): Promise<void>;
}

export interface CollabServer {
  upgrade: UpgradeHandler;
  documents: LiveDocuments;
}

/**
 * Hocuspocus on the app's own port: server.ts routes authenticated upgrades of /collab here (upgrade.server.ts).
 * The glue is what Hocuspocus' own Server does with crossws, minus its HTTP server.
 */
export function createCollabServer(context: Omit<ServerContext, "clientAddress">): CollabServer {
  const hocuspocus = new Hocuspocus<CollabContext>({
    quiet: true,
    extensions: [accessGuard(context), presenceGuard(), updateGuard(), modelPersistence(context.db)],
  });
  setInterval(() => closeRevokedConnections(hocuspocus, context.db), REVOCATION_CHECK_MS).unref();
  const connections = new WeakMap<Peer, ClientConnection>();
  const budgets = new WeakMap<Peer, ReturnType<typeof frameBudget>>();
  const websockets = crossws({
    serverOptions: { maxPayload: COLLAB_MAX_PAYLOAD_BYTES },
    hooks: {
      open(peer) {
        connections.set(peer, hocuspocus.handleConnection(peer.websocket as WebSocketLike, peer.request as Request));
        budgets.set(peer, frameBudget());
      },
      message(peer, message) {
        const frame = message.uint8Array();
        if (!isPlausibleFrame(frame)) return peer.close(MALFORMED_FRAME.code, MALFORMED_FRAME.reason);
        if (!budgets.get(peer)?.(frame)) return peer.close(TOO_MANY_MESSAGES.code, TOO_MANY_MESSAGES.reason);
        connections.get(peer)?.handleMessage(frame);
      },
      close(peer, event) {
        connections.get(peer)?.handleClose({ code: event.code ?? 1005, reason: event.reason ?? "" });
        connections.delete(peer);
      },
      error(_peer, error) {
        console.warn(`Samenwerken: verbinding gesloten na een fout: ${error.message}`);
      },
    },
  });
  return {
    upgrade: (request, socket, head) => void websockets.handleUpgrade(request, socket, head),
    documents: {
      async replaceText(modelId, json) {
        // Loads the document through the persistence when nobody has it open, and unloads it again afterwards.
        const connection = await hocuspocus.openDirectConnection(modelDocumentName(modelId), {});
        try {
          await connection.transact((doc) => replaceOrdinance(doc, json));
        } finally {
          await connection.disconnect();
        }
      },
    },
  };
}
