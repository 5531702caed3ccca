import * as Y from "yjs";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { modelDocumentName } from "../collab/document-name";
import { ID_REPAIR_ORIGIN, changedStructure, repairIds } from "../collab/id-repair";
import { LocalCopy } from "./local-copy";

// The connection to the sync server: one Y.Doc per open editor, synced through Hocuspocus at /collab.
// The server seeds the document; the client only ever edits what it received. A writer's copy is also kept in the
// browser (y-indexeddb, local-copy.ts), so edits made offline survive a reload and merge when the connection returns.

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

export interface CollabHandlers {
  onState(state: ConnectionState): void;
  /** The text is there to show: from the server, or (offline) from the copy kept in this browser. */
  onSynced(): void;
  /** How many of this browser's changes the server does not have yet. */
  onUnsent(count: number): void;
}

const UNSENT_KEY = "unsent";

/** The top node's attrs (`numbering`), which y-prosemirror does not keep; the server writes them here (collab/ordinance-ydoc). */
export const ORDINANCE_ATTRS = "ordinanceAttrs";

export function connect(modelId: number, user: PresenceUser, editable: boolean, handlers: CollabHandlers): Collab {
  const ydoc = new Y.Doc();
  // Per model and account name: another account in the same browser must not send this one's unsent edits.
  const local = editable ? new LocalCopy(`modelwerk:${modelDocumentName(modelId)}:${user.name}`, ydoc) : null;
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

  // Changes made here since the server last confirmed it has everything; kept with the copy so a reload still knows.
  let unsent = 0;
  const setUnsent = (count: number) => {
    unsent = count;
    local?.keep(UNSENT_KEY, count);
    handlers.onUnsent(count);
  };
  ydoc.on("update", (_update: Uint8Array, origin: unknown) => {
    if (origin !== provider && origin !== local && origin !== ID_REPAIR_ORIGIN) setUnsent(unsent + 1);
  });
  provider.on("unsyncedChanges", ({ number }: { number: number }) => {
    if (number === 0 && unsent > 0) setUnsent(0);
  });
  void local?.whenSynced.then(async () => {
    const stored = Number(await local.get(UNSENT_KEY)) || 0;
    if (provider.hasUnsyncedChanges || !provider.isSynced) setUnsent(stored + unsent);
    if (fragment.length > 0) handlers.onSynced();
  });
  const warnOnClose = (event: BeforeUnloadEvent) => {
    if (unsent === 0) return;
    event.preventDefault();
    // Older browsers need returnValue set to show their own "leave this page?" question.
    event.returnValue = "";
  };
  window.addEventListener("beforeunload", warnOnClose);
  return {
    ydoc,
    fragment,
    provider,
    destroy: () => {
      window.removeEventListener("beforeunload", warnOnClose);
      provider.destroy();
      void local?.destroy();
    },
  };
}
