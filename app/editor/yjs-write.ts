import type { Node } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";
import * as Y from "yjs";
import { getRelativeSelection, updateYFragment, ySyncPluginKey } from "y-prosemirror";
import { changeBetween } from "./changed-range";

// y-prosemirror writes the editor's change into Yjs by comparing the document with the shared type from the top
// (updateYFragment). Where one child of a node differs it picks that child by comparing its siblings in full, deep,
// without its mapping (computeChildEqualityFactor, equalYTypePNode): on every keystroke, all articles of the chapter
// the cursor is in, twice. So the write starts lower: at the deepest node that holds the whole change, reached
// through nodes that y-prosemirror's mapping shows to be the ones Yjs holds; from there updateYFragment does the rest,
// as it would have done from the top (decision 069).

/** What updateYFragment reads and writes of y-prosemirror's binding. */
export interface YWriteMeta {
  // `any`: Yjs types are invariant in their event type, and the mapping holds every kind.
  readonly mapping: Map<Y.AbstractType<any>, Node | Node[]>;
  readonly isOMark: Map<unknown, boolean>;
}

/**
 * Writes `after` into `fragment`, which holds `before` (each of its elements mapped to its node in `before`). The
 * result is that of updateYFragment on the whole document; call it inside a Yjs transaction.
 */
export function writeChange(fragment: Y.XmlFragment, meta: YWriteMeta, before: Node, after: Node): void {
  const change = changeBetween(before, after);
  meta.mapping.set(fragment, after);
  let shared: Y.XmlFragment | Y.XmlElement = fragment;
  let depth = 0;
  if (change) {
    const [$a, $b] = [before.resolve(change.from), after.resolve(change.from)];
    // Down through the nodes that hold the whole change in both documents, with their tokens and attributes unchanged.
    for (; depth < Math.min($a.depth, $b.depth) && !$b.node(depth).inlineContent; depth++) {
      const [childA, childB] = [$a.node(depth + 1), $b.node(depth + 1)];
      if (change.toBefore > $a.end(depth + 1) || change.toAfter > $b.end(depth + 1) || !childA.sameMarkup(childB)) break;
      const element: unknown = shared.get($b.index(depth));
      if (!(element instanceof Y.XmlElement) || meta.mapping.get(element) !== childA) break;
      meta.mapping.set(element, childB);
      shared = element;
    }
    updateYFragment(fragment.doc!, shared, $b.node(depth), meta as never);
  } else updateYFragment(fragment.doc!, fragment, after, meta as never);
}

interface Binding extends YWriteMeta {
  readonly doc: Y.Doc;
  readonly type: Y.XmlFragment;
  readonly prosemirrorView: { state: EditorState } | null;
  beforeTransactionSelection: unknown;
  _prosemirrorChanged(doc: Node): void;
}

/**
 * Makes the y-prosemirror binding of `state` write only what changed. `before` gives the document Yjs holds when the
 * binding writes: the bound state's document before the transaction being written.
 */
export function writeOnlyChanges(state: EditorState, before: () => Node): void {
  const binding = (ySyncPluginKey.getState(state) as { binding: Binding }).binding;
  // The same as y-prosemirror's own _prosemirrorChanged (1.3.7), with writeChange for updateYFragment.
  binding._prosemirrorChanged = (doc: Node) => {
    binding.doc.transact(() => {
      writeChange(binding.type, binding, before(), doc);
      binding.beforeTransactionSelection = getRelativeSelection(binding as never, binding.prosemirrorView!.state);
    }, ySyncPluginKey);
  };
}
