import * as Y from "yjs";

// Yjs types are invariant in their event type, so "any type" needs any.
type YType = Y.AbstractType<any>;

/**
 * The ids of the articles a Yjs transaction touched: for every changed type, the nearest enclosing `article` element
 * (or, for an explanatory note, the article the note is about). Changes outside any article — the preamble, the slot
 * registry, inserting a whole new article into the body — are not attributed; typing in the new article is.
 */
export function touchedArticleIds(transaction: Y.Transaction): Set<string> {
  const ids = new Set<string>();
  for (const type of transaction.changed.keys()) {
    const id = enclosingArticleId(type);
    if (id) ids.add(id);
  }
  return ids;
}

function enclosingArticleId(type: YType): string | null {
  for (let current: YType | null = type; current; current = parentOf(current)) {
    if (current instanceof Y.XmlElement && (current.nodeName === "article" || current.nodeName === "articleNote")) {
      const id: unknown = current.getAttribute(current.nodeName === "article" ? "id" : "article");
      return typeof id === "string" && id !== "" ? id : null;
    }
  }
  return null;
}

function parentOf(type: YType): YType | null {
  const parent = type._item?.parent;
  return parent instanceof Y.AbstractType ? parent : null;
}
