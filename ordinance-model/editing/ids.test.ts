import { describe, expect, it } from "vitest";
import { Slice, Fragment } from "prosemirror-model";
import { changedRanges, freshId, repairIds } from "./ids";
import { fixtureState, positionOf } from "./test-state";
import { parseModel } from "../parse";

describe("ids", () => {
  it("fresh ids are valid ids with a readable prefix", () => {
    expect(freshId("article")).toMatch(/^art-[a-z0-9]{8}$/);
    expect(freshId("articleNote")).toMatch(/^toel-[a-z0-9]{8}$/);
    expect(new Set(Array.from({ length: 1000 }, () => freshId("member"))).size).toBe(1000);
  });

  it("a pasted copy of an article gets new ids throughout; the original keeps its own", () => {
    const state = fixtureState();
    const pos = positionOf(state, "art-hardheid");
    const original = state.doc.nodeAt(pos)!;
    const tr = state.tr.replace(pos, pos, new Slice(Fragment.from(original), 0, 0));
    expect(repairIds(tr, changedRanges([tr]))).toBe(true);
    const copy = tr.doc.nodeAt(pos)!;
    expect(copy.attrs.id).not.toBe("art-hardheid");
    expect(copy.child(1).attrs.id).not.toBe(original.child(1).attrs.id);
    expect(tr.doc.nodeAt(pos + copy.nodeSize)!.attrs.id).toBe("art-hardheid");
    expect(() => parseModel(tr.doc.toJSON())).not.toThrow();
  });

  it("a node without id gets one; a clean document needs no repair", () => {
    const state = fixtureState();
    const tr = state.tr;
    expect(repairIds(tr, [])).toBe(false);
    tr.setNodeAttribute(positionOf(state, "art-hardheid-lid"), "id", null);
    expect(repairIds(tr, [])).toBe(true);
    expect(() => parseModel(tr.doc.toJSON())).not.toThrow();
  });
});
