import * as Y from "yjs";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { modelDocumentName } from "../collab/document-name";
import { changedStructure, repairIds } from "../collab/id-repair";

// The connection to the sync server: one Y.Doc per open editor, synced through Hocuspocus at /collab.
// The server seeds the document; the client only ever edits what it received.

export type ConnectionState = "connecting" | "connected" | "offline";

export interface PresenceUser {
  readonly name: string;
  readonly colour: string;
}

export interface Collab {
  readonly ydoc: Y.Doc;
  readonly fragment: Y.XmlFragment;
  readonly provider: HocuspocusProvider;
  destroy(): void;
}

/** The top node's attrs (`numbering`), which y-prosemirror does not keep; the server writes them here (collab/ordinance-ydoc). */
export const ORDINANCE_ATTRS = "ordinanceAttrs";

export function connect(modelId: number, user: PresenceUser, handlers: { onState(state: ConnectionState): void; onSynced(): void }): Collab {
  const ydoc = new Y.Doc();
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/collab`;
  const provider = new HocuspocusProvider({
    url,
    name: modelDocumentName(modelId),
    document: ydoc,
    onStatus: ({ status }) => handlers.onState(status === "connected" ? "connected" : status === "connecting" ? "connecting" : "offline"),
    onSynced: ({ state }) => {
      if (state) handlers.onSynced();
    },
  });
  provider.setAwarenessField("user", user);
  const fragment = ydoc.getXmlFragment("ordinance");
  // The same deterministic repair as the server's (collab/id-repair.ts), also while offline; after the transaction.
  ydoc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (changedStructure(transaction)) queueMicrotask(() => repairIds(ydoc, fragment));
  });
  return { ydoc, fragment, provider, destroy: () => provider.destroy() };
}
