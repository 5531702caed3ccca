import * as Y from "yjs";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet, type EditorView } from "prosemirror-view";
import { relativePositionToAbsolutePosition, ySyncPluginKey } from "y-prosemirror";
import type { Awareness } from "y-protocols/awareness";
import { isFromShared, sharedStateOf, translatedPos } from "./shared-order";
import { cursorLabel, selectionStyle } from "./cursor-label";
import { readPresence } from "./presence-state";

// The others' carets and selections in the editor. yCursorPlugin, on the shared-order state (shared-order.ts), still
// writes this user's cursor to awareness; it cannot draw there, because that state has no DOM and its positions are in
// shared order. This plugin places each remote cursor as yCursorPlugin would and shows it in reading order.

const cursorsKey = new PluginKey<DecorationSet>("sharedCursors");

function cursorDecorations(state: EditorState, awareness: Awareness): DecorationSet {
  const shared = sharedStateOf(state);
  const sync = shared && (ySyncPluginKey.getState(shared) as { doc: Y.Doc; type: Y.XmlFragment; binding?: { mapping: Map<unknown, unknown> } } | undefined);
  if (!shared || !sync?.binding || sync.binding.mapping.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  const max = Math.max(state.doc.content.size - 1, 0);
  const place = (relative: unknown): number | null => {
    const pos = relativePositionToAbsolutePosition(sync.doc, sync.type, Y.createRelativePositionFromJSON(relative), sync.binding!.mapping as never);
    return pos === null ? null : Math.min(translatedPos(pos, shared.doc, state.doc), max);
  };
  awareness.getStates().forEach((entry: unknown, client) => {
    const presence = client === awareness.clientID ? null : readPresence(entry, client);
    if (!presence) return;
    let anchor: number | null = null;
    let head: number | null = null;
    try {
      anchor = place(presence.cursor.anchor);
      head = place(presence.cursor.head);
    } catch {
      // A well-formed position this document cannot place (another document's): not shown.
    }
    if (anchor === null || head === null) return;
    const { user } = presence;
    decorations.push(Decoration.widget(head, () => cursorLabel(user), { key: String(client), side: 10 }));
    decorations.push(Decoration.inline(Math.min(anchor, head), Math.max(anchor, head), selectionStyle(user), { inclusiveEnd: true, inclusiveStart: false }));
  });
  return DecorationSet.create(state.doc, decorations);
}

/** Draws the cursors that are there already (later changes redraw by themselves). */
export const showCursors = (view: EditorView) => view.dispatch(view.state.tr.setMeta(cursorsKey, true));

export function sharedCursorsPlugin(awareness: Awareness): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: cursorsKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, previous, _old, state) =>
        isFromShared(tr) || tr.getMeta(cursorsKey) ? cursorDecorations(state, awareness) : previous.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => cursorsKey.getState(state) },
    view: (view) => {
      const redraw = () => showCursors(view);
      awareness.on("change", redraw);
      return { destroy: () => awareness.off("change", redraw) };
    },
  });
}
