import * as Y from "yjs";
import type { ContentMatch, NodeType } from "prosemirror-model";
import { definitionStyles, numberingStyles, schema } from "../../ordinance-model/index";
import { ORDINANCE_ATTRS, ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";

// Every writer's update is checked before it is stored or broadcast (update-guard.server.ts): applied to a copy, the document
// must still hold only node types, attributes and marks of the schema, in places the schema (bound to Yjs) allows.
// A Y.XmlHook, an unknown node type or a paragraph straight in the body is refused and nothing is stored: in the
// editors y-prosemirror would delete whatever it cannot convert, for everyone, or fail outright on a hook.
// Typing (text and marks inserted into or deleted from existing paragraphs) cannot change structure and skips the check.
// The settings of the whole text (the ordinance's own attributes) must keep a value of the schema, and only a
// connection whose account may choose them (policy action model.settings) may change them.

const markName = /^(.+?)(--[a-zA-Z0-9+/=]{8})?$/;

/** A mark's name in a Yjs attribute key: y-prosemirror appends a hash to marks that may overlap. */
export const markNameOf = (key: string) => markName.exec(key)![1]!;

/** WebSocket's "policy violation": the update is not something an editor of this schema writes. */
export const NOT_IN_SCHEMA = { code: 1008, reason: "Not in schema" } as const;

/** The values each setting of the ordinance may take. */
const SETTING_VALUES: Record<string, readonly unknown[]> = { numbering: numberingStyles, definitions: definitionStyles };

/** What is not of the schema in this document, in words, or null. */
export function schemaViolation(doc: Y.Doc): string | null {
  const fragment = doc.getXmlFragment(ORDINANCE_FRAGMENT);
  const attrs = doc.getMap(ORDINANCE_ATTRS);
  for (const [name, type] of doc.share) {
    const shared: unknown = type;
    const allowed = (shared === fragment && type._map.size === 0) || (shared === attrs && type._start === null);
    if (!allowed && (type._start !== null || type._map.size > 0)) return `onbekend gedeeld onderdeel "${name}"`;
  }
  for (const [key, value] of attrs.entries()) {
    if (!(key in schema.topNodeType.spec.attrs!)) return `onbekend attribuut "${key}" van de verordening`;
    if (SETTING_VALUES[key] && !SETTING_VALUES[key].includes(value)) return `ongeldige waarde voor "${key}" van de verordening`;
  }
  return violationIn(fragment, schema.topNodeType);
}

/** Checked on the shared tree itself, as y-prosemirror will convert it: types, attributes, marks and content. */
function violationIn(parent: Y.XmlFragment | Y.XmlElement, parentType: NodeType): string | null {
  let match: ContentMatch | null = parentType.contentMatch;
  for (const child of parent.toArray()) {
    const childType = child instanceof Y.XmlText ? schema.nodes.text! : child instanceof Y.XmlElement ? schema.nodes[child.nodeName] : undefined;
    if (childType) {
      match = match.matchType(childType);
      if (!match) return `"${childType.name}" mag niet staan in "${parentType.name}"`;
    }
    if (child instanceof Y.XmlText) {
      for (const part of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof part.insert !== "string") return "iets anders dan tekst in een tekst";
        for (const key of Object.keys(part.attributes ?? {})) if (!schema.marks[markNameOf(key)]) return `onbekende opmaak "${key}"`;
      }
    } else if (child instanceof Y.XmlElement) {
      const type = schema.nodes[child.nodeName];
      if (!type || type.isText) return `onbekend knooptype "${child.nodeName}"`;
      for (const key of Object.keys(child.getAttributes())) if (!(key in (type.spec.attrs ?? {}))) return `onbekend attribuut "${key}" bij "${child.nodeName}"`;
      const problem = violationIn(child, type);
      if (problem) return problem;
    } else return "een XmlHook of ander type dat geen knoop van het schema is";
  }
  return match.validEnd ? null : `"${parentType.name}" is onvolledig`;
}

/** The shared text an item stands in, when it is one already in the document or one given by `known`; null otherwise. */
function textOf(doc: Y.Doc, item: Y.Item, known: (id: Y.ID) => Y.XmlText | null): Y.XmlText | null {
  const find = (id: Y.ID | null) => {
    if (!id) return null;
    try {
      return Y.getItem(doc.store, id);
    } catch {
      return null;
    }
  };
  let parent: unknown = null;
  if (item.parent instanceof Y.ID) {
    const holder = find(item.parent);
    parent = holder instanceof Y.Item && holder.content instanceof Y.ContentType ? holder.content.type : null;
  } else if (item.parent === null) {
    const neighbour = find(item.origin) ?? find(item.rightOrigin);
    parent = neighbour instanceof Y.Item ? neighbour.parent : [item.origin, item.rightOrigin].map((id) => id && known(id)).find(Boolean);
  }
  return parent instanceof Y.XmlText ? parent : null;
}

/** Text and formatting of a mark of the schema: what an editor types, with or without marks (a suggestion's too). */
const isTyped = (content: Y.Item["content"]) => content instanceof Y.ContentString || (content instanceof Y.ContentFormat && Boolean(schema.marks[markNameOf(content.key)]));

/**
 * Whether the update only inserts or deletes characters and marks of existing shared texts. A typed run with a mark is
 * a chain of items (mark start, characters, mark end), each placed after the one before it in the same update.
 */
export function onlyTyping(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const placed: { item: Y.Item; text: Y.XmlText }[] = [];
  const known = (id: Y.ID) => placed.find(({ item }) => item.id.client === id.client && id.clock >= item.id.clock && id.clock < item.id.clock + item.length)?.text ?? null;
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !isTyped(struct.content) || struct.parentSub !== null) return false;
    const text = textOf(doc, struct, known);
    if (!text) return false;
    placed.push({ item: struct, text });
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len; ) {
        let struct;
        try {
          struct = Y.getItem(doc.store, Y.createID(client, clock));
        } catch {
          return false;
        }
        const text = struct instanceof Y.Item && (isTyped(struct.content) || struct.content instanceof Y.ContentDeleted) && struct.parent instanceof Y.XmlText;
        if (!text) return false;
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return true;
}

/** The settings of the whole text, comparable: a writer without model.settings must leave them as they are. */
export const settingsOf = (doc: Y.Doc) => JSON.stringify(Object.entries(doc.getMap(ORDINANCE_ATTRS).toJSON()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
