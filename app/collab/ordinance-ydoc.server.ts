import * as Y from "yjs";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "y-prosemirror";
import { schema } from "../../ordinance-model/index";
import { jsonInReadingOrder, type JsonNode } from "../../ordinance-model/article-order";
import { withOrderKeys } from "./order-keys.server";

/** The XmlFragment ySyncPlugin binds to: the children of the `ordinance` top node. */
export const ORDINANCE_FRAGMENT = "ordinance";
/**
 * y-prosemirror keeps only the top node's children, so the top node's own attributes (`numbering`) live in this map.
 * Without it the live text would silently fall back to the schema default.
 */
export const ORDINANCE_ATTRS = "ordinanceAttrs";

type JsonObject = Record<string, unknown>;

/** The first Yjs state of a model, converted on the server from its stored ProseMirror JSON. */
export function ordinanceToYUpdate(json: unknown): Uint8Array {
  const doc = new Y.Doc();
  try {
    replaceOrdinance(doc, json);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Puts this ProseMirror JSON in place of the whole text of a document, in one transaction (one update): the first
 * state of a model, or a Word import replacing the working draft of a live one (decision 065).
 */
export function replaceOrdinance(doc: Y.Doc, json: unknown): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(ORDINANCE_FRAGMENT);
    fragment.delete(0, fragment.length);
    prosemirrorJSONToYXmlFragment(schema, withOrderKeys(json), fragment);
    const attrs = doc.getMap(ORDINANCE_ATTRS);
    attrs.clear();
    for (const [key, value] of Object.entries(((json as JsonObject).attrs ?? {}) as JsonObject)) attrs.set(key, value);
  });
}

/** The ProseMirror JSON of a live document (no DOM needed), in the shape `parseModel` takes; articles in reading order. */
export function yDocToOrdinanceJSON(doc: Y.Doc): JsonObject {
  const { content } = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(ORDINANCE_FRAGMENT)) as { content: JsonNode[] };
  return jsonInReadingOrder({ type: "ordinance", attrs: doc.getMap(ORDINANCE_ATTRS).toJSON(), content });
}
