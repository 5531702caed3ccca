import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Node } from "prosemirror-model";
import { fullNumberingState, numberingOf, numberingPlugin, textOnlyChange, type NumberingState } from "./numbering-plugin";
import { applyEdit, edit, idsOf, normalised, startState } from "./testing/edit-sequences";

// The plugin maps its decorations through a change of plain text, and for anything else numbers anew. Over random
// edit sequences (testing/edit-sequences) its state must equal a computation from scratch after every step. After a
// change of structure it rebuilds only some decorations; the same property covers that.

const start = (twente = false) => startState(twente ? "twente" : "fixture", [numberingPlugin]);

const expectEqualToFull = (state: NumberingState, doc: Node) => {
  const full = fullNumberingState(doc);
  expect([...state.numbering.entries()]).toEqual([...full.numbering.entries()]);
  expect(normalised(state.decorations)).toEqual(normalised(full.decorations));
};

describe("the numbering plugin", () => {
  it("only treats plain text inside one text block as a text-only change", () => {
    const state = start();
    const member = idsOf(state.doc, ["member"])[0]!;
    const first = member.pos + 2;
    const typed = state.apply(state.tr.insertText("abc", first!));
    expect(textOnlyChange(state.doc, typed.doc)).toEqual({ from: first, toBefore: first, toAfter: first + 3 });
    const split = state.apply(state.tr.split(first));
    expect(textOnlyChange(state.doc, split.doc)).toBeNull();
    expect(textOnlyChange(state.doc, state.apply(state.tr.setNodeAttribute(member.pos, "condition", { slot: "hardheidsclausule" })).doc)).toBeNull();
  });

  it("keeps numbers and decorations equal to a full recomputation over random edit sequences", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 25 }), (twente, edits) => {
        let state = start(twente);
        for (const e of edits) {
          state = applyEdit(state, e);
          expectEqualToFull(numberingOf(state), state.doc);
        }
      }),
      { numRuns: 80 },
    );
  });
});
