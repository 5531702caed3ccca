import type { Json } from "../db/seed/model-builders";

// A model about ten times the Twente model: its chapters repeated `copies` times, every id (and every reference and
// article note pointing at one) given the copy's suffix, so each copy is a valid, self-contained stretch of text.
// The slot registry is shared; parseModel accepts the result.

type Node = Json & { type: string; attrs?: Json; content?: Node[] };

function suffixed(node: Node, suffix: string): Node {
  const attrs = node.attrs ? { ...node.attrs } : undefined;
  if (attrs) for (const key of ["id", "target", "article"]) if (typeof attrs[key] === "string") attrs[key] = `${attrs[key] as string}${suffix}`;
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map((child) => suffixed(child, suffix)) } : {}) };
}

export function largeModel(model: Json, copies: number): Json {
  const root = model as Node;
  const copiesOf = (nodes: readonly Node[]) => Array.from({ length: copies }, (_, k) => nodes.map((node) => (k === 0 ? node : suffixed(node, `-k${k}`)))).flat();
  const content = root.content!.map((part) => {
    if (part.type === "body") return { ...part, content: copiesOf(part.content!) };
    if (part.type !== "notes") return part;
    return { ...part, content: part.content!.map((notes) => (notes.type === "articleNotes" ? { ...notes, content: copiesOf(notes.content ?? []) } : notes)) };
  });
  return { ...root, content };
}
