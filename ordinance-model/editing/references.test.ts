import { describe, expect, it } from "vitest";
import { computeNumbering } from "../numbering";
import { referenceInWords } from "../references";
import { editArticleNote } from "./notes";
import { articleTargets, insertReference, searchTargets } from "./references";
import { cursorIn, fixtureState, run } from "./test-state";
import { parseModel } from "../parse";

describe("cross-references and notes", () => {
  it("searches articles by number and heading", () => {
    const { doc } = fixtureState();
    const targets = articleTargets(doc, computeNumbering(doc));
    expect(searchTargets(targets, "hardheid").map((t) => t.id)).toEqual(["art-hardheid"]);
    const third = targets[2]!;
    expect(searchTargets(targets, third.label).map((t) => t.id)).toContain(third.id);
  });

  it("inserts a reference node whose words come from the numbering", () => {
    const state = run(cursorIn(fixtureState(), "art-reikwijdte-lid"), insertReference("art-hardheid"));
    const inserted = state.selection.$from.nodeBefore!;
    expect(inserted.type.name).toBe("reference");
    expect(referenceInWords(computeNumbering(state.doc), String(inserted.attrs.target))).toMatch(/^artikel \d+$/);
  });

  it("opens the note of the current article, creating it in article order when missing", () => {
    const state = run(cursorIn(fixtureState(), "art-reikwijdte-lid"), editArticleNote);
    const note = state.selection.$from.node(state.selection.$from.depth - 1);
    expect(note.type.name).toBe("articleNote");
    expect(note.attrs.article).toBe("art-reikwijdte");
    expect(parseModel(state.doc.toJSON()).doc.child(3).child(1).child(1).attrs.article).toBe("art-reikwijdte");
    const existing = run(cursorIn(fixtureState(), "art-hardheid-lid"), editArticleNote);
    expect(existing.selection.$from.node(existing.selection.$from.depth - 1).attrs.id).toBe("toel-hardheid");
  });
});
