import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listSuggestions } from "../../ordinance-model/suggestions/index";
import { suggestionDecorations, suggestionPlugin, suggestionsUntouched } from "./suggestion-plugin";
import { applyEdit, edit, normalised, startState, startText } from "./testing/edit-sequences";

// The suggestion decorations are made anew only where a transaction changed the document (changed-range.ts) and mapped
// elsewhere: over random edit sequences, suggestions typed and deleted among them, they must equal the decorations of
// the whole document after every step. The side panel keeps its list when no suggestion was touched; then the list
// must indeed be the same.

describe("the suggestion decorations", () => {
  it("equal a decoration of the whole document, and an untouched change keeps the list, over random edit sequences", () => {
    let untouched = 0;
    fc.assert(
      fc.property(startText, fc.array(edit, { minLength: 1, maxLength: 25 }), (text, edits) => {
        let state = startState(text, [suggestionPlugin]);
        for (const e of edits) {
          const next = applyEdit(state, e);
          expect(normalised(suggestionPlugin.getState(next)!)).toEqual(normalised(suggestionDecorations(next.doc)));
          if (suggestionsUntouched(state, next)) {
            untouched++;
            expect(listSuggestions(next.doc)).toEqual(listSuggestions(state.doc));
          }
          state = next;
        }
      }),
      { numRuns: 80 },
    );
    // The generated edits do sometimes leave every suggestion alone (else the second check would check nothing).
    expect(untouched).toBeGreaterThan(0);
  });
});
