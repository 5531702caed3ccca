import type { Node } from "prosemirror-model";
import { conditionOf, type Condition } from "./condition";
import { danglingMarker, inlineSegments } from "./inline";
import { referenceOrigins } from "./references";
import type { NumberedKind } from "./numbering";
import { articleHeadings, orderedArticleNotes, slotLabelOf, type RenderSource } from "./render-source";
import { childOfType, childrenOf, partsAfterHeading } from "./tree";

// A structured outline with computed numbers and text in words, for APIs, exports and tests that
// want the structure without parsing HTML. Slots left in the text appear as "[label]".

export interface OutlineNode {
  readonly kind: NumberedKind | "paragraph";
  /** null for paragraphs, which carry no id. */
  readonly id: string | null;
  /** "Hoofdstuk 1", "Artikel 4", "2.", "b.", "1°"; "" for a lone member or a paragraph. */
  readonly label: string;
  /** Heading text of chapters, sections and articles. */
  readonly heading?: string;
  /** Text of a paragraph. */
  readonly text?: string;
  /** Model only: the condition under which the node is present. */
  readonly condition?: Condition;
  readonly children: readonly OutlineNode[];
}

export interface Outline {
  readonly kind: RenderSource["kind"];
  readonly municipality: { readonly name: string; readonly slug: string } | null;
  readonly numbering: "consecutive" | "perChapter";
  readonly title: string;
  readonly preamble: readonly { readonly id: string; readonly role: string; readonly text: string }[];
  readonly body: readonly OutlineNode[];
  readonly notes: {
    readonly general: readonly { readonly kind: "heading" | "paragraph"; readonly text: string }[];
    readonly articles: readonly { readonly id: string; readonly article: string; readonly heading: string; readonly paragraphs: readonly string[] }[];
  };
}

function outlineOf(source: RenderSource): Outline {
  const numbering = source.numbering;
  const origins = referenceOrigins(source.doc, numbering);
  const text = (block: Node) =>
    inlineSegments(block, numbering, origins.get(block))
      .map((s) => (s.kind === "text" ? s.text : s.kind === "reference" ? (s.words ?? danglingMarker) : s.kind === "law" ? s.words : `[${slotLabelOf(source, s.key)}]`))
      .join("");
  const withCondition = (node: Node) => {
    const condition = conditionOf(node);
    return source.kind === "model" && condition ? { condition } : {};
  };
  const numbered = (node: Node, children: OutlineNode[], extra: { heading?: string } = {}): OutlineNode => {
    const entry = numbering.get(String(node.attrs.id))!;
    return { kind: entry.kind, id: entry.id, label: entry.label, ...extra, ...withCondition(node), children };
  };
  const blocks = (node: Node): OutlineNode[] =>
    childrenOf(node).flatMap((child): OutlineNode[] =>
      child.type.name === "itemList"
        ? childrenOf(child).map((item) => numbered(item, blocks(item)))
        : [{ kind: "paragraph", id: null, label: "", text: text(child), ...withCondition(child), children: [] }],
    );
  const part = (node: Node): OutlineNode => {
    if (node.type.name === "article") return numbered(node, partsAfterHeading(node).map((member) => numbered(member, blocks(member))), { heading: text(node.firstChild!) });
    return numbered(node, partsAfterHeading(node).map(part), { heading: text(node.firstChild!) });
  };
  const doc = source.doc;
  const notes = childOfType(doc, "notes");
  const headings = articleHeadings(doc);
  return {
    kind: source.kind,
    municipality: source.kind === "resolved" ? { name: source.municipality.name, slug: source.municipality.slug } : null,
    numbering: doc.attrs.numbering as Outline["numbering"],
    title: text(childOfType(doc, "title")),
    preamble: childrenOf(childOfType(doc, "preamble")).map((c) => ({ id: String(c.attrs.id), role: String(c.attrs.role), text: text(c) })),
    body: childrenOf(childOfType(doc, "body")).map(part),
    notes: {
      general: childrenOf(childOfType(notes, "generalNotes")).map((p) => ({ kind: p.type.name === "noteHeading" ? ("heading" as const) : ("paragraph" as const), text: text(p) })),
      articles: orderedArticleNotes(doc, childOfType(notes, "articleNotes")).map((note) => {
        const article = String(note.attrs.article);
        return {
          id: String(note.attrs.id),
          article,
          heading: [numbering.get(article)?.label, headings.get(article)].filter(Boolean).join(" "),
          paragraphs: childrenOf(note).map(text),
        };
      }),
    },
  };
}

/** The outline as a plain object (JSON-serialisable). */
export function renderOutline(source: RenderSource): Outline {
  return outlineOf(source);
}

/** The outline as a JSON string. */
export function renderJson(source: RenderSource, space = 2): string {
  return JSON.stringify(outlineOf(source), null, space);
}
