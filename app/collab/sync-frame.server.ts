import { IncomingMessage, MessageType } from "@hocuspocus/server";
import * as Y from "yjs";
import { messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";
import { modelIdFromDocumentName } from "./document-name";

type DocumentWrite = "none" | "syncStep2" | "update";

/** Message types a @hocuspocus/provider sends; anything else is a crafted frame. BroadcastStateless is server-internal. */
const CLIENT_MESSAGE_TYPES: ReadonlySet<number> = new Set([
  MessageType.Sync,
  MessageType.Awareness,
  MessageType.Auth,
  MessageType.QueryAwareness,
  MessageType.SyncReply,
  MessageType.Stateless,
  MessageType.CLOSE,
  MessageType.SyncStatus,
  MessageType.Ping,
  MessageType.Pong,
]);

/**
 * The head of a Hocuspocus frame: the address (a document name, with `\0<session>` for session-aware providers), the
 * message type and, for sync messages, whether it carries document content. Throws on a frame too short to hold it.
 */
export function readFrame(frame: Uint8Array) {
  const message = new IncomingMessage(frame);
  const documentName = message.readVarString().split("\0")[0];
  const type = message.readVarUint();
  const syncType = type === MessageType.Sync || type === MessageType.SyncReply ? message.readVarUint() : undefined;
  const write: DocumentWrite = syncType === messageYjsSyncStep2 ? "syncStep2" : syncType === messageYjsUpdate ? "update" : "none";
  // The decoder is left after the head, where a sync message's update begins.
  return { message, documentName, type, syncType, write };
}

// The access guard and the persistence both ask for every written frame; decoding a large sync step 2 twice is waste.
const decoded = new WeakMap<Uint8Array, Uint8Array | null>();

/**
 * The Yjs update a sync step 2 or update frame carries, or null for any other frame. Throws when the update cannot be
 * decoded: y-protocols would swallow that error and Hocuspocus acknowledge the frame, so it is refused beforehand.
 */
export function writtenUpdateIn(frame: Uint8Array): Uint8Array | null {
  const known = decoded.get(frame);
  if (known !== undefined) return known;
  const { message, write } = readFrame(frame);
  let written: Uint8Array | null = null;
  if (write !== "none") {
    const update = message.readVarUint8Array();
    const { structs, ds } = Y.decodeUpdate(update);
    // An empty sync step 2 (a client that has nothing new) is not worth a log entry.
    if (structs.length > 0 || ds.clients.size > 0) written = update;
  }
  decoded.set(frame, written);
  return written;
}

/**
 * Whether a frame could come from an honest provider: addressed to a model document, with a known message type.
 * Checked before Hocuspocus sees the frame, because Hocuspocus would queue an unauthenticated frame it cannot place
 * until the connection times out, instead of closing the connection.
 */
export function isPlausibleFrame(frame: Uint8Array): boolean {
  try {
    const { documentName, type } = readFrame(frame);
    return modelIdFromDocumentName(documentName) !== null && CLIENT_MESSAGE_TYPES.has(type);
  } catch {
    return false;
  }
}
