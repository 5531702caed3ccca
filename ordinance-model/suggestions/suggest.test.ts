import { describe, expect, it } from "vitest";
import type { EditorState } from "prosemirror-state";
import { computeNumbering } from "../numbering";
import { insertMember } from "../editing/structure";
import { cursorIn, fixtureState } from "../editing/test-state";
import { listSuggestions } from "./operations";
import { suggestingTransaction, type Suggester } from "./suggest";

// Voorstellen in the editor's terms: ordinary transactions, turned into suggestions.

let counter = 0;
const wil: Suggester = { author: 8, authorName: "Wil Werkgroep", now: () => new Date("2026-12-01T12:00:00Z"), newId: () => `s-${++counter}` };

function at(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    const i = node.isText ? node.text!.indexOf(text) : -1;
    if (found < 0 && i >= 0) found = pos + i;
    return found < 0;
  });
  return found;
}

const suggest = (state: EditorState, build: (s: EditorState) => ReturnType<EditorState["tr"]["insertText"]>) => state.apply(suggestingTransaction(state, build(state), wil)!);

describe("suggesting transactions", () => {
  it("typing inserts text with the author's insertion mark, one suggestion for a run", () => {
    let state = fixtureState();
    const pos = at(state, "beslist binnen") + "beslist ".length;
    state = suggest(state, (s) => s.tr.insertText("s", pos));
    state = suggest(state, (s) => s.tr.insertText("chriftelijk ", s.selection.from));
    const list = listSuggestions(state.doc);
    expect(list.map((s) => [s.kind, s.authorName, s.text])).toEqual([["insertion", "Wil Werkgroep", "schriftelijk "]]);
  });

  it("deleting marks the text for deletion and keeps it; deleting one's own insertion removes it", () => {
    let state = fixtureState();
    const pos = at(state, "eenmaal ");
    state = suggest(state, (s) => s.tr.delete(pos, pos + "eenmaal ".length));
    expect(state.doc.textBetween(0, state.doc.content.size)).toContain("eenmaal verlengen");
    expect(listSuggestions(state.doc).map((s) => [s.kind, s.text])).toEqual([["deletion", "eenmaal "]]);

    const typed = at(state, "beslist binnen") + "beslist ".length;
    state = suggest(state, (s) => s.tr.insertText("zo snel mogelijk ", typed));
    const own = at(state, "zo snel mogelijk ");
    state = suggest(state, (s) => s.tr.delete(own, own + "zo snel mogelijk ".length));
    expect(state.doc.textBetween(0, state.doc.content.size)).not.toContain("zo snel mogelijk");
  });

  it("a new member from the toolbar is a suggested member; the numbering counts it, the text is unchanged", () => {
    const state = cursorIn(fixtureState(), "art-beslissing-lid-termijn");
    let tr = null as ReturnType<EditorState["tr"]["insertText"]> | null;
    insertMember(state, (t) => (tr = t));
    const next = state.apply(suggestingTransaction(state, tr!, wil)!);
    const [entry] = listSuggestions(next.doc);
    expect([entry!.kind, entry!.structural, entry!.articleId]).toEqual(["insertion", true, "art-beslissing"]);
    expect(computeNumbering(next.doc).get("art-beslissing-lid-geldigheid")!.label).toBe("3.");
  });

  it("deleting character by character, backwards, is one suggested deletion", () => {
    let state = fixtureState();
    const end = at(state, "eenmaal ") + "eenmaal".length;
    for (let pos = end; pos > end - 3; pos--) state = suggest(state, (s) => s.tr.delete(pos - 1, pos));
    expect(listSuggestions(state.doc).map((s) => [s.kind, s.text])).toEqual([["deletion", "aal"]]);
  });

  it("leaves out what cannot be suggested: splitting a paragraph", () => {
    const state = fixtureState();
    const pos = at(state, "binnen acht");
    expect(suggestingTransaction(state, state.tr.split(pos), wil)).toBeNull();
  });
});
