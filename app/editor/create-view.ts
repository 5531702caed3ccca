import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { initProseMirrorDoc, yCursorPlugin, ySyncPlugin, ySyncPluginKey, yUndoPlugin } from "y-prosemirror";
import { suggestingTransaction, takesAwayOthersSuggestion, type Suggester } from "../../ordinance-model/suggestions/index";
import { schema } from "../../ordinance-model/index";
import { inReadingOrder } from "../../ordinance-model/article-order";
import type { DialogName } from "./actions";
import { ORDINANCE_ATTRS, type Collab } from "./collab";
import { cursorLabel, selectionStyle } from "./cursor-label";
import { inlineViews } from "./inline-views";
import { editorKeymaps } from "./keymaps";
import { lintPlugin } from "./lint-plugin";
import { numberingPlugin } from "./numbering-plugin";
import { suggestionPlugin } from "./suggestion-plugin";
import { suggestKeys } from "./suggest-keys";
import { presenceUser, readPresence } from "./presence-state";
import { sharedCursorsPlugin, showCursors } from "./shared-cursors";
import { SharedOrderView, isFromShared, sharedOrderPlugin, showShared } from "./shared-order";
import { uniqueIdsPlugin } from "./unique-ids-plugin";
import { writeOnlyChanges } from "./yjs-write";

// The ProseMirror view on the shared document. It is built only after the first sync, from the Yjs
// fragment itself (initProseMirrorDoc), so the client never writes an initial document of its own.
// y-prosemirror is bound to a state in the shared document's order; the view shows articles in reading order, their
// keys' order (shared-order.ts, decision 063), so that a move is a change of key and not a delete and an insert.

export interface ViewOptions {
  readonly collab: Collab;
  readonly editable: boolean;
  readonly label: string;
  readonly openDialog: (name: DialogName) => void;
  readonly onState: (state: EditorState) => void;
  /** Who suggests, while the editor is in Voorstellen; null in Bewerken. Read at every transaction. */
  readonly suggester: () => Suggester | null;
  /** The writer, when it may not decide others' suggestions (no model.acceptSuggestion); null for the redactie. */
  readonly undecided: { id: number; name: string } | null;
  /** Why a local edit was not applied (in Dutch), or null once one is. */
  readonly onRefused: (message: string | null) => void;
}

/** Said when an edit in Bewerken would take away another's suggestion; the sync server would refuse it too. */
export const OTHERS_SUGGESTION_MESSAGE = "Dit is een voorstel van een ander. Alleen de redactie kan het aanvaarden of afwijzen; uw wijziging is niet doorgevoerd.";

/** Set on a transaction that decides suggestions: it is applied as it is, also in Voorstellen. */
export const DECIDING = "modelwerk-deciding";

export function createView(mount: HTMLElement, { collab, editable, label, openDialog, onState, suggester, undecided, onRefused }: ViewOptions): EditorView {
  const { doc: children, mapping } = initProseMirrorDoc(collab.fragment, schema);
  // Same child nodes (so the mapping stays valid) under a top node with the model's own numbering style.
  const sharedDoc = schema.topNodeType.create(collab.ydoc.getMap(ORDINANCE_ATTRS).toJSON(), children.content);
  const awareness = collab.provider.awareness!;
  let shared: SharedOrderView | null = null;
  // The plugins in one list: shared ones first, then those only a writer needs. A further plugin (a lint overlay, say)
  // is one more entry here.
  const plugins = [
    sharedOrderPlugin(() => shared!),
    sharedCursorsPlugin(awareness),
    numberingPlugin,
    lintPlugin,
    suggestionPlugin,
    ...(editable ? [uniqueIdsPlugin, suggestKeys(() => suggester() !== null), ...editorKeymaps(openDialog)] : []),
  ];
  const view: EditorView = new EditorView(mount, {
    state: EditorState.create({ schema, doc: inReadingOrder(sharedDoc), plugins }),
    editable: () => editable,
    nodeViews: inlineViews,
    attributes: {
      "aria-label": label,
      "aria-multiline": "true",
      role: "textbox",
      ...(editable ? {} : { "aria-readonly": "true" }),
      class: "mw-editor-surface",
    },
    dispatchTransaction(original) {
      const who = suggester();
      const remote = original.getMeta(ySyncPluginKey) !== undefined || original.getMeta(DECIDING) === true;
      const local = !remote && original.docChanged;
      if (local && !who && undecided && takesAwayOthersSuggestion(original, undecided)) return onRefused(OTHERS_SUGGESTION_MESSAGE);
      // In Voorstellen the own edit becomes a suggestion; what cannot be suggested is not applied at all.
      const tr = who && local ? suggestingTransaction(view.state, original, who) : original;
      if (!tr) return;
      if (local) onRefused(null);
      const next = view.state.apply(tr);
      if (!isFromShared(tr) && (tr.docChanged || tr.selectionSet)) shared?.follow(next, tr);
      view.updateState(next);
      onState(next);
    },
  });
  // The settings of the whole text live beside the fragment (y-prosemirror keeps only the children): a change by the
  // redactie, here or elsewhere, becomes a change of the top node's attrs, so numbering and labels follow at once.
  // Applied once the whole Yjs transaction is observed: Yjs calls this map's observer before the fragment's deep
  // observer, and a change dispatched now would write the not yet updated children back over a change of the text made
  // in the same transaction (a replaced working draft sets both).
  const settings = collab.ydoc.getMap(ORDINANCE_ATTRS);
  settings.observe(({ keysChanged }) => {
    collab.ydoc.once("afterTransaction", () => {
      const tr = view.state.tr.setMeta("addToHistory", false);
      for (const key of keysChanged) if (key in schema.topNodeType.spec.attrs!) tr.setDocAttribute(key, settings.get(key) ?? schema.topNodeType.spec.attrs![key]!.default);
      if (tr.docChanged) view.dispatch(tr);
    });
  });
  const sharedPlugins = [
    ySyncPlugin(collab.fragment, { mapping }),
    // Writes this user's cursor to awareness; the editor draws the others' (shared-cursors.ts).
    yCursorPlugin(awareness, {
      // Only well-formed presences of others are drawn (presence-state); the builders get the checked user.
      awarenessStateFilter: (own: number, client: number, state: unknown) => own !== client && readPresence(state, client) !== null,
      cursorBuilder: (user: unknown, client: number) => cursorLabel(presenceUser(user, client)!),
      selectionBuilder: (user: unknown, client: number) => selectionStyle(presenceUser(user, client)!),
    }),
    ...(editable ? [yUndoPlugin()] : []),
  ];
  shared = new SharedOrderView(EditorState.create({ schema, doc: sharedDoc, plugins: sharedPlugins }), () => view, view.dom, (state) => {
    const show = showShared(view.state, state);
    if (show) view.dispatch(show);
  });
  writeOnlyChanges(shared.state, () => shared!.previous.doc);
  showCursors(view);
  return view;
}
