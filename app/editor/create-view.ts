import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { initProseMirrorDoc, yCursorPlugin, ySyncPlugin, ySyncPluginKey, yUndoPlugin } from "y-prosemirror";
import { suggestingTransaction, type Suggester } from "../../ordinance-model/suggestions/index";
import { schema } from "../../ordinance-model/index";
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
import { uniqueIdsPlugin } from "./unique-ids-plugin";

// The ProseMirror view on the shared document. It is built only after the first sync, from the Yjs
// fragment itself (initProseMirrorDoc), so the client never writes an initial document of its own.

export interface ViewOptions {
  readonly collab: Collab;
  readonly editable: boolean;
  readonly label: string;
  readonly openDialog: (name: DialogName) => void;
  readonly onState: (state: EditorState) => void;
  /** Who suggests, while the editor is in Voorstellen; null in Bewerken. Read at every transaction. */
  readonly suggester: () => Suggester | null;
}

/** Set on a transaction that decides suggestions: it is applied as it is, also in Voorstellen. */
export const DECIDING = "modelwerk-deciding";

export function createView(mount: HTMLElement, { collab, editable, label, openDialog, onState, suggester }: ViewOptions): EditorView {
  const { doc: children, mapping } = initProseMirrorDoc(collab.fragment, schema);
  // Same child nodes (so the mapping stays valid) under a top node with the model's own numbering style.
  const doc = schema.topNodeType.create(collab.ydoc.getMap(ORDINANCE_ATTRS).toJSON(), children.content);
  const awareness = collab.provider.awareness!;
  // The plugins in one list: shared ones first, then those only a writer needs. A further plugin (a lint overlay, say)
  // is one more entry here.
  const plugins = [
    ySyncPlugin(collab.fragment, { mapping }),
    yCursorPlugin(awareness, {
      // Only well-formed presences of others are drawn (presence-state); the builders get the checked user.
      awarenessStateFilter: (own: number, client: number, state: unknown) => own !== client && readPresence(state, client) !== null,
      cursorBuilder: (user: unknown, client: number) => cursorLabel(presenceUser(user, client)!),
      selectionBuilder: (user: unknown, client: number) => selectionStyle(presenceUser(user, client)!),
    }),
    numberingPlugin,
    lintPlugin,
    suggestionPlugin,
    ...(editable ? [yUndoPlugin(), uniqueIdsPlugin, suggestKeys(() => suggester() !== null), ...editorKeymaps(openDialog)] : []),
  ];
  const view: EditorView = new EditorView(mount, {
    state: EditorState.create({ schema, doc, plugins }),
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
      // In Voorstellen the own edit becomes a suggestion; what cannot be suggested is not applied at all.
      const tr = who && !remote && original.docChanged ? suggestingTransaction(view.state, original, who) : original;
      if (!tr) return;
      const next = view.state.apply(tr);
      view.updateState(next);
      onState(next);
    },
  });
  return view;
}
