import type { Node } from "prosemirror-model";
import { conditionOf, type Condition } from "./condition";
import { danglingMarker, inlineJsonSegments, inlineSegments, type InlineSegment } from "./inline";
import type { NumberEntry } from "./numbering";
import { referenceOrigins } from "./references";
import { articleHeadings, defaultText, orderedArticleNotes, slotDefinitionOf, slotLabelOf, variantCaption, type RenderSource } from "./render-source";
import { childOfType, childrenOf, partsAfterHeading } from "./tree";

// Semantic HTML for the read views. Numbers are printed as text (class mw-number), so lists are
// <ol> for their meaning only: the host stylesheet sets `list-style: none` on .mw-members and
// .mw-items. No inline styles; every class starts with `mw-`. Heading levels never skip: the host
// page has the h1, chapters (and the notes) take `headingLevel`, sections one deeper, articles
// one deeper than whatever contains them.

export interface HtmlOptions {
  /** Level of the outermost headings (chapters, or articles when there are none). Default 2. */
  readonly headingLevel?: number;
  /** Prefixed to every element id and anchor, for pages that show more than one ordinance. */
  readonly idPrefix?: string;
  readonly includeTitle?: boolean;
  readonly includePreamble?: boolean;
  readonly includeNotes?: boolean;
  /**
   * Model only (default true): slots as marked placeholders and variants as boxes carrying
   * data-slot, data-option and data-guidance. When false the model reads with its defaults.
   */
  readonly markVariants?: boolean;
  /** With marked variants: where the guidance of a slot is shown; each placeholder and variant then links there. */
  readonly guidanceHref?: (slotKey: string) => string;
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

function attributes(attrs: Record<string, string | null | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(v!)}"`)
    .join("");
}

const markTags: Record<string, [string, string]> = { em: ["<em>", "</em>"], strong: ["<strong>", "</strong>"], term: ['<dfn class="mw-term">', "</dfn>"] };

function withMarks(html: string, marks: readonly string[]): string {
  return marks.reduceRight((inner, mark) => (markTags[mark] ? markTags[mark][0] + inner + markTags[mark][1] : inner), html);
}

class HtmlRenderer {
  private readonly prefix: string;
  private readonly marked: boolean;
  private readonly headings: ReadonlyMap<string, string>;
  private readonly origins: WeakMap<Node, string>;

  constructor(
    private readonly source: RenderSource,
    private readonly options: HtmlOptions,
  ) {
    this.prefix = options.idPrefix ?? "";
    this.marked = source.kind === "model" && options.markVariants !== false;
    this.headings = articleHeadings(source.doc);
    this.origins = referenceOrigins(source.doc, source.numbering);
  }

  private id(id: string): string {
    return this.prefix + id;
  }

  private heading(level: number, cls: string, id: string | null, inner: string): string {
    const h = `h${Math.min(6, level)}`;
    return `<${h}${attributes({ class: cls, id })}>${inner}</${h}>`;
  }

  private segment(segment: InlineSegment): string {
    switch (segment.kind) {
      case "text":
        return withMarks(escapeHtml(segment.text), segment.marks);
      case "reference":
        return segment.words === null
          ? `<span${attributes({ class: "mw-reference mw-reference--dangling", "data-target": segment.target })}>${escapeHtml(danglingMarker)}</span>`
          : withMarks(`<a${attributes({ class: "mw-reference", href: `#${this.id(segment.target)}` })}>${escapeHtml(segment.words)}</a>`, segment.marks);
      case "law":
        return withMarks(`<a${attributes({ class: "mw-law-reference", href: segment.href })}>${escapeHtml(segment.words)}</a>`, segment.marks);
      case "slot":
        return withMarks(this.slot(segment.key), segment.marks);
    }
  }

  private slot(key: string): string {
    const def = slotDefinitionOf(this.source, key);
    const label = slotLabelOf(this.source, key);
    if (!def) return `<span${attributes({ class: "mw-slot mw-slot--open", "data-slot": key })}>[${escapeHtml(label)}: nog in te vullen]</span>`;
    if (!this.marked) {
      if (def.kind === "alternatives" && def.default !== null) {
        const option = def.options.find((o) => o.value === def.default);
        return this.segments(inlineJsonSegments(option?.content ?? [], this.source.numbering));
      }
      return escapeHtml(defaultText(def) ?? `[${label}]`);
    }
    const data = { "data-slot": key, "data-slot-kind": def.kind, "data-slot-label": def.label, "data-guidance": def.guidance || null, "data-fixed": def.fixed ? "true" : null };
    if (def.kind === "alternatives") {
      const options = def.options
        .map((o) => `<span${attributes({ class: "mw-slot__option", "data-option": o.value, "data-default": o.value === def.default ? "true" : null })}>${this.segments(inlineJsonSegments(o.content ?? [], this.source.numbering))}</span>`)
        .join('<span class="mw-slot__separator"> / </span>');
      return `<span${attributes({ class: "mw-slot mw-slot--alternatives", ...data })}>[${options}]</span>${this.guidanceLink(key, def.label)}`;
    }
    const preview = defaultText(def);
    return `<span${attributes({ class: `mw-slot mw-slot--${def.kind}`, ...data })}>[${escapeHtml(label)}${preview === null ? "" : `: ${escapeHtml(preview)}`}]</span>${this.guidanceLink(key, def.label)}`;
  }

  /** A separate link rather than wrapping the placeholder: option content may hold references, and links do not nest. */
  private guidanceLink(key: string, label: string): string {
    const href = this.options.guidanceHref?.(key);
    return href ? `<a${attributes({ class: "mw-slot__guidance", href, "aria-label": `Uitleg bij keuze: ${label}` })}>?</a>` : "";
  }

  private segments(segments: readonly InlineSegment[]): string {
    return segments.map((s) => this.segment(s)).join("");
  }

  private inline(block: Node): string {
    return this.segments(inlineSegments(block, this.source.numbering, this.origins.get(block)));
  }

  /** Class and data attributes of a node that carries a condition, plus its caption. */
  private variant(node: Node): { cls: string; data: Record<string, string | null>; caption: string } {
    const condition: Condition = conditionOf(node);
    if (!this.marked || condition === null) return { cls: "", data: {}, caption: "" };
    const def = slotDefinitionOf(this.source, condition.slot);
    return {
      cls: " mw-variant",
      data: { "data-slot": condition.slot, "data-option": condition.option ?? null, "data-slot-label": def?.label ?? null, "data-guidance": def?.guidance || null },
      caption: `<span class="mw-variant__label">${escapeHtml(variantCaption(this.source, condition))}${this.guidanceLink(condition.slot, def?.label ?? condition.slot)}</span>`,
    };
  }

  private paragraph(node: Node, number = ""): string {
    const v = this.variant(node);
    return `<p${attributes({ class: `mw-paragraph${v.cls}`, ...v.data })}>${v.caption}${number}${this.inline(node)}</p>`;
  }

  private number(entry: NumberEntry | undefined): string {
    return entry && entry.label ? `<span class="mw-number">${escapeHtml(entry.label)}</span> ` : "";
  }

  /** The number goes inside the first paragraph so it stays on the line of the text. */
  private blocks(children: readonly Node[], number: string): string {
    return children
      .map((child, i) => {
        const lead = i === 0 ? number : "";
        return child.type.name === "itemList" ? lead + this.itemList(child) : this.paragraph(child, lead);
      })
      .join("");
  }

  private itemList(list: Node): string {
    const depth = this.source.numbering.get(String(list.firstChild!.attrs.id))?.depth ?? 1;
    const items = childrenOf(list).map((item) => {
      const v = this.variant(item);
      const entry = this.source.numbering.get(String(item.attrs.id));
      return `<li${attributes({ class: `mw-item${v.cls}`, id: this.id(String(item.attrs.id)), ...v.data })}>${v.caption}${this.blocks(childrenOf(item), this.number(entry))}</li>`;
    });
    return `<ol class="mw-items${depth > 1 ? " mw-items--sub" : ""}">${items.join("")}</ol>`;
  }

  private article(article: Node, level: number): string {
    const id = String(article.attrs.id);
    const entry = this.source.numbering.get(id);
    const v = this.variant(article);
    const members = partsAfterHeading(article);
    // In the model two alternative members share one position, so "lone" is about numbers, not count.
    const lone = members.every((member) => this.source.numbering.get(String(member.attrs.id))?.ordinal === null);
    const memberHtml = members.map((member) => {
      const mv = this.variant(member);
      const inner = mv.caption + this.blocks(childrenOf(member), this.number(this.source.numbering.get(String(member.attrs.id))));
      const attrs = { id: this.id(String(member.attrs.id)), ...mv.data };
      return lone ? `<div${attributes({ class: `mw-member mw-member--lone${mv.cls}`, ...attrs })}>${inner}</div>` : `<li${attributes({ class: `mw-member${mv.cls}`, ...attrs })}>${inner}</li>`;
    });
    const heading = this.heading(
      level,
      "mw-article__heading",
      this.id(`${id}-kop`),
      `<span class="mw-article__number">${escapeHtml(entry?.label ?? "Artikel")}</span> <span class="mw-article__title">${this.inline(article.firstChild!)}</span>`,
    );
    const body = lone ? memberHtml.join("") : `<ol class="mw-members">${memberHtml.join("")}</ol>`;
    return `<section${attributes({ class: `mw-article${v.cls}`, id: this.id(id), "aria-labelledby": this.id(`${id}-kop`), ...v.data })}>${v.caption}${heading}${body}</section>`;
  }

  private division(node: Node, level: number): string {
    const id = String(node.attrs.id);
    const kind = node.type.name;
    const label = this.source.numbering.get(id)?.label ?? "";
    const heading = this.heading(level, `mw-${kind}__heading`, this.id(`${id}-kop`), `<span class="mw-${kind}__number">${escapeHtml(label)}</span> <span class="mw-${kind}__title">${this.inline(node.firstChild!)}</span>`);
    const parts = partsAfterHeading(node).map((part) => (part.type.name === "section" ? this.division(part, level + 1) : this.article(part, level + 1)));
    return `<section${attributes({ class: `mw-${kind}`, id: this.id(id), "aria-labelledby": this.id(`${id}-kop`) })}>${heading}${parts.join("")}</section>`;
  }

  private notes(notes: Node, level: number): string {
    const general = childrenOf(childOfType(notes, "generalNotes"))
      .map((part) => (part.type.name === "noteHeading" ? this.heading(level + 2, "mw-notes__subheading", null, this.inline(part)) : this.paragraph(part)))
      .join("");
    const perArticle = orderedArticleNotes(this.source.doc, childOfType(notes, "articleNotes"))
      .map((note) => {
        const article = String(note.attrs.article);
        const entry = this.source.numbering.get(article);
        const title = [entry?.label, this.headings.get(article)].filter(Boolean).join(" ");
        const v = this.variant(note);
        const heading = this.heading(level + 2, "mw-article-note__heading", null, escapeHtml(title));
        return `<section${attributes({ class: `mw-article-note${v.cls}`, id: this.id(String(note.attrs.id)), "data-article": article, ...v.data })}>${v.caption}${heading}${childrenOf(note).map((p) => this.paragraph(p)).join("")}</section>`;
      })
      .join("");
    return (
      `<section class="mw-notes">${this.heading(level, "mw-notes__heading", null, "Toelichting")}` +
      `<section class="mw-notes__general">${this.heading(level + 1, "mw-notes__heading", null, "Algemeen deel")}${general}</section>` +
      (perArticle ? `<section class="mw-notes__articles">${this.heading(level + 1, "mw-notes__heading", null, "Artikelsgewijze toelichting")}${perArticle}</section>` : "") +
      `</section>`
    );
  }

  render(): string {
    const doc = this.source.doc;
    const level = this.options.headingLevel ?? 2;
    const out: string[] = [];
    if (this.options.includeTitle !== false) out.push(`<p class="mw-ordinance__title">${this.inline(childOfType(doc, "title"))}</p>`);
    if (this.options.includePreamble !== false) {
      const clauses = childrenOf(childOfType(doc, "preamble")).map(
        (clause) => `<p${attributes({ class: `mw-preamble__clause mw-preamble__clause--${String(clause.attrs.role)}`, id: this.id(String(clause.attrs.id)) })}>${this.inline(clause)}</p>`,
      );
      out.push(`<div class="mw-preamble">${clauses.join("")}</div>`);
    }
    const body = childrenOf(childOfType(doc, "body")).map((part) => (part.type.name === "chapter" ? this.division(part, level) : this.article(part, level)));
    out.push(`<div class="mw-body">${body.join("")}</div>`);
    if (this.options.includeNotes !== false) out.push(this.notes(childOfType(doc, "notes"), level));
    return `<div${attributes({ class: `mw-ordinance mw-ordinance--${this.source.kind}` })}>${out.join("")}</div>`;
  }
}

/** The model (with variants) or a resolved ordinance as semantic, escaped HTML. */
export function renderHtml(source: RenderSource, options: HtmlOptions = {}): string {
  return new HtmlRenderer(source, options).render();
}
