import * as Y from "yjs";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION } from "../../ordinance-model/suggestions/marks";
import { ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";

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
 * The types an update will change, read from the update itself before it is applied: for every inserted item and every
 * deleted one, its enclosing article (or chapter, section) in `doc`, or the whole fragment where the change is not
 * inside one. Null for a change outside the fragment. Items inside new elements of the same update are covered by the
 * place where the outermost new element goes.
 */
export function scopesOf(doc: Y.Doc, update: Uint8Array, fragment: Y.XmlFragment): Set<YType> | null {
  const scopes = new Set<YType>();
  const { structs, ds } = Y.decodeUpdate(update);
  const add = (type: YType | null) => {
    const scope = type && enclosingProvision(type, fragment);
    if (scope) scopes.add(scope);
    return scope !== null;
  };
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = parentTypeOf(doc, struct);
    if (parent === "outside") return null;
    if (parent !== "new" && !add(parent)) return null;
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len; ) {
        const item = find(doc, Y.createID(client, clock));
        if (!(item instanceof Y.Item)) break;
        if (!add(item.parent instanceof Y.AbstractType ? item.parent : null)) return null;
        clock = item.id.clock + item.length;
      }
    }
  }
  return scopes;
}

function find(doc: Y.Doc, id: Y.ID | null): Y.Item | Y.GC | null {
  if (!id) return null;
  try {
    return Y.getItem(doc.store, id);
  } catch {
    return null;
  }
}

/** The existing type a decoded item goes into; "new" when that is an element of the same update; "outside" otherwise. */
function parentTypeOf(doc: Y.Doc, item: Y.Item): YType | "new" | "outside" {
  if (typeof item.parent === "string") return item.parent === ORDINANCE_FRAGMENT ? doc.getXmlFragment(item.parent) : "outside";
  if (item.parent instanceof Y.ID) {
    const holder = find(doc, item.parent);
    if (holder instanceof Y.Item && holder.content instanceof Y.ContentType) return holder.content.type;
    return holder === null ? "new" : "outside";
  }
  const neighbour = find(doc, item.origin) ?? find(doc, item.rightOrigin);
  if (neighbour instanceof Y.Item && neighbour.parent instanceof Y.AbstractType) return neighbour.parent;
  return item.origin || item.rightOrigin ? "new" : "outside";
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
