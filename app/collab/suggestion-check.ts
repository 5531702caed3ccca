import * as Y from "yjs";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION } from "../../ordinance-model/suggestions/marks";

// What a suggest-only connection (Voorstellen) may change: compared with its own suggestions taken out, the text must be
// exactly what it was. So it may add text that carries its own insertion mark, mark text with its own deletion mark,
// add or delete-mark a provision with its own `suggestion` attribute, and take any of its own suggestions back; a
// plain insert or delete, another author's name, or deciding anyone's suggestion changes what is left, and is refused.
// "Its own" means the author id and the name of the connection's account, both.

export interface Author {
  readonly id: number;
  readonly name: string;
}

// Yjs types are invariant in their event type, so "any type" needs any.
type YType = Y.AbstractType<any>;

const isOwn = (value: unknown, author: Author) => {
  const record = value as { author?: unknown; authorName?: unknown } | null;
  return typeof record === "object" && record !== null && record.author === author.id && record.authorName === author.name;
};

/** The shared tree under `type` with the author's own suggestions taken out, as comparable JSON. */
export function withoutOwnSuggestions(type: YType, author: Author): unknown {
  if (type instanceof Y.XmlText) return textWithout(type, author);
  if (type instanceof Y.XmlElement) {
    const attrs = type.getAttributes() as Record<string, unknown>;
    const suggestion = attrs.suggestion as { kind?: unknown } | null | undefined;
    if (isOwn(suggestion, author) && suggestion?.kind === "insertion") return undefined;
    const kept = Object.keys(attrs)
      .sort()
      .filter((key) => !(key === "suggestion" && (attrs[key] === null || isOwn(attrs[key], author))))
      .map((key) => [key, attrs[key]]);
    return [type.nodeName, kept, childrenWithout(type, author)];
  }
  if (type instanceof Y.XmlFragment) return ["#fragment", childrenWithout(type, author)];
  return ["#other", type.toJSON()];
}

function childrenWithout(parent: Y.XmlFragment, author: Author): unknown[] {
  return parent
    .toArray()
    .map((child) => withoutOwnSuggestions(child as YType, author))
    .filter((child) => child !== undefined);
}

function textWithout(text: Y.XmlText, author: Author): unknown[] {
  const runs: [string, string][] = [];
  for (const part of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const attributes = { ...(part.attributes ?? {}) };
    if (isOwn(attributes[SUGGESTED_INSERTION], author)) continue;
    if (isOwn(attributes[SUGGESTED_DELETION], author)) delete attributes[SUGGESTED_DELETION];
    const key = JSON.stringify(Object.keys(attributes).sort().map((k) => [k, attributes[k]]));
    const insert = typeof part.insert === "string" ? part.insert : JSON.stringify(part.insert);
    const last = runs.at(-1);
    if (last && last[1] === key) last[0] += insert;
    else runs.push([insert, key]);
  }
  return runs;
}

/**
 * The types whose content must be compared: for every changed type its enclosing article (or chapter, section), and
 * the whole fragment where a change is not inside one. A change outside the fragment is returned as null.
 */
export function scopesOf(transaction: Y.Transaction, fragment: Y.XmlFragment): Set<YType> | null {
  const scopes = new Set<YType>();
  for (const type of transaction.changed.keys()) {
    const scope = enclosingProvision(type, fragment);
    if (scope === null) return null;
    scopes.add(scope);
  }
  return scopes;
}

function enclosingProvision(type: YType, fragment: Y.XmlFragment): YType | null {
  let innermost: YType | null = null;
  for (let current: YType | null = type; current; current = parentOf(current)) {
    if (current === fragment) return innermost ?? fragment;
    if (!innermost && current instanceof Y.XmlElement && (current.nodeName === "article" || current.nodeName === "section" || current.nodeName === "chapter")) innermost = current;
  }
  return null;
}

function parentOf(type: YType): YType | null {
  const parent = type._item?.parent;
  return parent instanceof Y.AbstractType ? parent : null;
}

/** The same shared type in another document with the same history (found by the id of the item that holds it). */
export function counterpart(type: YType, doc: Y.Doc, fragment: Y.XmlFragment): YType | null {
  if (!type._item) return fragment;
  try {
    const item = Y.getItem(doc.store, type._item.id);
    return item instanceof Y.Item && item.content instanceof Y.ContentType && !item.deleted ? item.content.type : null;
  } catch {
    return null;
  }
}
