import type { Node } from "prosemirror-model";

// Small traversal helpers over ProseMirror nodes, so the other modules read as domain logic.

export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  node.forEach((child) => out.push(child));
  return out;
}

export function childOfType(node: Node, typeName: string): Node {
  for (let i = 0; i < node.childCount; i++) if (node.child(i).type.name === typeName) return node.child(i);
  throw new Error(`Een ${node.type.name} zonder ${typeName}: het document volgt het schema niet.`);
}

/** The child nodes after a chapter's, section's or article's heading. */
export function partsAfterHeading(node: Node): Node[] {
  return childrenOf(node).filter((c) => c.type.name !== "heading");
}

export function headingText(node: Node): string {
  const first = node.firstChild;
  return first && first.type.name === "heading" ? first.textContent : "";
}

/** The articles inside a body, chapter or section, in document order. */
export function articlesIn(node: Node): Node[] {
  const articles: Node[] = [];
  node.descendants((child) => {
    if (child.type.name === "article") articles.push(child);
    return child.type.name !== "article";
  });
  return articles;
}

/** Calls `visit` for every descendant with the chain of its ancestors (outermost first, excluding itself). */
export function walk(node: Node, visit: (node: Node, ancestors: readonly Node[]) => boolean | void, ancestors: Node[] = []): void {
  node.forEach((child) => {
    if (visit(child, ancestors) === false) return;
    ancestors.push(child);
    walk(child, visit, ancestors);
    ancestors.pop();
  });
}

/** An item that defines a term: its text opens with a term-marked word ("college: het college van …"). */
export function definedTermOf(item: Node): string | null {
  const first = item.firstChild?.firstChild;
  return first?.isText && first.marks.some((m) => m.type.name === "term") ? first.text!.trim() : null;
}

/** Slot key → kind, as registered in the document's own `slots` node. */
export function slotKindsIn(doc: Node): ReadonlyMap<string, string> {
  const kinds = new Map<string, string>();
  const slots = doc.lastChild;
  if (slots && slots.type.name === "slots") slots.forEach((def) => kinds.set(String(def.attrs.key), String(def.attrs.kind)));
  return kinds;
}
