// A tiny builder for model JSON in tests and fixtures, so they read like the ordinance they
// describe instead of like nested ProseMirror JSON. It produces plain JSON, exactly what the seed
// writes and parseModel takes; it does not validate (that is parseModel's job, and tests of
// parseModel need to build broken documents too).

export type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string; marks?: { type: string }[] };
export type Inline = string | Json;
type Condition = { slot: string; option?: string };

function inline(parts: readonly Inline[]): Json[] {
  return parts.filter((p) => p !== "").map((p) => (typeof p === "string" ? { type: "text", text: p } : p));
}

function withContent(node: Json, content: Json[]): Json {
  return content.length ? { ...node, content } : node;
}

export const text = (value: string, ...marks: ("em" | "strong" | "term")[]): Json => (marks.length ? { type: "text", text: value, marks: marks.map((type) => ({ type })) } : { type: "text", text: value });
export const term = (value: string): Json => text(value, "term");
export const ref = (target: string): Json => ({ type: "reference", attrs: { target } });
export const slot = (key: string): Json => ({ type: "slotValue", attrs: { slot: key } });

export const p = (...parts: Inline[]): Json => withContent({ type: "paragraph", attrs: { condition: null } }, inline(parts));

/** Puts a condition on an article, member, item, paragraph or article note. */
export function when(condition: Condition, node: Json): Json {
  return { ...node, attrs: { ...node.attrs, condition } };
}

/** An item: its text, then optionally a sub-list. */
export function item(id: string, body: Inline | Inline[], subItems?: Json[]): Json {
  const paragraph = p(...(Array.isArray(body) ? body : [body]));
  return { type: "item", attrs: { id, condition: null }, content: subItems ? [paragraph, items(...subItems)] : [paragraph] };
}

export const items = (...list: Json[]): Json => ({ type: "itemList", content: list });

/** A member: strings and inline arrays become paragraphs, nodes (paragraphs, item lists) are kept. */
export function member(id: string, ...blocks: (Inline | Inline[])[]): Json {
  const content = blocks.map((b) => (Array.isArray(b) ? p(...b) : typeof b === "string" ? p(b) : b.type === "paragraph" || b.type === "itemList" ? b : p(b)));
  return { type: "member", attrs: { id, condition: null }, content };
}

export const heading = (...parts: Inline[]): Json => withContent({ type: "heading" }, inline(parts));

export function article(id: string, title: Inline | Inline[], ...members: Json[]): Json {
  return { type: "article", attrs: { id, condition: null }, content: [heading(...(Array.isArray(title) ? title : [title])), ...members] };
}

/** An article with one (lone) member, the id of which is `${id}-lid`. */
export function simpleArticle(id: string, title: string, ...blocks: (Inline | Inline[])[]): Json {
  return article(id, title, member(`${id}-lid`, ...blocks));
}

export const section = (id: string, title: string, ...articles: Json[]): Json => ({ type: "section", attrs: { id }, content: [heading(title), ...articles] });
export const chapter = (id: string, title: string, ...parts: Json[]): Json => ({ type: "chapter", attrs: { id }, content: [heading(title), ...parts] });

export type Role = "council" | "read" | "considering" | "legalBasis" | "decision";
export const clause = (id: string, role: Role, ...parts: Inline[]): Json => withContent({ type: "preambleClause", attrs: { id, role } }, inline(parts));

export const noteHeading = (...parts: Inline[]): Json => withContent({ type: "noteHeading" }, inline(parts));
export const note = (id: string, articleId: string, ...paragraphs: (Inline | Inline[])[]): Json => ({
  type: "articleNote",
  attrs: { id, article: articleId, condition: null },
  content: paragraphs.map((b) => (Array.isArray(b) ? p(...b) : p(b))),
});

export interface SlotSpec {
  key: string;
  kind: string;
  label?: string;
  guidance?: string;
  fixed?: boolean;
  default?: unknown;
  constraints?: Record<string, unknown> | null;
  options?: { value: string; label: string; content?: Json[] }[] | null;
  source?: string | null;
}

export function slotDefinition(spec: SlotSpec): Json {
  return {
    type: "slotDefinition",
    attrs: {
      key: spec.key,
      kind: spec.kind,
      label: spec.label ?? spec.key,
      guidance: spec.guidance ?? "",
      fixed: spec.fixed ?? false,
      default: spec.default ?? null,
      constraints: spec.constraints ?? null,
      options: spec.options ?? null,
      source: spec.source ?? null,
    },
  };
}

/** An option of an alternatives/multiselect slot; `content` makes it usable inline. */
export const option = (value: string, label: string, ...content: Inline[]): { value: string; label: string; content?: Json[] } =>
  content.length ? { value, label, content: inline(content) } : { value, label };

export interface OrdinanceSpec {
  numbering?: "consecutive" | "perChapter";
  title?: Inline[];
  preamble?: Json[];
  body: Json[];
  general?: Json[];
  articleNotes?: Json[];
  slots?: SlotSpec[];
}

/** A whole model; everything but the body has a sensible minimal default. */
export function ordinance(spec: OrdinanceSpec): Json {
  return {
    type: "ordinance",
    attrs: { numbering: spec.numbering ?? "consecutive" },
    content: [
      withContent({ type: "title" }, inline(spec.title ?? ["Urgentieverordening"])),
      {
        type: "preamble",
        content: spec.preamble ?? [
          clause("aanhef-raad", "council", "De raad van de gemeente;"),
          clause("aanhef-voorstel", "read", "gelezen het voorstel van het college;"),
          clause("aanhef-grondslag", "legalBasis", "gelet op artikel 12 van de Huisvestingswet 2014;"),
          clause("aanhef-besluit", "decision", "besluit vast te stellen de volgende verordening:"),
        ],
      },
      { type: "body", content: spec.body },
      { type: "notes", content: [{ type: "generalNotes", content: spec.general ?? [p("Algemene toelichting.")] }, { type: "articleNotes", content: spec.articleNotes ?? [] }] },
      { type: "slots", content: (spec.slots ?? []).map(slotDefinition) },
    ],
  };
}
