import * as Y from "yjs";
import type { Node } from "prosemirror-model";
import { EditorState, type Transaction } from "prosemirror-state";
import { initProseMirrorDoc } from "y-prosemirror";
import { schema } from "../../ordinance-model/index";
import { changedRanges, repairIds as repairLocalIds } from "../../ordinance-model/editing/index";
import { newArticle, newItem, newMember } from "../../ordinance-model/editing/nodes";
import { inReadingOrder, inSharedOrder, repairOrderKeys, withoutOrderKey } from "../../ordinance-model/article-order";
import { ORDINANCE_FRAGMENT, yDocToOrdinanceJSON } from "../../app/collab/ordinance-ydoc.server";
import { changedStructure, repairIds } from "../../app/collab/id-repair";
import { writeChange } from "../../app/editor/yjs-write";

// The editor's write path without a browser: the Yjs document is turned into a ProseMirror document the way the
// editor's binding does it (initProseMirrorDoc), a ProseMirror change is made, the unique-ids plugin's repair runs,
// and y-prosemirror writes the difference back (updateYFragment, from where the change is: app/editor/yjs-write.ts). So the fuzz test produces exactly the shared
// operations real editors produce, including y-prosemirror's own way of writing a move.

/** Runs the deterministic id repair after each structural transaction, as app/editor/collab.ts does in the browser. */
export function repairLikeTheEditor(doc: Y.Doc): void {
  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (changedStructure(transaction)) queueMicrotask(() => repairIds(doc, doc.getXmlFragment(ORDINANCE_FRAGMENT)));
  });
}

/**
 * The document as the editor's binding sees it. Throws when conversion had to drop a node: y-prosemirror then deletes
 * the shared element for everyone, which is exactly what must never happen. (Conversion may also write without
 * dropping anything: it joins two adjacent shared texts that concurrent typing left side by side.)
 */
export function editorView(doc: Y.Doc): ReturnType<typeof initProseMirrorDoc> {
  const before = yDocToOrdinanceJSON(doc);
  const view = initProseMirrorDoc(doc.getXmlFragment(ORDINANCE_FRAGMENT), schema);
  let expected;
  try {
    expected = schema.nodeFromJSON(before);
    expected.check();
  } catch (error) {
    throw new Error(`de omzetting naar ProseMirror liet een knoop vallen: ${(error as Error).message}`);
  }
  // The JSON reads in key order (article-order.ts); the binding's document is in shared order.
  if (!expected.content.eq(inReadingOrder(view.doc).content)) throw new Error("de omzetting naar ProseMirror liet een knoop vallen");
  return view;
}

/** One editing step: `change` edits a transaction and returns false where it does not apply. */
export function edit(doc: Y.Doc, change: (tr: Transaction) => boolean): boolean {
  const { doc: shared, meta } = editorView(doc);
  // As app/editor/shared-order.ts: the change is made in reading order and written back in the shared order.
  const tr = EditorState.create({ schema, doc: inReadingOrder(shared) }).tr;
  if (!change(tr)) return false;
  repairLocalIds(tr, changedRanges([tr]));
  repairOrderKeys(tr);
  doc.transact(() => writeChange(doc.getXmlFragment(ORDINANCE_FRAGMENT), meta as never, shared, inSharedOrder(tr.doc, shared)));
  return true;
}

export interface Site {
  node: Node;
  pos: number;
  parent: Node;
  index: number;
}

export function sitesOf(doc: Node, name: string): Site[] {
  const sites: Site[] = [];
  doc.descendants((node, pos, parent, index) => {
    if (node.type.name === name) sites.push({ node, pos, parent: parent!, index });
  });
  return sites;
}

/** Positions inside paragraph text: where one types, splits and deletes. */
export function textPositions(doc: Node, within: string): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos, parent) => {
    if (node.type.name === "paragraph" && parent?.type.name === within) for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
    return node.isBlock;
  });
  return positions;
}

/** The structural edits of the fuzz test; `pick(n)` chooses one of n places. */
export const structuralEdits = {
  typeText: (tr: Transaction, pick: (n: number) => number, word: string) => {
    const positions = [...textPositions(tr.doc, "member"), ...textPositions(tr.doc, "item")];
    if (!positions.length) return false;
    tr.insertText(word, positions[pick(positions.length)]!);
    return true;
  },
  deleteText: (tr: Transaction, pick: (n: number) => number) => {
    const paragraphs = sitesOf(tr.doc, "paragraph").filter((s) => s.node.content.size > 1);
    if (!paragraphs.length) return false;
    const { node, pos } = paragraphs[pick(paragraphs.length)]!;
    const from = pick(node.content.size);
    tr.delete(pos + 1 + from, pos + 1 + Math.min(node.content.size, from + 1 + pick(12)));
    return true;
  },
  insertMember: (tr: Transaction, pick: (n: number) => number) => insertAfter(tr, sitesOf(tr.doc, "member"), pick, newMember),
  deleteMember: (tr: Transaction, pick: (n: number) => number) => deleteOne(tr, sitesOf(tr.doc, "member"), pick),
  splitMember: (tr: Transaction, pick: (n: number) => number) => split(tr, textPositions(tr.doc, "member"), pick),
  joinMembers: (tr: Transaction, pick: (n: number) => number) => joinNext(tr, sitesOf(tr.doc, "member"), pick),
  insertItem: (tr: Transaction, pick: (n: number) => number) => insertAfter(tr, sitesOf(tr.doc, "item"), pick, newItem),
  deleteItem: (tr: Transaction, pick: (n: number) => number) => deleteOne(tr, sitesOf(tr.doc, "item"), pick),
  splitItem: (tr: Transaction, pick: (n: number) => number) => split(tr, textPositions(tr.doc, "item"), pick),
  joinItems: (tr: Transaction, pick: (n: number) => number) => joinNext(tr, sitesOf(tr.doc, "item"), pick),
  insertArticle: (tr: Transaction, pick: (n: number) => number) => insertAfter(tr, sitesOf(tr.doc, "article"), pick, newArticle),
  deleteArticle: (tr: Transaction, pick: (n: number) => number) => deleteOne(tr, sitesOf(tr.doc, "article"), pick),
  /** As the editor's moveArticle: the article below its next sibling, without its key (which `edit` gives anew). */
  moveArticle: (tr: Transaction, pick: (n: number) => number) => {
    const movable = sitesOf(tr.doc, "article").filter((s) => s.parent.maybeChild(s.index + 1)?.type.name === "article");
    if (!movable.length) return false;
    moveBy(tr, movable[pick(movable.length)]!.pos, 1);
    return true;
  },
};

export type EditName = keyof typeof structuralEdits;

/** Moves the article at `pos` past its next (1) or previous (-1) sibling, as moveArticle does; false where it has none. */
export function moveBy(tr: Transaction, pos: number, direction: -1 | 1): boolean {
  const $pos = tr.doc.resolve(pos);
  const article = tr.doc.nodeAt(pos)!;
  const sibling = $pos.parent.maybeChild($pos.index() + direction);
  if (sibling?.type.name !== "article") return false;
  tr.delete(pos, pos + article.nodeSize);
  tr.insert(direction === 1 ? pos + sibling.nodeSize : pos - sibling.nodeSize, withoutOrderKey(article));
  return true;
}

function insertAfter(tr: Transaction, sites: Site[], pick: (n: number) => number, make: () => Node): boolean {
  if (!sites.length) return false;
  const { node, pos } = sites[pick(sites.length)]!;
  tr.insert(pos + node.nodeSize, make());
  return true;
}

function deleteOne(tr: Transaction, sites: Site[], pick: (n: number) => number): boolean {
  if (!sites.length) return false;
  const { node, pos } = sites[pick(sites.length)]!;
  tr.delete(pos, pos + node.nodeSize);
  return true;
}

/** Splits the paragraph and its member or item at a text position; the new half gets a fresh id from the local repair. */
function split(tr: Transaction, positions: number[], pick: (n: number) => number): boolean {
  if (!positions.length) return false;
  tr.split(positions[pick(positions.length)]!, 2);
  return true;
}

/** Joins a member or item with the next one of its parent, as Backspace at the start of the second does. */
function joinNext(tr: Transaction, sites: Site[], pick: (n: number) => number): boolean {
  const joinable = sites.filter((s) => s.parent.maybeChild(s.index + 1)?.type.name === s.node.type.name);
  if (!joinable.length) return false;
  const { node, pos } = joinable[pick(joinable.length)]!;
  tr.join(pos + node.nodeSize);
  return true;
}
