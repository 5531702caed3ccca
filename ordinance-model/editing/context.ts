import type { Node, ResolvedPos } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";

// Where the cursor stands in the ordinance structure: the commands act on "the current article",
// "the current member", and so on.

export interface Located {
  readonly node: Node;
  /** Position directly before the node. */
  readonly pos: number;
  readonly depth: number;
}

/** The innermost ancestor of `$pos` (itself included, for a node selection) whose type is one of `types`. */
export function ancestorOf($pos: ResolvedPos, types: readonly string[]): Located | null {
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth);
    if (types.includes(node.type.name)) return { node, pos: $pos.before(depth), depth };
  }
  return null;
}

export const currentOf = (state: EditorState, ...types: string[]): Located | null => ancestorOf(state.selection.$from, types);

/** The body node and the position of its content start. */
export function bodyOf(doc: Node): { node: Node; start: number } {
  let start = 0;
  let body: Node | null = null;
  doc.forEach((child, offset) => {
    if (child.type.name === "body") {
      body = child;
      start = offset + 1;
    }
  });
  if (!body) throw new Error("Een verordening zonder body: het document volgt het schema niet.");
  return { node: body, start };
}

/** The position of the first text position inside the node that starts at `pos`. */
export function firstTextPos(doc: Node, pos: number): number {
  let found = pos + 1;
  let done = false;
  doc.nodeAt(pos)!.descendants((node, offset) => {
    if (done) return false;
    if (node.isTextblock) {
      found = pos + 1 + offset + 1;
      done = true;
      return false;
    }
    return true;
  });
  return found;
}

/** The nodes around `$pos`, outermost first (the top node excluded): where a reference there stands (innermostNumbered). */
export const ancestorsAt = ($pos: ResolvedPos): Node[] => Array.from({ length: $pos.depth }, (_, i) => $pos.node(i + 1));
