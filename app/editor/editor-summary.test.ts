import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EditorState } from "prosemirror-state";
import { nextOutline, outlineOf, type OutlineEntry } from "./editor-summary";
import { numberingOf, numberingPlugin } from "./numbering-plugin";
import { applyEdit, edit, idsOf, startState, startText } from "./testing/edit-sequences";

// The outline is kept without walking the text when only plain text outside a heading changed (nextOutline). Over
// random edit sequences (typing into headings among them) it must equal the outline found from scratch.

const outlineAfter = (state: EditorState, previous: readonly OutlineEntry[] | null) => nextOutline(state.doc, numberingOf(state).numbering, previous);

describe("the editor's outline", () => {
  it("is kept as it is, without a walk, for typing in a member, and found anew for typing in a heading", () => {
    const state = startState("twente", [numberingPlugin]);
    const outline = outlineAfter(state, null);
    const member = idsOf(state.doc, ["member"])[0]!;
    const typed = state.apply(state.tr.insertText("abc", member.pos + 2));
    expect(outlineAfter(typed, outline)).toBe(outline);
    const article = idsOf(state.doc, ["article"])[0]!;
    const retitled = state.apply(state.tr.insertText("Nieuw: ", article.pos + 2));
    const before = outlineAfter(state, null);
    const changed = outlineAfter(retitled, before);
    expect(changed).not.toBe(before);
    expect(changed.find((e) => e.id === article.id)!.heading).toMatch(/^Nieuw: /);
  });

  it("equals the outline found from scratch after every step of random edit sequences", () => {
    fc.assert(
      fc.property(startText, fc.array(edit, { minLength: 1, maxLength: 25 }), (text, edits) => {
        let state = startState(text, [numberingPlugin]);
        let outline = outlineAfter(state, null);
        for (const e of edits) {
          state = applyEdit(state, e);
          outline = outlineAfter(state, outline);
          expect(outline).toEqual(outlineOf(state.doc, numberingOf(state).numbering));
        }
      }),
      { numRuns: 80 },
    );
  });
});
