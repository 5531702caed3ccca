import * as Y from "yjs";
import { prosemirrorJSONToYDoc, yXmlFragmentToProsemirrorJSON } from "y-prosemirror";
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
  const doc = prosemirrorJSONToYDoc(schema, withOrderKeys(json), ORDINANCE_FRAGMENT);
  try {
    const attrs = doc.getMap(ORDINANCE_ATTRS);
    for (const [key, value] of Object.entries(((json as JsonObject).attrs ?? {}) as JsonObject)) attrs.set(key, value);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The ProseMirror JSON of a live document (no DOM needed), in the shape `parseModel` takes; articles in reading order. */
export function yDocToOrdinanceJSON(doc: Y.Doc): JsonObject {
  const { content } = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(ORDINANCE_FRAGMENT)) as { content: JsonNode[] };
  return jsonInReadingOrder({ type: "ordinance", attrs: doc.getMap(ORDINANCE_ATTRS).toJSON(), content });
}
