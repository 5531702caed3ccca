import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Node } from "prosemirror-model";
import { EditorState } from "prosemirror-state";
import { schema } from "./schema";
import { fixtureModelJson } from "./testing/fixture-model";
import { ORDER_ATTR, inKeyOrder, inReadingOrder, inSharedOrder, isOrderKey, jsonInReadingOrder, repairOrderKeys, withoutOrderKey, type JsonNode } from "./article-order";
import { articlesIn } from "./tree";
import { parseLiveModel } from "./parse";

// The order of articles is their key (decision 063). These tests check the rule itself and that a move written
// through it changes, in the shared order, nothing but the moved article's key.

const idsOf = (doc: Node) => articlesIn(doc).map((a) => String(a.attrs.id));
const keysOf = (doc: Node) => articlesIn(doc).map((a) => a.attrs[ORDER_ATTR] as unknown);

/** The fixture model with keys given, in shared order, as the editor's key repair gives them. */
function keyedFixture(): Node {
  const tr = EditorState.create({ doc: schema.nodeFromJSON(fixtureModelJson()) }).tr;
  repairOrderKeys(tr);
  return tr.doc;
}

/** Writer A's move of article `index` one place down or up, as moveArticle writes it in the editor's document. */
function moved(doc: Node, index: number, direction: -1 | 1): Node | null {
  const sites: { node: Node; pos: number; parent: Node; index: number }[] = [];
  doc.descendants((node, pos, parent, i) => {
    if (node.type.name === "article") sites.push({ node, pos, parent: parent!, index: i });
    return node.type.name !== "article";
  });
  const site = sites[index % sites.length]!;
  const sibling = site.parent.maybeChild(site.index + direction);
  if (sibling?.type.name !== "article") return null;
  const tr = EditorState.create({ doc }).tr.delete(site.pos, site.pos + site.node.nodeSize);
  tr.insert(direction === 1 ? site.pos + sibling.nodeSize : site.pos - sibling.nodeSize, withoutOrderKey(site.node));
  repairOrderKeys(tr);
  return tr.doc;
}

describe("article order", () => {
  it("a run reads by key; a keyless article follows the one before it; ties keep the shared order", () => {
    const run = [
      { id: "a", key: "a2" },
      { id: "b", key: null },
      { id: "c", key: "a1" },
      { id: "d", key: "a1" },
      { id: "e", key: "a0" },
    ];
    expect(inKeyOrder(run, (x) => x.key).map((x) => x.id)).toEqual(["e", "c", "d", "a", "b"]);
  });

  it("the key repair gives rising keys without changing the order, and two writers repairing one text write the same keys", () => {
    const doc = keyedFixture();
    expect(idsOf(doc)).toEqual(idsOf(schema.nodeFromJSON(fixtureModelJson())));
    const keys = keysOf(doc) as string[];
    expect(keys.every(isOrderKey)).toBe(true);
    expect(keyedFixture().eq(doc)).toBe(true);
    expect(inReadingOrder(doc)).toBe(doc);
  });

  it("only keys that do not rise are given anew", () => {
    const doc = keyedFixture();
    const tr = EditorState.create({ doc }).tr;
    expect(repairOrderKeys(tr)).toBe(false);
  });

  it("moves written as keys leave every article in its shared place, and the shared text reads as the editor shows it", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom<-1 | 1>(-1, 1)), { minLength: 1, maxLength: 12 }), (moves) => {
        let shared = keyedFixture();
        const sharedIds = idsOf(shared);
        for (const [index, direction] of moves) {
          const editor = inReadingOrder(shared);
          const next = moved(editor, index, direction);
          if (!next) continue;
          const written = inSharedOrder(next, shared);
          // In the shared document nothing moved: the same articles in the same places, one key changed at most
          // (the moved one), and every article's content is the same node the editor holds.
          expect(idsOf(written)).toEqual(sharedIds);
          const changedKeys = keysOf(written).filter((key, i) => key !== keysOf(shared)[i]);
          expect(changedKeys.length).toBeLessThanOrEqual(1);
          expect(idsOf(inReadingOrder(written))).toEqual(idsOf(next));
          shared = written;
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a new article in the editor's document goes right after the article it follows, in the shared order too", () => {
    const shared = keyedFixture();
    const editor = moved(inReadingOrder(shared), 0, 1)!;
    const first = articlesIn(editor)[0]!;
    const fresh = schema.nodes.article!.create({ id: "art-nieuw" }, first.content);
    const tr = EditorState.create({ doc: editor }).tr.insert(positionAfter(editor, String(first.attrs.id)), fresh);
    repairOrderKeys(tr);
    const written = inSharedOrder(tr.doc, shared);
    expect(idsOf(inReadingOrder(written))).toEqual(idsOf(tr.doc));
    const sharedIds = idsOf(written);
    expect(sharedIds.indexOf("art-nieuw")).toBe(sharedIds.indexOf(String(first.attrs.id)) + 1);
  });

  it("the server's JSON reads in the same order as the editor's document", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom<-1 | 1>(-1, 1)), { minLength: 1, maxLength: 8 }), (moves) => {
        let shared = keyedFixture();
        for (const [index, direction] of moves) {
          const next = moved(inReadingOrder(shared), index, direction);
          if (next) shared = inSharedOrder(next, shared);
        }
        const json = jsonInReadingOrder(shared.toJSON() as JsonNode);
        expect(schema.nodeFromJSON(json).eq(inReadingOrder(shared))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("only what fractional-indexing can work with counts as a key; a crafted one is read and then given anew", () => {
    expect(isOrderKey("a0")).toBe(true);
    expect(isOrderKey("")).toBe(false);
    expect(isOrderKey("!!")).toBe(false);
    expect(isOrderKey(3)).toBe(false);
    const json = fixtureModelJson() as JsonNode;
    const first = (function find(node: JsonNode): JsonNode | undefined {
      return node.type === "article" ? node : node.content?.map(find).find(Boolean);
    })(json)!;
    first.attrs = { ...first.attrs, [ORDER_ATTR]: "!!" };
    expect(() => parseLiveModel(json)).not.toThrow();
    const tr = EditorState.create({ doc: schema.nodeFromJSON(json) }).tr;
    expect(repairOrderKeys(tr)).toBe(true);
    expect((keysOf(tr.doc) as unknown[]).every(isOrderKey)).toBe(true);
    expect(idsOf(tr.doc)).toEqual(idsOf(schema.nodeFromJSON(fixtureModelJson())));
  });
});

/** The position right after the article with this id. */
function positionAfter(doc: Node, id: string): number {
  let after = -1;
  doc.descendants((node, pos) => {
    if (node.attrs.id === id) after = pos + node.nodeSize;
    return after < 0;
  });
  return after;
}
