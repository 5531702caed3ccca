import type { Node } from "prosemirror-model";
import { inReadingOrder } from "../article-order";
import { schema } from "../schema";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION } from "./marks";

// How the pure domain reads a text with pending suggestions: as if they were all rejected (decision 059). A suggestion
// is a proposal, not text: resolve, lint, numbering and every document built from the live text see the text as it
// stands until the redactie accepts. Only the editor and the wijzigingen document show suggestions.

type Json = { type?: unknown; attrs?: Record<string, unknown>; content?: Json[]; marks?: { type?: unknown }[]; text?: unknown };

const isSuggestedInsertion = (node: Json) =>
  (node.attrs?.suggestion as { kind?: unknown } | null | undefined)?.kind === "insertion" || (node.marks ?? []).some((m) => m.type === SUGGESTED_INSERTION);

/** ProseMirror JSON of the document with every pending suggestion rejected; the same object where there is none. */
export function withoutPendingSuggestions<T>(json: T): T {
  return (hasSuggestion(json as Json) ? rejected(json as Json) : json) as T;
}

function hasSuggestion(node: Json): boolean {
  if (typeof node !== "object" || node === null) return false;
  if (node.attrs?.suggestion != null || (Array.isArray(node.marks) && node.marks.some((m) => m?.type === SUGGESTED_INSERTION || m?.type === SUGGESTED_DELETION))) return true;
  return Array.isArray(node.content) && node.content.some(hasSuggestion);
}

function rejected(node: Json): Json {
  if (typeof node !== "object" || node === null) return node;
  const copy: Json = { ...node };
  if (copy.attrs && "suggestion" in copy.attrs) {
    const { suggestion: _dropped, ...attrs } = copy.attrs;
    copy.attrs = attrs;
  }
  if (Array.isArray(copy.marks)) {
    copy.marks = copy.marks.filter((m) => m?.type !== SUGGESTED_DELETION);
    if (copy.marks.length === 0) delete copy.marks;
  }
  if (Array.isArray(copy.content)) copy.content = copy.content.filter((child) => !(typeof child === "object" && child !== null && isSuggestedInsertion(child))).map(rejected);
  return copy;
}

/** The live text's ProseMirror JSON as a document with its pending suggestions, articles in reading order. */
export function withPendingSuggestions(json: unknown): Node {
  return inReadingOrder(schema.nodeFromJSON(json));
}
