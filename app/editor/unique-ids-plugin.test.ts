import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EditorState } from "prosemirror-state";
import { changedRanges, onlyWithinTextblocks, repairIds } from "../../ordinance-model/editing/index";
import { applyEdit, changeRecorder, edit, idsOf, startState, startText, type Edit, type RecordedChange } from "./testing/edit-sequences";

// The id check is skipped for changes within text blocks (onlyWithinTextblocks). Over random edit sequences, pastes
// of a copied member or item among them, every change it skips must be one that the full check finds nothing to
// repair in.

type Step = Edit | { kind: "paste"; which: number };

const step: fc.Arbitrary<Step> = fc.oneof({ weight: 5, arbitrary: edit }, { weight: 1, arbitrary: fc.record({ kind: fc.constant("paste" as const), which: fc.nat() }) });

/** A copy of a member or item inserted right after it, ids and all, as a paste of a copied provision. */
function paste(state: EditorState, which: number): EditorState {
  const nodes = idsOf(state.doc, ["member", "item"]);
  const { pos, size } = nodes[which % nodes.length]!;
  return state.apply(state.tr.insert(pos + size, state.doc.nodeAt(pos)!));
}

describe("skipping the id check for typing", () => {
  it("skips only changes in which the full check repairs nothing", () => {
    const seen = { skipped: 0, repaired: 0 };
    // Records each change as the unique-ids plugin gets it.
    const changes: RecordedChange[] = [];
    const recorder = changeRecorder(changes);
    fc.assert(
      fc.property(startText, fc.array(step, { minLength: 1, maxLength: 25 }), (text, edits) => {
        let state = startState(text, [recorder]);
        for (const e of edits) state = e.kind === "paste" ? paste(state, e.which) : applyEdit(state, e);
        for (const { transactions, state: after } of changes.splice(0)) {
          const ranges = changedRanges(transactions);
          const repairs = repairIds(after.tr, ranges);
          if (repairs) seen.repaired++;
          if (!onlyWithinTextblocks(after.doc, ranges)) continue;
          seen.skipped++;
          expect(repairs).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
    // Both kinds occur: typing that is skipped, and splits and pastes whose copied ids are repaired.
    expect(seen.skipped).toBeGreaterThan(0);
    expect(seen.repaired).toBeGreaterThan(0);
  });
});
