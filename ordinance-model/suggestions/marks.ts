import type { MarkSpec, Mark, Node } from "prosemirror-model";

// Suggestions (voorstellen tot wijziging) in the ordinance document. Text is suggested with a mark, a whole provision
// (article, member, item) with its `suggestion` attribute; both carry the same record: who proposed it and when.
// Numbers of suggested provisions are never stored: they follow from the structure once the suggestion is accepted.

export type SuggestionKind = "insertion" | "deletion";

/** What every suggestion carries: its id (one per typed run or provision), author (account id and name) and time. */
export interface SuggestionRecord {
  readonly id: string;
  readonly author: number;
  readonly authorName: string;
  /** ISO 8601. */
  readonly at: string;
}

export interface NodeSuggestion extends SuggestionRecord {
  readonly kind: SuggestionKind;
}

export const SUGGESTED_INSERTION = "suggestedInsertion";
export const SUGGESTED_DELETION = "suggestedDeletion";

/** The provisions that can be suggested as new or as deleted: they carry a `suggestion` attribute. */
export const suggestableNodeNames: ReadonlySet<string> = new Set(["article", "member", "item"]);

/**
 * The inline atoms (cross-reference, citation of national law, slot value) carry a suggestion in the same attribute, not
 * as a mark: y-prosemirror keeps marks on text only, so a mark on an atom would never reach the others (decision 068).
 */
export const suggestableAtomNames: ReadonlySet<string> = new Set(["reference", "lawReference", "slotValue"]);

const recordAttrs = { id: {}, author: {}, authorName: {}, at: {} };

function suggestionMark(kind: SuggestionKind): MarkSpec {
  const tag = kind === "insertion" ? "ins" : "del";
  return {
    attrs: recordAttrs,
    // Typing right after a suggestion is the writer's own choice (the editor extends their own run), never inherited.
    inclusive: false,
    excludes: `${SUGGESTED_INSERTION} ${SUGGESTED_DELETION}`,
    toDOM: (mark) => [
      tag,
      { class: `mw-suggestion mw-suggestion--${kind}`, "data-suggestion": String(mark.attrs.id), "data-author": String(mark.attrs.author), title: `Voorstel van ${String(mark.attrs.authorName)}` },
      0,
    ],
    parseDOM: [],
  };
}

export const suggestionMarks: Record<string, MarkSpec> = {
  [SUGGESTED_INSERTION]: suggestionMark("insertion"),
  [SUGGESTED_DELETION]: suggestionMark("deletion"),
};

/** The attribute spec a suggestable provision carries. */
export const suggestionAttr = { suggestion: { default: null } };

const isRecord = (value: unknown): value is SuggestionRecord => {
  const v = value as Partial<SuggestionRecord> | null;
  return typeof v === "object" && v !== null && typeof v.id === "string" && typeof v.author === "number" && typeof v.authorName === "string" && typeof v.at === "string";
};

/** The suggestion a text mark stands for, or null for an ordinary mark. */
export function markSuggestion(mark: Mark): NodeSuggestion | null {
  const kind: SuggestionKind | null = mark.type.name === SUGGESTED_INSERTION ? "insertion" : mark.type.name === SUGGESTED_DELETION ? "deletion" : null;
  return kind && isRecord(mark.attrs) ? { kind, id: mark.attrs.id, author: mark.attrs.author, authorName: mark.attrs.authorName, at: mark.attrs.at } : null;
}

/** The suggestion an inline node carries: a text's suggestion mark, or an atom's attribute; null for none. */
export function inlineSuggestion(node: Node): NodeSuggestion | null {
  if (node.isText) return node.marks.map(markSuggestion).find((s) => s !== null) ?? null;
  return suggestableAtomNames.has(node.type.name) ? nodeSuggestion(node) : null;
}

/** The suggestion a provision (or an inline atom) stands for as a whole, or null. */
export function nodeSuggestion(node: Node): NodeSuggestion | null {
  const value = node.attrs.suggestion as Partial<NodeSuggestion> | null | undefined;
  const kind = value?.kind;
  if (!isRecord(value) || (kind !== "insertion" && kind !== "deletion")) return null;
  return { kind, id: value.id, author: value.author, authorName: value.authorName, at: value.at };
}
