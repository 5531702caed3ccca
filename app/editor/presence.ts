import type { EditorState } from "prosemirror-state";
import * as Y from "yjs";
import { relativePositionToAbsolutePosition, ySyncPluginKey } from "y-prosemirror";
import type { Awareness } from "y-protocols/awareness";
import { ancestorOf } from "../../ordinance-model/editing/index";
import type { PresenceUser } from "./collab";
import { readPresence } from "./presence-state";
import { sharedStateOf } from "./shared-order";

// Who is in which article: the others' cursors arrive through awareness as Yjs relative positions
// (written by yCursorPlugin); mapped to this editor's document they name the article around them. Malformed states
// are skipped (presence-state).

/** article id → the other users whose cursor stands in it. */
export function presenceByArticle(editor: EditorState, awareness: Awareness): Map<string, PresenceUser[]> {
  const present = new Map<string, PresenceUser[]>();
  // Positions are placed in the state y-prosemirror is bound to (shared-order.ts); article ids are the same in both.
  const state = sharedStateOf(editor) ?? editor;
  const sync = ySyncPluginKey.getState(state) as { doc: Y.Doc; type: Y.XmlFragment; binding: { mapping: unknown } } | undefined;
  if (!sync?.binding) return present;
  awareness.getStates().forEach((entry: unknown, clientId) => {
    const presence = clientId === awareness.clientID ? null : readPresence(entry, clientId);
    if (!presence) return;
    let pos: number | null = null;
    try {
      pos = relativePositionToAbsolutePosition(sync.doc, sync.type, Y.createRelativePositionFromJSON(presence.cursor.head), sync.binding.mapping as never);
    } catch {
      // A well-formed position that this document cannot place (another document's, a corrupt one): not shown.
    }
    if (pos === null || pos < 0 || pos > state.doc.content.size) return;
    const article = ancestorOf(state.doc.resolve(pos), ["article"]);
    if (!article) return;
    const id = String(article.node.attrs.id);
    present.set(id, [...(present.get(id) ?? []), presence.user]);
  });
  return present;
}
