import type { Node } from "prosemirror-model";
import { conditionOf } from "./condition";
import { danglingMarker, inlineJsonSegments, inlineSegments, type InlineSegment } from "./inline";
import { referenceOrigins } from "./references";
import { articleHeadings, orderedArticleNotes, slotDefinitionOf, slotLabelOf, variantCaption, type RenderSource } from "./render-source";
import { childOfType, childrenOf, partsAfterHeading } from "./tree";

// Plain text as the ordinance looks on paper: numbers in front, items indented under their
// member, a blank line between articles. In a model, variants are announced in brackets.

export interface TextOptions {
  readonly includeTitle?: boolean;
  readonly includePreamble?: boolean;
  readonly includeNotes?: boolean;
}

const indentStep = "   ";

class TextRenderer {
  private readonly lines: string[] = [];

  private readonly origins: WeakMap<Node, string>;

  constructor(private readonly source: RenderSource) {
    this.origins = referenceOrigins(source.doc, source.numbering);
  }

  private segment(segment: InlineSegment): string {
    switch (segment.kind) {
      case "text":
        return segment.text;
      case "reference":
        return segment.words ?? danglingMarker;
      case "law":
        return segment.words;
      case "slot": {
        const def = slotDefinitionOf(this.source, segment.key);
        if (!def) return `[${slotLabelOf(this.source, segment.key)}: nog in te vullen]`;
        if (def.kind === "alternatives") {
          return `[${def.options.map((o) => inlineJsonSegments(o.content ?? [], this.source.numbering).map((s) => this.segment(s)).join("")).join(" / ")}]`;
        }
        return `[${def.label}]`;
      }
    }
  }

  private inline(block: Node): string {
    return inlineSegments(block, this.source.numbering, this.origins.get(block))
      .map((s) => this.segment(s))
      .join("");
  }

  private blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }

  private caption(node: Node, indent: string): void {
    const condition = conditionOf(node);
    if (this.source.kind === "model" && condition) this.lines.push(`${indent}[${variantCaption(this.source, condition)}]`);
  }

  private blocks(children: readonly Node[], number: string, indent: string, listIndent: string): void {
    children.forEach((child, i) => {
      if (child.type.name === "itemList") return this.itemList(child, listIndent);
      this.caption(child, indent);
      const lead = i === 0 && number ? `${number} ` : "";
      this.lines.push(`${i === 0 ? indent : indent + " ".repeat(number ? number.length + 1 : 0)}${lead}${this.inline(child)}`);
    });
  }

  private itemList(list: Node, indent: string): void {
    for (const item of childrenOf(list)) {
      this.caption(item, indent);
      const label = this.source.numbering.get(String(item.attrs.id))?.label ?? "";
      this.blocks(childrenOf(item), label, indent, indent + indentStep);
    }
  }

  private article(article: Node): void {
    this.blank();
    this.caption(article, "");
    const label = this.source.numbering.get(String(article.attrs.id))?.label ?? "Artikel";
    this.lines.push(`${label} ${this.inline(article.firstChild!)}`.trimEnd());
    for (const member of partsAfterHeading(article)) this.numberedPart(member);
  }

  /** A member or an item on its own, its number in front. */
  private numberedPart(node: Node): void {
    this.caption(node, "");
    const number = this.source.numbering.get(String(node.attrs.id))?.label ?? "";
    this.blocks(childrenOf(node), number, "", number ? indentStep : "");
  }

  /** Chapters, sections, articles, members or items, as a text quotes them (an amending ordinance's "luidende:"). */
  provisions(nodes: readonly Node[]): string {
    for (const node of nodes) {
      if (node.type.name === "chapter" || node.type.name === "section") this.division(node);
      else if (node.type.name === "article") this.article(node);
      else this.numberedPart(node);
    }
    return `${this.lines.join("\n").trim()}\n`;
  }

  private division(node: Node): void {
    this.blank();
    this.lines.push(`${this.source.numbering.get(String(node.attrs.id))?.label ?? ""} ${this.inline(node.firstChild!)}`.trim());
    for (const part of partsAfterHeading(node)) (part.type.name === "section" ? this.division(part) : this.article(part));
  }

  private notes(notes: Node): void {
    const headings = articleHeadings(this.source.doc);
    this.blank();
    this.lines.push("Toelichting", "", "Algemeen deel");
    for (const part of childrenOf(childOfType(notes, "generalNotes"))) {
      this.blank();
      this.caption(part, "");
      this.lines.push(this.inline(part));
    }
    const perArticle = orderedArticleNotes(this.source.doc, childOfType(notes, "articleNotes"));
    if (!perArticle.length) return;
    this.blank();
    this.lines.push("Artikelsgewijze toelichting");
    for (const note of perArticle) {
      this.blank();
      this.caption(note, "");
      const article = String(note.attrs.article);
      this.lines.push([this.source.numbering.get(article)?.label, headings.get(article)].filter(Boolean).join(" "));
      for (const paragraph of childrenOf(note)) this.lines.push(this.inline(paragraph));
    }
  }

  render(options: TextOptions): string {
    const doc = this.source.doc;
    if (options.includeTitle !== false) this.lines.push(this.inline(childOfType(doc, "title")));
    if (options.includePreamble !== false) {
      for (const clause of childrenOf(childOfType(doc, "preamble"))) {
        this.blank();
        this.lines.push(this.inline(clause));
      }
    }
    for (const part of childrenOf(childOfType(doc, "body"))) (part.type.name === "chapter" ? this.division(part) : this.article(part));
    if (options.includeNotes !== false) this.notes(childOfType(doc, "notes"));
    return `${this.lines.join("\n").trim()}\n`;
  }
}

/** Provisions of the model or a resolved ordinance as plain text, numbered as in `source`. */
export function renderProvisionsText(source: RenderSource, nodes: readonly Node[]): string {
  return new TextRenderer(source).provisions(nodes);
}

/** The model or a resolved ordinance as plain text. */
export function renderText(source: RenderSource, options: TextOptions = {}): string {
  return new TextRenderer(source).render(options);
}
