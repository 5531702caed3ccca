/**
 * Tiny pure builders for the ordinance document (docs/ordinance-document.md).
 * Every function returns plain ProseMirror JSON; nothing here knows the schema object.
 */

export type Json = { [key: string]: unknown };
export type Condition = { slot: string; option?: string } | null;
/** Inline content: plain strings become text nodes; other inline nodes pass through. */
export type Inline = string | Json;

const textNode = (text: string, marks?: Json[]): Json => (marks?.length ? { type: "text", text, marks } : { type: "text", text });

/** Strings → text nodes; empty strings are dropped (ProseMirror forbids empty text nodes). */
export function inline(parts: Inline[]): Json[] {
  return parts.filter((part) => part !== "").map((part) => (typeof part === "string" ? textNode(part) : part));
}

// ── inline nodes and marks ──────────────────────────────────────────────────
export const term = (text: string): Json => textNode(text, [{ type: "term" }]);
export const em = (text: string): Json => textNode(text, [{ type: "em" }]);
export const strong = (text: string): Json => textNode(text, [{ type: "strong" }]);
export const slot = (key: string): Json => ({ type: "slotValue", attrs: { slot: key } });
export const ref = (target: string): Json => ({ type: "reference", attrs: { target } });
/** A citation of national law: the law's BWB id, the article (and member), and the words the text reads there. */
export const law = (id: string, article: string, words: string, member: string | null = null): Json => ({ type: "lawReference", attrs: { law: id, article, member, words } });

// ── blocks ───────────────────────────────────────────────────────────────────
export const p = (...content: Inline[]): Json => ({ type: "paragraph", attrs: { condition: null }, content: inline(content) });
export const heading = (...content: Inline[]): Json => ({ type: "heading", content: inline(content) });
export const items = (...list: Json[]): Json => ({ type: "itemList", content: list });

const isBlock = (node: Inline): node is Json => typeof node !== "string" && (node.type === "paragraph" || node.type === "itemList");

/** `item(id, "text ", ref(x), ";", items(...))`: inline parts form the paragraph; a trailing itemList is the sub-list. */
export function item(id: string, ...parts: Inline[]): Json {
  const sub = parts.filter((part) => typeof part !== "string" && part.type === "itemList") as Json[];
  const text = parts.filter((part) => typeof part === "string" || part.type !== "itemList");
  return { type: "item", attrs: { id, condition: null }, content: [p(...text), ...sub] };
}

/** `member(id, p(...), items(...))`; a bare string or inline node array is one paragraph. */
export function member(id: string, ...blocks: (Json | string)[]): Json {
  return {
    type: "member",
    attrs: { id, condition: null },
    content: blocks.map((block) => (typeof block === "string" ? p(block) : isBlock(block) ? block : p(block))),
  };
}

/** A member holding one paragraph of mixed inline content. */
export const lid = (id: string, ...content: Inline[]): Json => member(id, p(...content));

export const article = (id: string, title: string, ...members: Json[]): Json => ({
  type: "article",
  attrs: { id, condition: null },
  content: [heading(title), ...members],
});

export const section = (id: string, title: string, ...articles: Json[]): Json => ({
  type: "section",
  attrs: { id },
  content: [heading(title), ...articles],
});

export const chapter = (id: string, title: string, ...children: Json[]): Json => ({
  type: "chapter",
  attrs: { id },
  content: [heading(title), ...children],
});

/** Puts a condition on a node that has a `condition` attribute (article, member, item, paragraph, articleNote). */
export const when = (condition: Condition, node: Json): Json => ({
  ...node,
  attrs: { ...(node.attrs as Json), condition },
});
export const ifOption = (slotKey: string, option: string, node: Json): Json => when({ slot: slotKey, option }, node);
export const ifSet = (slotKey: string, node: Json): Json => when({ slot: slotKey }, node);

// ── preamble and notes ──────────────────────────────────────────────────────
export type ClauseRole = "council" | "read" | "considering" | "legalBasis" | "decision";
export const clause = (id: string, role: ClauseRole, ...content: Inline[]): Json => ({
  type: "preambleClause",
  attrs: { id, role },
  content: inline(content),
});
export const noteHeading = (...content: Inline[]): Json => ({ type: "noteHeading", content: inline(content) });

/** The note on one article; its id is derived from the article id (`note-…`). Strings are paragraphs. */
export function articleNote(articleId: string, ...paragraphs: (Json | string)[]): Json {
  return {
    type: "articleNote",
    attrs: { id: `note-${articleId}`, article: articleId, condition: null },
    content: paragraphs.map((para) => (typeof para === "string" ? p(para) : para)),
  };
}

// ── slot definitions ────────────────────────────────────────────────────────
export type SlotKind =
  | "text"
  | "integer"
  | "amount"
  | "duration"
  | "date"
  | "automatic"
  | "alternatives"
  | "optional"
  | "multiselect";
export type Constraints = { required?: boolean; min?: number | string; max?: number | string };
export type SlotOption = { value: string; label: string; content?: Json[] };
export type Duration = { amount: number; unit: "months" | "years" };
type Common = { label: string; guidance: string; fixed?: boolean; constraints?: Constraints };

function slotDef(key: string, kind: SlotKind, common: Common, def: unknown, extra: { options?: SlotOption[]; source?: string } = {}): Json {
  return {
    type: "slotDefinition",
    attrs: {
      key,
      kind,
      label: common.label,
      guidance: common.guidance,
      fixed: common.fixed ?? false,
      default: def,
      constraints: common.constraints ?? {},
      options: extra.options ?? [],
      source: extra.source ?? null,
    },
  };
}

export const textSlot = (key: string, c: Common & { default: string }) => slotDef(key, "text", c, c.default);
export const integerSlot = (key: string, c: Common & { default: number }) => slotDef(key, "integer", c, c.default);
export const amountSlot = (key: string, c: Common & { default: number }) => slotDef(key, "amount", c, c.default);
export const durationSlot = (key: string, c: Common & { default: Duration }) => slotDef(key, "duration", c, c.default);
export const dateSlot = (key: string, c: Common & { default: string }) => slotDef(key, "date", c, c.default);
export const optionalSlot = (key: string, c: Common & { default: boolean }) => slotDef(key, "optional", c, c.default);
export const automaticSlot = (key: string, c: Common & { source: "municipalityName" | "councilName" | "executiveName" }) =>
  slotDef(key, "automatic", c, null, { source: c.source });
export const alternativesSlot = (key: string, c: Common & { default: string; options: SlotOption[] }) =>
  slotDef(key, "alternatives", c, c.default, { options: c.options });
export const multiselectSlot = (key: string, c: Common & { default: string[]; options: SlotOption[] }) =>
  slotDef(key, "multiselect", c, c.default, { options: c.options });

/** An option of an inline alternative: its words are rendered where the slotValue stands. */
export const option = (value: string, label: string, ...content: Inline[]): SlotOption =>
  content.length ? { value, label, content: inline(content) } : { value, label };

// ── the whole document ──────────────────────────────────────────────────────
export function ordinance(doc: {
  numbering?: "consecutive" | "perChapter";
  definitions?: "lettered" | "unlettered";
  title: Inline[];
  preamble: Json[];
  body: Json[];
  generalNotes: Json[];
  articleNotes: Json[];
  slots: Json[];
}): Json {
  return {
    type: "ordinance",
    attrs: { numbering: doc.numbering ?? "consecutive", definitions: doc.definitions ?? "lettered" },
    content: [
      { type: "title", content: inline(doc.title) },
      { type: "preamble", content: doc.preamble },
      { type: "body", content: doc.body },
      {
        type: "notes",
        content: [
          { type: "generalNotes", content: doc.generalNotes },
          { type: "articleNotes", content: doc.articleNotes },
        ],
      },
      { type: "slots", content: doc.slots },
    ],
  };
}
