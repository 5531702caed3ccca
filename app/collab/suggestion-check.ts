import * as Y from "yjs";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION } from "../../ordinance-model/suggestions/marks";
import { ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";
import { markNameOf } from "./schema-guard.server";

// What a suggest-only connection (Voorstellen) may change: compared with its own suggestions taken out, the text must be
// exactly what it was. So it may add text that carries its own insertion mark, mark text with its own deletion mark,
// add or delete-mark a provision with its own `suggestion` attribute, and take any of its own suggestions back; a
// plain insert or delete, another author's name, or deciding anyone's suggestion changes what is left, and is refused.
// "Its own" means the author id and the name of the connection's account, both.

export interface Author {
  readonly id: number;
  readonly name: string;
}

/** Stands for an inline atom (a reference, a slot value) in a suggestion's text. */
const ATOM = "\uFFFC";
const SUGGESTION_MARKS: ReadonlySet<string> = new Set([SUGGESTED_INSERTION, SUGGESTED_DELETION]);

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
 * Everything under `type` that carries a suggestion of someone other than the author, per suggestion: its text (an
 * inline atom counts as one character, a provision's text counts for the provision's suggestion too). A writer
 * without model.acceptSuggestion must leave each of these: keeping its text is the only rule, so typing inside another's
 * suggestion still works, and deleting, accepting or rejecting any part of one does not.
 */
export function othersSuggestions(type: YType, author: Author, into = new Map<string, string>(), inside: readonly string[] = []): Map<string, string> {
  const append = (keys: readonly string[], text: string) => keys.forEach((key) => into.set(key, (into.get(key) ?? "") + text));
  if (type instanceof Y.XmlText) {
    for (const part of type.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      const marks = Object.entries(part.attributes ?? {}).filter(([key, value]) => SUGGESTION_MARKS.has(markNameOf(key)) && value !== null && !isOwn(value, author));
      append([...inside, ...marks.map(([key, value]) => `${markNameOf(key)}:${JSON.stringify(value)}`)], typeof part.insert === "string" ? part.insert : ATOM);
    }
    return into;
  }
  let keys = inside;
  const suggestion = type instanceof Y.XmlElement ? type.getAttribute("suggestion") : undefined;
  if (suggestion != null && !isOwn(suggestion, author)) {
    keys = [...inside, `suggestion:${JSON.stringify(suggestion)}`];
    append(keys.slice(-1), type instanceof Y.XmlElement && type.length === 0 ? ATOM : "");
  }
  if (type instanceof Y.XmlFragment) for (const child of type.toArray()) othersSuggestions(child as YType, author, into, keys);
  return into;
}

/** Whether every suggestion of others found before is still there afterwards, with all of its text. */
export function keepsSuggestions(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): boolean {
  return [...before].every(([key, text]) => {
    const kept = after.get(key);
    return kept !== undefined && isSubsequence(text, kept);
  });
}

function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of whole) if (at < part.length && char === part[at]) at++;
  return at === part.length;
}

/**
 * The types an update will change, read from the update itself before it is applied: the existing type every inserted
 * and every deleted item stands in (a text, an element whose children or attributes change, the fragment). An item
 * inside a new element of the same update is covered by the place where the outermost new element goes; an item
 * inside a type the update deletes, by the place of the outermost deleted one. Null for a change outside the fragment.
 * Comparing these types before and after (each with everything under it) covers the whole change.
 */
export function changedTypes(doc: Y.Doc, update: Uint8Array, fragment: Y.XmlFragment): Set<YType> | null {
  const scopes = new Set<YType>();
  const { structs, ds } = Y.decodeUpdate(update);
  const add = (type: YType | null) => {
    let scope = type;
    while (scope?._item && Y.isDeleted(ds, scope._item.id)) scope = parentOf(scope);
    if (!scope || !within(scope, fragment)) return false;
    scopes.add(scope);
    return true;
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

/**
 * Whether the update only types characters into the author's own suggested insertion: one chain of new characters,
 * placed straight after an existing item of a text in the fragment, where the formatting in effect is the author's own
 * insertion mark. That is the usual suggested keystroke (an editor types the mark once, then inside the run), and the
 * full check would accept it: the new characters drop out of the text without the author's suggestions, and nothing
 * else changes. The update is read, not applied, so the cost is one pass over that one text. False means "check it in
 * full", never "refuse". A document with pending structs is always checked in full: the update could complete them.
 */
export function typesIntoOwnInsertion(doc: Y.Doc, update: Uint8Array, author: Author): boolean {
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return false;
  const { structs, ds } = Y.decodeUpdate(update);
  const first = structs[0];
  if (ds.clients.size > 0 || !(first instanceof Y.Item) || !first.origin || first.id.clock !== Y.getState(doc.store, first.id.client)) return false;
  for (let i = 0; i < structs.length; i++) {
    const item = structs[i];
    if (!(item instanceof Y.Item) || !(item.content instanceof Y.ContentString) || item.parent !== null || !item.origin) return false;
    const before = structs[i - 1];
    // Each further piece continues the one before it, up to the same right neighbour.
    if (before && (item.id.client !== before.id.client || item.id.clock !== before.id.clock + before.length)) return false;
    if (before && (!Y.compareIDs(item.origin, Y.createID(before.id.client, before.id.clock + before.length - 1)) || !Y.compareIDs(item.rightOrigin, first.rightOrigin))) return false;
  }
  const left = find(doc, first.origin);
  if (!(left instanceof Y.Item) || !(left.parent instanceof Y.XmlText) || !within(left.parent, doc.getXmlFragment(ORDINANCE_FRAGMENT))) return false;
  // Straight after the origin: inside the origin's item when it is split there, else before the item to its right.
  // Anything else between the two would have Yjs place the characters by its conflict rule, and is checked in full.
  const next = first.origin.clock < left.id.clock + left.length - 1 ? Y.createID(left.id.client, first.origin.clock + 1) : (left.right?.id ?? null);
  return Y.compareIDs(next, first.rightOrigin) && isOwn(formattingThrough(left).get(SUGGESTED_INSERTION), author);
}

/** The marks in effect just after `item` in its text, as Yjs reads them: from the visible format items before it. */
function formattingThrough(item: Y.Item): Map<string, unknown> {
  const marks = new Map<string, unknown>();
  for (let current = (item.parent as Y.XmlText)._start; current; current = current.right) {
    if (!current.deleted && current.content instanceof Y.ContentFormat) {
      if (current.content.value === null) marks.delete(current.content.key);
      else marks.set(current.content.key, current.content.value);
    }
    if (current === item) break;
  }
  return marks;
}

/** Whether the type is, or stands inside, a provision the author suggested as new: all of it is theirs to change. */
export function insideOwnInsertion(type: YType, author: Author): boolean {
  for (let current: YType | null = type; current; current = parentOf(current)) {
    const suggestion = current instanceof Y.XmlElement ? (current.getAttribute("suggestion") as { kind?: unknown } | undefined) : undefined;
    if (suggestion?.kind === "insertion" && isOwn(suggestion, author)) return true;
  }
  return false;
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

function within(type: YType, fragment: Y.XmlFragment): boolean {
  for (let current: YType | null = type; current; current = parentOf(current)) if (current === fragment) return true;
  return false;
}

function parentOf(type: YType): YType | null {
  const parent = type._item?.parent;
  return parent instanceof Y.AbstractType ? parent : null;
}
