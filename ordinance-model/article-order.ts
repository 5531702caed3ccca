import { Fragment, type Node } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

// The order of articles is a key on each article (`order`, a fractional index), not their place in the shared
// document (decision 063). Yjs cannot move an element: writing a move as a delete and an insert loses what another
// writer types into the article at that moment. So a move only sets the article's key; every reader (the editor,
// numbering, lint, parseLiveModel, the documents) reads the articles of a container sorted by key, and the shared
// document keeps each article's own element where it was first inserted.
//
// The rule, the same everywhere: within each run of consecutive articles of a body, chapter or section, articles
// sort by key; an article without a (valid) key takes the key of the article before it in the shared order, and
// ties keep the shared order, which every replica agrees on.

export const ORDER_ATTR = "order";

const containerNames: ReadonlySet<string> = new Set(["body", "chapter", "section"]);

const checkedKeys = new Map<string, boolean>();

/** Whether fractional-indexing takes `value` as a key; remembered, since the editor asks on every change. */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== "string" || value === "") return false;
  let valid = checkedKeys.get(value);
  if (valid === undefined) {
    try {
      generateKeyBetween(value, null);
      valid = true;
    } catch {
      valid = false;
    }
    if (checkedKeys.size > 10_000) checkedKeys.clear();
    checkedKeys.set(value, valid);
  }
  return valid;
}

/** A run of articles in reading order: by key, a keyless article after the one before it, ties in the given order. */
export function inKeyOrder<T>(run: readonly T[], keyOf: (item: T) => unknown): T[] {
  let inherited = "";
  const keyed = run.map((item, index) => {
    const own = keyOf(item);
    if (typeof own === "string" && own !== "") inherited = own;
    return { item, key: inherited, index };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  return keyed.map((k) => k.item);
}

/** How the walk below reads and rebuilds a tree: ProseMirror nodes in the editor, JSON on the server. */
interface TreeShape<T> {
  name(node: T): string;
  children(node: T): readonly T[];
  withChildren(node: T, children: T[]): T;
}

/**
 * `node` with each container's runs of consecutive articles replaced by `arrange(run, container)`. Only the
 * ordinance, body, chapters and sections are walked; a node whose children did not change is returned itself.
 */
function rearranged<T>(shape: TreeShape<T>, node: T, arrange: (run: T[], container: T) => T[]): T {
  const name = shape.name(node);
  if (name !== "ordinance" && !containerNames.has(name)) return node;
  const before = shape.children(node);
  const after: T[] = [];
  let run: T[] = [];
  const flush = () => {
    if (run.length > 1) after.push(...arrange(run, node));
    else after.push(...run);
    run = [];
  };
  for (const child of before) {
    if (containerNames.has(name) && shape.name(child) === "article") run.push(child);
    else {
      flush();
      after.push(rearranged(shape, child, arrange));
    }
  }
  flush();
  return after.every((child, i) => child === before[i]) ? node : shape.withChildren(node, after);
}

const nodeShape: TreeShape<Node> = {
  name: (node) => node.type.name,
  children: (node) => {
    const children: Node[] = [];
    node.forEach((child) => children.push(child));
    return children;
  },
  withChildren: (node, children) => node.copy(Fragment.from(children)),
};

/** The document as it reads: articles in key order. Unchanged parts are the same node objects. */
export function inReadingOrder(doc: Node): Node {
  return rearranged(nodeShape, doc, (run) => inKeyOrder(run, (article) => article.attrs[ORDER_ATTR]));
}

export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
}

const jsonShape: TreeShape<JsonNode> = {
  name: (node) => node.type,
  children: (node) => node.content ?? [],
  withChildren: (node, content) => ({ ...node, content }),
};

/** The same for ProseMirror JSON (the live text as the server reads it). */
export function jsonInReadingOrder<T extends JsonNode>(json: T): T {
  return rearranged(jsonShape, json as JsonNode, (run) => inKeyOrder(run, (article) => article.attrs?.[ORDER_ATTR])) as T;
}

const containerKey = (node: Node) => (node.type.name === "body" ? "body" : `${node.type.name}:${String(node.attrs.id)}`);

/**
 * The editor's document (reading order) put back into the order of the shared document `shared`, which y-prosemirror
 * binds position by position: each article that already stands in the same container of `shared` takes its shared
 * place, so an edit inside it, or a change of its key (a move), is written into its own shared element. A new article
 * goes right after the article it follows in the editor.
 */
export function inSharedOrder(doc: Node, shared: Node): Node {
  const place = new Map<string, { container: string; index: number }>();
  rearranged(nodeShape, shared, (run, container) => {
    run.forEach((article, index) => {
      const id = String(article.attrs.id);
      if (!place.has(id)) place.set(id, { container: containerKey(container), index });
    });
    return run;
  });
  return rearranged(nodeShape, doc, (run, container) => {
    const key = containerKey(container);
    const indexOf = (article: Node) => {
      const at = place.get(String(article.attrs.id));
      return at?.container === key ? at.index : null;
    };
    const result = run.filter((article) => indexOf(article) !== null).sort((a, b) => indexOf(a)! - indexOf(b)!);
    run.forEach((article, i) => {
      if (indexOf(article) !== null) return;
      result.splice(i === 0 ? 0 : result.indexOf(run[i - 1]!) + 1, 0, article);
    });
    return result;
  });
}

/** The article written without its key, for a move: the key is then given anew between its new neighbours. */
export function withoutOrderKey(article: Node): Node {
  return article.type.create({ ...article.attrs, [ORDER_ATTR]: null }, article.content, article.marks);
}

/**
 * The text without its articles' keys: what a text says, for comparing it with another text. A version frozen from
 * the co-edited text carries keys that the text it follows never had; they are no change of the text.
 */
export function withoutOrderKeys(node: Node): Node {
  if (node.type.name === "article") return node.attrs[ORDER_ATTR] === null ? node : withoutOrderKey(node);
  if (node.type.name !== "ordinance" && !containerNames.has(node.type.name)) return node;
  const before = nodeShape.children(node);
  const after = before.map(withoutOrderKeys);
  return after.every((child, i) => child === before[i]) ? node : nodeShape.withChildren(node, after);
}

/**
 * Gives keys where the reading order of `tr.doc` needs them: an article without a valid key, or with one that is not
 * above the key before it, gets one between its neighbours. The result depends only on the document, so two writers
 * who repair the same text write the same keys. Returns whether it changed anything.
 */
export function repairOrderKeys(tr: Transaction): boolean {
  const runs: { pos: number; key: unknown }[][] = [];
  const collect = (node: Node, pos: number) => {
    let run: { pos: number; key: unknown }[] = [];
    node.forEach((child, offset) => {
      const at = pos + 1 + offset;
      if (child.type.name === "article" && containerNames.has(node.type.name)) run.push({ pos: at, key: child.attrs[ORDER_ATTR] });
      else {
        if (run.length) runs.push(run);
        run = [];
        if (containerNames.has(child.type.name)) collect(child, at);
      }
    });
    if (run.length) runs.push(run);
  };
  tr.doc.forEach((child, offset) => {
    if (child.type.name === "body") collect(child, offset);
  });
  let changed = false;
  for (const run of runs) {
    // Keep the keys that already rise; give the others new keys between the kept ones around them.
    let last: string | null = null;
    const kept = run.map(({ key }) => {
      const keep = isOrderKey(key) && (last === null || key > last);
      if (keep) last = key as string;
      return keep;
    });
    for (let i = 0; i < run.length; ) {
      if (kept[i]) {
        i++;
        continue;
      }
      let end = i;
      while (end < run.length && !kept[end]) end++;
      const below = i > 0 ? (run[i - 1]!.key as string) : null;
      const above = end < run.length ? (run[end]!.key as string) : null;
      const keys = generateNKeysBetween(below, above, end - i);
      for (let k = i; k < end; k++) {
        tr.setNodeAttribute(run[k]!.pos, ORDER_ATTR, keys[k - i]);
        run[k]!.key = keys[k - i];
      }
      changed = true;
      i = end;
    }
  }
  return changed;
}
