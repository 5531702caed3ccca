import type { Node } from "prosemirror-model";
import { AllSelection, EditorState, NodeSelection, Plugin, PluginKey, TextSelection, type Command, type Selection, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { redoCommand, undoCommand, ySyncPluginKey } from "y-prosemirror";
import { inReadingOrder, inSharedOrder, repairOrderKeys } from "../../ordinance-model/article-order";
import { changedRanges, onlyWithinTextblocks } from "../../ordinance-model/editing/index";
import { changeBetween } from "./changed-range";

// The editor shows articles in reading order (their keys, ordinance-model/article-order.ts); y-prosemirror binds a
// document to Yjs position by position. So y-prosemirror is bound to a second state without a DOM, `SharedOrderView`,
// that holds the same nodes in the shared document's order, and this module keeps the two in step:
// - the editor's changes are put back into shared order (inSharedOrder) and dispatched there, so y-prosemirror writes
//   a move as the moved article's new key and an edit into the article's own shared element;
// - changes from Yjs (other writers, undo, id repair) arrive there and are shown in reading order (inReadingOrder).
// The two documents differ only by the order of articles within a run, so a position outside an article is the same
// in both and a position inside one shifts by where that article stands.

const fromShared = new PluginKey("fromShared");

/** A y-prosemirror-bound state in shared order. It implements just what y-prosemirror's plugin views use of a view. */
export class SharedOrderView {
  state: EditorState;
  /** The state before the transaction being dispatched: what Yjs holds while y-prosemirror writes it (yjs-write.ts). */
  previous: EditorState;
  private readonly pluginViews: { update?: (view: never, prev: EditorState) => void; destroy?: () => void }[];
  private pushing = false;

  constructor(
    state: EditorState,
    private readonly editor: () => EditorView | null,
    readonly dom: HTMLElement,
    private readonly onChange: (state: EditorState) => void,
  ) {
    this.state = this.previous = state;
    this.pluginViews = state.plugins.flatMap((plugin) => (plugin.spec.view ? [plugin.spec.view(this as never)] : []));
  }

  hasFocus(): boolean {
    return this.editor()?.hasFocus() ?? false;
  }

  /** The editor's document or shadow root: y-prosemirror reads the DOM selection there to decide on scrolling. */
  get _root(): Document | ShadowRoot {
    return this.editor()?.root ?? document;
  }

  dispatch(tr: Transaction): void {
    const prev = (this.previous = this.state);
    this.state = this.state.apply(tr);
    for (const view of this.pluginViews) view.update?.(this as never, prev);
    if (!this.pushing && tr.docChanged) this.onChange(this.state);
  }

  /** The editor's new state, written here in shared order (and so by y-prosemirror into Yjs). */
  follow(editor: EditorState, source: Transaction): void {
    const tr = typedInShared(this.state, source.before, editor.doc) ?? replaceChanged(this.state.tr, this.state.doc, inSharedOrder(editor.doc, this.state.doc));
    tr.setSelection(translatedSelection(editor.selection, editor.doc, tr.doc));
    if (source.getMeta("addToHistory") === false) tr.setMeta("addToHistory", false);
    this.pushing = true;
    try {
      this.dispatch(tr);
    } finally {
      this.pushing = false;
    }
  }

  destroy(): void {
    for (const view of this.pluginViews) view.destroy?.();
  }
}

/** The editor's transaction that shows a change of the shared state in reading order; null when nothing shows. */
export function showShared(editor: EditorState, shared: EditorState): Transaction | null {
  const doc = inReadingOrder(shared.doc);
  if (doc.eq(editor.doc)) return null;
  const tr = replaceChanged(editor.tr, editor.doc, doc);
  // Remote for every plugin that tells local from remote changes (unique ids, order keys, cursors).
  tr.setMeta(ySyncPluginKey, { isChangeOrigin: true }).setMeta(fromShared, true).setMeta("addToHistory", false);
  // A replacement over several articles would map the cursor to its end; y-prosemirror has already put the shared
  // state's selection back where it was (or where an undo put it), and the editor takes that one.
  return tr.setSelection(translatedSelection(shared.selection, shared.doc, tr.doc));
}

export const isFromShared = (tr: Transaction): boolean => tr.getMeta(fromShared) === true;

/** Replaces the part of `from` that differs from `to`, so that selections and decorations map through the rest. */
function replaceChanged(tr: Transaction, from: Node, to: Node): Transaction {
  // The top node's attributes are the text's settings (ORDINANCE_ATTRS): they travel with the children, both ways.
  for (const [key, value] of Object.entries(to.attrs)) if (from.attrs[key] !== value) tr.setDocAttribute(key, value);
  const start = from.content.findDiffStart(to.content);
  if (start === null) return tr;
  let { a: endA, b: endB } = from.content.findDiffEnd(to.content)!;
  // With repeated content the two ends can overlap the start; move both to keep the range well-formed.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return tr.replace(start, endA, to.slice(start, endB));
}

/**
 * A change inside one text block of `before` (typing), made at that text block's place in `shared`: the same as
 * putting `after` into shared order (inSharedOrder), without the walk over every article that costs each keystroke.
 * Null for any other change, or when the text block in `shared` is not the one the change was made in.
 */
export function typedInShared(shared: EditorState, before: Node, after: Node): Transaction | null {
  const change = changeBetween(before, after);
  if (!change || Object.keys(after.attrs).some((key) => before.attrs[key] !== after.attrs[key])) return null;
  const $from = before.resolve(change.from);
  const inOneBlock = (doc: Node, to: number) => doc.resolve(change.from).parent.isTextblock && doc.resolve(change.from).sameParent(doc.resolve(to));
  if (!inOneBlock(before, change.toBefore) || !inOneBlock(after, change.toAfter)) return null;
  const start = translatedPos($from.start(), before, shared.doc);
  const $block = shared.doc.resolve(start);
  if ($block.start() !== start || !$block.parent.eq($from.parent)) return null;
  const from = start + (change.from - $from.start());
  return shared.tr.replace(from, from + (change.toBefore - change.from), after.slice(change.from, change.toAfter));
}

/** `pos` in `from` as a position in `to`: the same place in the same article, wherever that article stands. */
export function translatedPos(pos: number, from: Node, to: Node): number {
  const $pos = from.resolve(Math.max(0, Math.min(pos, from.content.size)));
  for (let depth = $pos.depth; depth > 0; depth--) {
    if ($pos.node(depth).type.name !== "article") continue;
    const article = $pos.node(depth);
    const containerStart = $pos.start(depth - 1);
    // A remote change may have removed the whole part of the text the position was in (a replaced working draft).
    if (containerStart > to.content.size) break;
    const container = to.resolve(containerStart).parent;
    let found: number | null = null;
    container.forEach((child, offset) => {
      if (found === null && (child === article || (child.type.name === "article" && child.attrs.id === article.attrs.id))) found = offset;
    });
    if (found === null) return Math.min(pos, to.content.size);
    return containerStart + found + (pos - $pos.before(depth));
  }
  return Math.min(pos, to.content.size);
}

function translatedSelection(selection: Selection, from: Node, to: Node): Selection {
  if (selection instanceof AllSelection) return new AllSelection(to);
  const anchor = translatedPos(selection.anchor, from, to);
  if (selection instanceof NodeSelection && to.nodeAt(anchor)) return NodeSelection.create(to, anchor);
  return TextSelection.between(to.resolve(anchor), to.resolve(translatedPos(selection.head, from, to)));
}

/** Where the editor keeps its shared-order state, for undo and for presence. */
const sharedOrderKey = new PluginKey("sharedOrder");

/**
 * The editor's side: it holds the shared-order view and gives keys where the reading order needs them after the user's
 * own changes (repairOrderKeys; remote changes were keyed by their author, as ids are).
 */
export function sharedOrderPlugin(shared: () => SharedOrderView): Plugin {
  return new Plugin({
    key: sharedOrderKey,
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((tr) => tr.docChanged && !isFromShared(tr))) return null;
      // Typing inside text blocks adds no article and changes no key; the walk would cost every keystroke.
      if (onlyWithinTextblocks(state.doc, changedRanges(transactions))) return null;
      const tr = state.tr;
      return repairOrderKeys(tr) ? tr : null;
    },
    view: () => ({ destroy: () => shared().destroy() }),
    shared,
  });
}

/** The y-prosemirror-bound state behind an editor state, if it has one. */
export function sharedStateOf(state: EditorState): EditorState | undefined {
  return (sharedOrderKey.get(state)?.spec.shared as (() => SharedOrderView) | undefined)?.().state;
}

/** y-prosemirror's undo and redo, which live on the shared-order state. */
export const sharedUndo: Command = (state, dispatch) => undoCommand(sharedStateOf(state) ?? state, dispatch);
export const sharedRedo: Command = (state, dispatch) => redoCommand(sharedStateOf(state) ?? state, dispatch);
