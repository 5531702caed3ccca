import type { Node } from "prosemirror-model";
import { formatSlotValue, type RenderSource, type SlotDefinition } from "../ordinance-model/index";
import { conditionOf } from "../ordinance-model/condition";
import { danglingMarker, inlineJsonSegments, inlineSegments, type InlineSegment } from "../ordinance-model/inline";
import { referenceOrigins } from "../ordinance-model/references";
import { articleHeadings, orderedArticleNotes, slotDefinitionOf, slotLabelOf, variantCaption } from "../ordinance-model/render-source";
import { childOfType, childrenOf, partsAfterHeading } from "../ordinance-model/tree";
import { block, type Block, type BlockStyle, type Run } from "./blocks";

// The ordinance as blocks, walked like ordinance-model's text renderer so numbers and reference words are exactly
// those on screen: chapters Heading 1, sections Heading 2, articles one level below what contains them, members and
// items in their own named styles. In the model (the "model met varianten") slots are highlighted placeholders and
// each variant is announced with its caption; the guidance per slot follows at the end.

export interface OrdinanceOptions {
  readonly includeTitle?: boolean;
  readonly includePreamble?: boolean;
  readonly includeNotes?: boolean;
  /** Rewrites a preamble clause by its role (the raadsbesluit adds the proposal's date and number); default as is. */
  readonly preambleClause?: (role: string, runs: Run[]) => Block[];
}

type Heading = "heading1" | "heading2" | "heading3";
const headingAt = (level: number): Heading => (["heading1", "heading2", "heading3"] as const)[Math.min(level, 3) - 1]!;

class OrdinanceBlocks {
  readonly blocks: Block[] = [];
  private readonly origins: WeakMap<Node, string>;
  private currentArticle: string | undefined;

  constructor(private readonly source: RenderSource) {
    this.origins = referenceOrigins(source.doc, source.numbering);
  }

  private label(node: Node): string {
    return this.source.numbering.get(String(node.attrs.id))?.label ?? "";
  }

  private segment(segment: InlineSegment): Run {
    const bold = segment.marks.includes("strong") || undefined;
    const italics = segment.marks.includes("em") || segment.marks.includes("term") || undefined;
    switch (segment.kind) {
      case "text":
        return { text: segment.text, bold, italics };
      case "reference":
        return { text: segment.words ?? danglingMarker, bold, italics };
      case "law":
        return { text: segment.words, bold, italics, link: segment.href };
      case "slot":
        return { text: this.placeholder(segment.key), placeholder: true };
    }
  }

  private placeholder(key: string): string {
    const def = slotDefinitionOf(this.source, key);
    if (!def) return `[${slotLabelOf(this.source, key)}: nog in te vullen]`;
    if (def.kind !== "alternatives") return `[${def.label}]`;
    const options = def.options.map((o) => inlineJsonSegments(o.content ?? [], this.source.numbering).map((s) => this.segment(s).text).join(""));
    return `[${options.join(" / ")}]`;
  }

  private inline(node: Node): Run[] {
    return inlineSegments(node, this.source.numbering, this.origins.get(node)).map((s) => this.segment(s));
  }

  private caption(node: Node): void {
    const condition = conditionOf(node);
    if (this.source.kind === "model" && condition) this.blocks.push(block("placeholder", { text: `[${variantCaption(this.source, condition)}]`, placeholder: true }));
  }

  /** A block of the text, keyed by the provision it belongs to (the tracked changes compare by these keys). */
  private push(b: Block, key: string | undefined): void {
    this.blocks.push(key === undefined ? b : { ...b, key, article: this.currentArticle });
  }

  private numbered(style: BlockStyle, number: string, node: Node, key: string): void {
    this.push(block(style, ...(number ? [`${number}\t`] : []), ...this.inline(node)), key);
  }

  private content(owner: Node, number: string, style: BlockStyle, depth: number): void {
    let paragraph = 0;
    for (const child of childrenOf(owner)) {
      if (child.type.name === "itemList") {
        this.itemList(child, depth + 1);
        continue;
      }
      this.caption(child);
      // The first paragraph carries the provision's number and id; a further one is keyed by its place within it.
      this.numbered(style, paragraph === 0 ? number : "", child, paragraph === 0 ? String(owner.attrs.id) : `${owner.attrs.id}/${paragraph}`);
      paragraph++;
    }
  }

  private itemList(list: Node, depth: number): void {
    for (const item of childrenOf(list)) {
      this.caption(item);
      this.content(item, this.label(item), depth > 1 ? "subItem" : "item", depth);
    }
  }

  private article(article: Node, level: number): void {
    this.caption(article);
    this.currentArticle = String(article.attrs.id);
    // Articles all look alike (their own style); the outline level nests them below what contains them.
    this.push({ ...block("article", `${this.label(article)} `, ...this.inline(article.firstChild!)), outline: Math.min(level, 3) - 1 }, this.currentArticle);
    for (const member of partsAfterHeading(article)) {
      this.caption(member);
      this.content(member, this.label(member), "member", 0);
    }
    this.currentArticle = undefined;
  }

  private division(node: Node, level: number): void {
    this.push(block(headingAt(level), `${this.label(node)} `, ...this.inline(node.firstChild!)), String(node.attrs.id));
    for (const part of partsAfterHeading(node)) (part.type.name === "section" ? this.division(part, level + 1) : this.article(part, level + 1));
  }

  /** Chapters, sections, articles, members or items on their own, as an amending ordinance quotes them. */
  provisions(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (node.type.name === "chapter" || node.type.name === "section") this.division(node, node.type.name === "chapter" ? 2 : 3);
      else if (node.type.name === "article") this.article(node, 3);
      else {
        const depth = this.source.numbering.get(String(node.attrs.id))?.depth ?? 0;
        this.content(node, this.label(node), node.type.name === "member" ? "member" : depth > 1 ? "subItem" : "item", depth);
      }
    }
  }

  body(): void {
    for (const part of childrenOf(childOfType(this.source.doc, "body"))) (part.type.name === "chapter" ? this.division(part, 1) : this.article(part, 1));
  }

  title(): void {
    this.blocks.push(block("title", ...this.inline(childOfType(this.source.doc, "title"))));
  }

  preamble(rewrite: NonNullable<OrdinanceOptions["preambleClause"]>): void {
    for (const clause of childrenOf(childOfType(this.source.doc, "preamble"))) this.blocks.push(...rewrite(String(clause.attrs.role), this.inline(clause)));
  }

  notes(): void {
    const notes = childOfType(this.source.doc, "notes");
    const headings = articleHeadings(this.source.doc);
    this.blocks.push(block("heading1", "Toelichting"), block("heading2", "Algemeen deel"));
    for (const part of childrenOf(childOfType(notes, "generalNotes"))) {
      this.caption(part);
      this.blocks.push(block(part.type.name === "noteHeading" ? "heading3" : "normal", ...this.inline(part)));
    }
    const perArticle = orderedArticleNotes(this.source.doc, childOfType(notes, "articleNotes"));
    if (perArticle.length) this.blocks.push(block("heading2", "Artikelsgewijze toelichting"));
    for (const note of perArticle) {
      this.caption(note);
      const article = String(note.attrs.article);
      this.blocks.push(block("heading3", [this.source.numbering.get(article)?.label, headings.get(article)].filter(Boolean).join(" ")));
      for (const paragraph of childrenOf(note)) this.blocks.push(block("normal", ...this.inline(paragraph)));
    }
  }
}

/** Provisions quoted in an amending ordinance ("komt te luiden:", "luidende:"), numbered as in `source`. */
export function provisionBlocks(source: RenderSource, nodes: readonly Node[]): Block[] {
  const walker = new OrdinanceBlocks(source);
  walker.provisions(nodes);
  return walker.blocks;
}

/** The explanatory notes alone, for documents that put something between the articles and the notes. */
export function notesBlocks(source: RenderSource): Block[] {
  const walker = new OrdinanceBlocks(source);
  walker.notes();
  return walker.blocks;
}

/** The ordinance (model or resolved) as blocks: title, preamble, body and notes, each optional but the body. */
export function ordinanceBlocks(source: RenderSource, options: OrdinanceOptions = {}): Block[] {
  const walker = new OrdinanceBlocks(source);
  if (options.includeTitle !== false) walker.title();
  if (options.includePreamble !== false) walker.preamble(options.preambleClause ?? ((_, runs) => [block("normal", ...runs)]));
  walker.body();
  if (options.includeNotes !== false) walker.notes();
  return walker.blocks;
}

/** The guidance per slot of a model, for the model met varianten: label, regional default, advice. */
export function guidanceBlocks(slots: Iterable<SlotDefinition>): Block[] {
  const blocks = [block("heading1", "Keuzemogelijkheden en advies van de werkgroep")];
  for (const def of slots) {
    const fallback = def.default === null ? "geen" : formatSlotValue(def, def.default);
    blocks.push(block("heading3", def.label), block("normal", { text: "Regionale standaard: ", bold: true }, fallback, def.fixed ? " (regionaal vastgelegd)" : ""));
    if (def.options.length) blocks.push(block("normal", { text: "Mogelijkheden: ", bold: true }, def.options.map((o) => o.label).join("; ")));
    if (def.guidance) blocks.push(block("normal", def.guidance));
  }
  return blocks;
}
