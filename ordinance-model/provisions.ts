import type { Node } from "prosemirror-model";
import { inlineSegments } from "./inline";
import type { OrdinanceModel } from "./model";
import { placeInWords, referenceOrigins } from "./references";
import { childOfType, headingText, walk } from "./tree";

// The provisions a reader can point at (articles, members, items) with their place in words and their wording as
// plain text: what a comment anchors to, what a proposed wording is compared with, and what versions are compared by.

export type ProvisionKind = "article" | "member" | "item";

export interface Provision {
  readonly id: string;
  readonly kind: ProvisionKind;
  /** "artikel 4, tweede lid, onderdeel b", computed from the structure of this text. */
  readonly place: string;
  /** The article the provision stands in (itself for an article), and its heading. */
  readonly articleId: string;
  readonly heading: string;
  /** The wording: one line per paragraph, references in words and slots as [label]. */
  readonly text: string;
}

const kinds = new Set<string>(["article", "member", "item"]);

function blockText(model: OrdinanceModel, block: Node, origins: WeakMap<Node, string>): string {
  return inlineSegments(block, model.numbering, origins.get(block))
    .map((s) => (s.kind === "text" ? s.text : s.kind === "reference" ? (s.words ?? "[vervallen verwijzing]") : s.kind === "law" ? s.words : `[${model.slots.get(s.key)?.label ?? s.key}]`))
    .join("");
}

function wording(model: OrdinanceModel, node: Node, origins: WeakMap<Node, string>): string {
  const lines: string[] = [];
  node.descendants((child) => {
    if (child.type.name === "paragraph" || child.type.name === "heading") lines.push(blockText(model, child, origins));
    return !child.isTextblock;
  });
  return lines.join("\n");
}

/** Every article, member and item of the body in document order. */
export function provisions(model: OrdinanceModel): Provision[] {
  const origins = referenceOrigins(model.doc, model.numbering);
  const out: Provision[] = [];
  walk(childOfType(model.doc, "body"), (node, ancestors) => {
    if (!kinds.has(node.type.name)) return;
    const id = String(node.attrs.id);
    const article = node.type.name === "article" ? node : ancestors.find((a) => a.type.name === "article")!;
    out.push({
      id,
      kind: node.type.name as ProvisionKind,
      place: placeInWords(model.numbering, id) ?? "bepaling zonder nummer",
      articleId: String(article.attrs.id),
      heading: headingText(article),
      text: wording(model, node, origins),
    });
  });
  return out;
}
