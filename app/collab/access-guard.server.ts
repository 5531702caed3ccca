import type { Connection, Extension, Hocuspocus } from "@hocuspocus/server";
import type { Db } from "../../db/client";
import { liveSessionActor } from "../../db/queries/collab";
import type { ServerContext } from "../context.server";
import { grantFor, stillMayWrite } from "./access.server";
import { FORBIDDEN, MALFORMED_FRAME, UNAUTHORIZED, refusal } from "./close-events.server";
import type { CollabContext } from "./context.server";
import { readFrame, writtenUpdateIn } from "./sync-frame.server";

const NORMAL_CLOSURE = 1000;
const OPEN = 1;

/**
 * Who may open which model document and who may write to it. The upgrade was already checked (cookie, Origin);
 * every document connection re-reads the session, and every write re-checks it, so a blocked or logged-out account
 * stops writing at its next update.
 */
export function accessGuard(context: Omit<ServerContext, "clientAddress">): Extension<CollabContext> {
  const watched = new WeakSet<Connection>();
  return {
    extensionName: "modelwerk-access",
    async onAuthenticate({ requestHeaders, documentName, connectionConfig }) {
      const grant = await grantFor(context, requestHeaders.get("cookie"), documentName);
      if (grant === "unauthorized") throw refusal(UNAUTHORIZED);
      if (grant === "forbidden") throw refusal(FORBIDDEN);
      // Hocuspocus then neither applies nor broadcasts this connection's document updates.
      connectionConfig.readOnly = !grant.canEdit;
      return { grant } satisfies CollabContext;
    },
    async beforeHandleMessage({ connection, context: { grant }, update: frame }) {
      closeSocketWhenRefused(connection);
      const { write } = readFrame(frame);
      if (write === "none") return;
      if (!isDecodable(frame)) throw refusal(MALFORMED_FRAME);
      if (!grant) return;
      // A read-only client has no reason to send incremental updates; its initial sync step 2 is ignored by Hocuspocus.
      if (!grant.canEdit && write === "update") throw refusal(FORBIDDEN);
      if (grant.canEdit && !stillMayWrite(context.db, grant)) throw refusal(UNAUTHORIZED);
    },
  };

  /**
   * Hocuspocus answers a refused or malformed message by dropping the document connection but leaves the socket open;
   * close the socket too, with the same code, so the client sees the error.
   */
  function closeSocketWhenRefused(connection: Connection) {
    if (watched.has(connection)) return;
    watched.add(connection);
    connection.onClose((_document, event) => {
      if (event && event.code !== NORMAL_CLOSURE && connection.webSocket.readyState === OPEN) connection.webSocket.close(event.code, event.reason);
    });
  }
}

function isDecodable(frame: Uint8Array): boolean {
  try {
    writtenUpdateIn(frame);
    return true;
  } catch {
    return false;
  }
}

/** How often open connections are checked against their sessions. */
export const REVOCATION_CHECK_MS = 2_000;

/**
 * Closes every connection, readers' too, whose session ended since it authenticated (logout, blocked account, expiry).
 * Writers are also stopped at their next update (`beforeHandleMessage`); this reaches those who only read.
 */
export function closeRevokedConnections(hocuspocus: Hocuspocus<CollabContext>, db: Db): void {
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const grant = (connection.context as CollabContext).grant;
      const actor = grant && liveSessionActor(db, grant.sessionId);
      if (grant && !(actor?.active && actor.userId === grant.account.id)) connection.webSocket.close(UNAUTHORIZED.code, UNAUTHORIZED.reason);
    }
  }
}
