import * as Y from "yjs";
import type { ContentMatch, NodeType } from "prosemirror-model";
import type { Extension } from "@hocuspocus/server";
import { definitionStyles, numberingStyles, schema } from "../../ordinance-model/index";
import { FORBIDDEN, refusal } from "./close-events.server";
import type { CollabContext } from "./context.server";
import { ORDINANCE_ATTRS, ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";
import { writtenUpdateIn } from "./sync-frame.server";

// Every writer's update is checked before it is stored or broadcast: applied to a copy of the document, the document
// must still hold only node types, attributes and marks of the schema, in places the schema (bound to Yjs) allows.
// A Y.XmlHook, an unknown node type or a paragraph straight in the body is refused and nothing is stored: in the
// editors y-prosemirror would delete whatever it cannot convert, for everyone, or fail outright on a hook.
// Typing (text inserted into or deleted from existing paragraphs) cannot change structure and skips the copy.
// The settings of the whole text (the ordinance's own attributes) must keep a value of the schema, and only a
// connection whose account may choose them (policy action model.settings) may change them.

const markName = /^(.+?)(--[a-zA-Z0-9+/=]{8})?$/;

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
        for (const key of Object.keys(part.attributes ?? {})) if (!schema.marks[markName.exec(key)![1]!]) return `onbekende opmaak "${key}"`;
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

/** The shared text an item stands in, when it is one already in the document; null otherwise. */
function textOf(doc: Y.Doc, item: Y.Item): Y.XmlText | null {
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
    parent = neighbour instanceof Y.Item ? neighbour.parent : null;
  }
  return parent instanceof Y.XmlText ? parent : null;
}

/** Whether the update only inserts or deletes characters of existing shared texts. */
export function onlyTyping(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString) || struct.parentSub !== null || !textOf(doc, struct)) return false;
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
        const text = struct instanceof Y.Item && (struct.content instanceof Y.ContentString || struct.content instanceof Y.ContentDeleted) && struct.parent instanceof Y.XmlText;
        if (!text) return false;
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return true;
}

export interface UpdateRefusal {
  readonly close: { code: number; reason: string };
  readonly why: string;
}

const settingsOf = (doc: Y.Doc) => JSON.stringify(Object.entries(doc.getMap(ORDINANCE_ATTRS).toJSON()).sort(([a], [b]) => a.localeCompare(b)));

/** Null when the update may be stored; otherwise why not, and the close code that says so. */
export function updateViolation(document: Y.Doc, update: Uint8Array, maySetSettings: boolean): UpdateRefusal | null {
  if (onlyTyping(document, update)) return null;
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
    Y.applyUpdate(copy, update);
    const violation = schemaViolation(copy);
    if (violation) return { close: NOT_IN_SCHEMA, why: `buiten het schema: ${violation}` };
    if (!maySetSettings && settingsOf(copy) !== settingsOf(document)) return { close: FORBIDDEN, why: "de instellingen van de verordening gewijzigd zonder die bevoegdheid" };
    return null;
  } catch (error) {
    return { close: NOT_IN_SCHEMA, why: `buiten het schema: ${(error as Error).message}` };
  } finally {
    copy.destroy();
  }
}

/** Placed before the persistence: a refused update closes the connection and is never stored or broadcast. */
export function schemaGuard(): Extension<CollabContext> {
  return {
    extensionName: "modelwerk-schema",
    async beforeHandleMessage({ document, context: { grant }, update: frame }) {
      if (!grant?.canEdit) return;
      const update = writtenUpdateIn(frame);
      if (!update) return;
      const refused = updateViolation(document, update, grant.canChangeSettings);
      if (refused === null) return;
      console.warn(`Samenwerken: wijziging op ${document.name} geweigerd: ${refused.why}`);
      throw refusal(refused.close);
    },
  };
}
