import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Plugin, type EditorState, type Transaction } from "prosemirror-state";
import { repairOrderKeys } from "../../ordinance-model/article-order";
import { changedRanges, onlyWithinTextblocks } from "../../ordinance-model/editing/index";
import { sharedOrderPlugin } from "./shared-order";
import { applyEdit, edit, startState, startText } from "./testing/edit-sequences";

// The editor gives order keys after its own changes (sharedOrderPlugin), but skips changes within text blocks. Over
// random edit sequences, every change it skips must be one in which the full repair finds no key to give.

describe("skipping the order-key repair for typing", () => {
  it("skips only changes after which the full repair gives no key", () => {
    const seen = { skipped: 0, repaired: 0 };
    // Records each change as the plugin gets it: placed before it, it sees the edit without the plugin's repair.
    const changes: { transactions: readonly Transaction[]; state: EditorState }[] = [];
    const recorder = new Plugin({
      appendTransaction(transactions, _old, state) {
        if (transactions.some((tr) => tr.docChanged)) changes.push({ transactions, state });
        return null;
      },
    });
    const plugins = [recorder, sharedOrderPlugin(() => {
      throw new Error("no view in this test");
    })];
    fc.assert(
      fc.property(startText, fc.array(edit, { minLength: 1, maxLength: 25 }), (text, edits) => {
        // The editor starts from a keyed text: the server keys a model's first state.
        let state = startState(text, plugins);
        const keyed = state.tr;
        repairOrderKeys(keyed);
        state = state.apply(keyed);
        changes.splice(0);
        for (const e of edits) state = applyEdit(state, e);
        for (const { transactions, state: after } of changes.splice(0)) {
          const repairs = repairOrderKeys(after.tr);
          if (repairs) seen.repaired++;
          if (!onlyWithinTextblocks(after.doc, changedRanges(transactions))) continue;
          seen.skipped++;
          expect(repairs).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
    // Both kinds occur: typing that is skipped, and new or moved articles that need a key.
    expect(seen.skipped).toBeGreaterThan(0);
    expect(seen.repaired).toBeGreaterThan(0);
  });
});
