import { Fragment, type Node } from "prosemirror-model";
import { computeNumbering, type NumberInForce, type Numbering } from "../numbering";
import { childOfType, childrenOf } from "../tree";

// A text in force: the document and the numbers its chapters, sections and articles carry in force. Those numbers
// are the result of computeNumbering too (in its in-force mode); only which of them still stand is carried along.

export interface TextInForce {
  readonly doc: Node;
  /** Chapter, section and article id → the number it keeps ("12", "12a"), deleted ones included. */
  readonly inForce: ReadonlyMap<string, NumberInForce>;
}

const keepsNumber = (kind: string): kind is NumberInForce["kind"] => kind === "chapter" || kind === "section" || kind === "article";

/** The text as adopted (or as in force after an amendment), with the numbers it carries. */
export function textInForce(text: { readonly doc: Node; readonly numbering: Numbering }): TextInForce {
  const inForce = new Map<string, NumberInForce>();
  for (const entry of text.numbering.values()) if (keepsNumber(entry.kind)) inForce.set(entry.id, { kind: entry.kind, designation: entry.designation! });
  return { doc: text.doc, inForce };
}

export function numberingInForce(text: TextInForce): Numbering {
  return computeNumbering(text.doc, { inForce: text.inForce });
}

/** An error in applying instructions: an instruction that does not fit the text it is applied to. */
export class AmendmentError extends Error {
  override readonly name = "AmendmentError";
}

/** A copy of `node` where `change` may replace any descendant by other nodes (null: leave it and look inside). */
export function rewrite(node: Node, change: (node: Node) => Node[] | null): Node {
  if (node.isTextblock || node.isLeaf) return node;
  let changed = false;
  const children = childrenOf(node).flatMap((child) => {
    const replaced = change(child);
    const out = replaced ?? [rewrite(child, change)];
    if (replaced || out[0] !== child) changed = true;
    return out;
  });
  return changed ? node.copy(Fragment.fromArray(children)) : node;
}

export function findById(doc: Node, id: string): Node | null {
  let found: Node | null = null;
  doc.descendants((node) => {
    if (found) return false;
    if (node.attrs.id === id && !node.isInline) found = node;
    return !found;
  });
  return found;
}

/** Where children go: the body (id null), a chapter, section or article, or the n-th item list of a member or item. */
export interface Parent {
  readonly id: string | null;
  readonly list?: number;
}

export function parentNode(doc: Node, parent: Parent): Node {
  const owner = parent.id === null ? childOfType(doc, "body") : findById(doc, parent.id);
  if (!owner) throw new AmendmentError(`Bepaling ${parent.id} staat niet in de tekst.`);
  if (parent.list === undefined) return owner;
  const list = childrenOf(owner).filter((c) => c.type.name === "itemList")[parent.list];
  if (!list) throw new AmendmentError(`Bepaling ${parent.id} heeft geen opsomming ${parent.list + 1}.`);
  return list;
}

/** The parent of the node with this id, as a Parent. */
export function parentOf(doc: Node, id: string): Parent {
  let result: Parent | null = null;
  const visit = (node: Node, owner: Node | null, list: number | undefined): void => {
    let lists = 0;
    node.forEach((child) => {
      if (result) return;
      if (child.attrs.id === id && !child.isInline) {
        result = node.type.name === "body" ? { id: null } : node.type.name === "itemList" ? { id: String(owner!.attrs.id), list } : { id: String(node.attrs.id) };
        return;
      }
      if (child.type.name === "itemList") visit(child, node, lists++);
      else if (!child.isTextblock && !child.isLeaf) visit(child, null, undefined);
    });
  };
  visit(doc, null, undefined);
  if (!result) throw new AmendmentError(`Bepaling ${id} staat niet in de tekst.`);
  return result;
}

/** Replaces the children of the parent node by what `change` makes of them. */
export function withChildren(doc: Node, parent: Parent, change: (children: Node[]) => Node[]): Node {
  const target = parentNode(doc, parent);
  return rewrite(doc, (node) => (node === target ? [node.copy(Fragment.fromArray(change(childrenOf(node))))] : null));
}

/** The paragraphs of a provision, its nested items included, in order. */
export function paragraphsOf(node: Node): Node[] {
  const out: Node[] = [];
  node.descendants((child) => {
    if (child.type.name === "paragraph") out.push(child);
    return !child.isTextblock;
  });
  return out;
}

/** A paragraph as a string in which each inline atom (a reference, a slot value) stands as one object character. */
export const atom = "\uFFFC";
export function paragraphString(paragraph: Node): string {
  let out = "";
  paragraph.forEach((child) => (out += child.isText ? child.text! : atom));
  return out;
}
