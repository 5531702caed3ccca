import type * as Y from "yjs";
import { EditorState } from "prosemirror-state";
import { initProseMirrorDoc, updateYFragment } from "y-prosemirror";
import { schema } from "../../ordinance-model/index";
import { inReadingOrder, inSharedOrder, repairOrderKeys } from "../../ordinance-model/article-order";

// Every article gets its order key (decision 063) on the server: in a model's first shared state, and when a document
// stored before keys is loaded, before any writer edits it.
// Otherwise the first two writers of a text from before keys would each key every article, and if one of them had
// just moved an article, the other's keys could win and undo the move. Written the way the editor writes (the same
// repair, through y-prosemirror), stored and broadcast as the server's own change.

export const ORDER_KEYS_ORIGIN = "modelwerk-order-keys";

/** A stored document with a key on every article, in reading order: how a model's first shared state starts. */
export function withOrderKeys(json: unknown): unknown {
  const tr = EditorState.create({ schema, doc: inReadingOrder(schema.nodeFromJSON(json)) }).tr;
  repairOrderKeys(tr);
  return tr.doc.toJSON();
}

/** Gives keys where the reading order needs them (a document stored before keys); returns whether it wrote anything. */
export function giveOrderKeys(doc: Y.Doc, fragment: Y.XmlFragment): boolean {
  const { doc: shared, meta } = initProseMirrorDoc(fragment, schema);
  const tr = EditorState.create({ schema, doc: inReadingOrder(shared) }).tr;
  if (!repairOrderKeys(tr)) return false;
  doc.transact(() => updateYFragment(doc, fragment, inSharedOrder(tr.doc, shared), meta), ORDER_KEYS_ORIGIN);
  return true;
}
