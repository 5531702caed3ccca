import { EditorState } from "prosemirror-state";
import { describe, expect, test } from "vitest";
import { parseModel, schema } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { lintDecorations, lintKey, lintPlugin } from "./lint-plugin";

const stateOf = (json: object) => EditorState.create({ schema, doc: schema.nodeFromJSON(json), plugins: [lintPlugin] });
const findings = (state: EditorState) => lintKey.getState(state)!.find().map((d) => ({ pos: d.from, key: String((d.spec as { key: string }).key) }));
/** What the view does once typing pauses: the findings recomputed for the current text. */
const settled = (state: EditorState) => state.apply(state.tr.setMeta(lintKey, lintDecorations(state.doc)));

describe("drafting lint in the editor", () => {
  test("the seeded model shows no findings", () => {
    expect(findings(stateOf(twenteModel))).toEqual([]);
  });

  test("a stray comma after a reference shows beside its member, and goes when it is fixed", () => {
    const model = parseModel(twenteModel);
    let target = -1;
    let end = -1;
    model.doc.descendants((node, pos) => {
      if (node.type.name === "member" && node.attrs.id === "art-geldigheid-lid-verlenging") end = pos + node.nodeSize - 1;
      if (node.isText && node.text!.startsWith(" geen woning is aangeboden")) target = pos;
    });
    const start = EditorState.create({ schema, doc: model.doc, plugins: [lintPlugin] });
    const broken = settled(start.apply(start.tr.insertText(",", target)));
    expect(findings(broken)).toEqual([{ pos: end + 1, key: expect.stringContaining("reference-punctuation") }]);
    // Before the checks run again, the note moves with the text; once they have run, it is gone.
    const typed = broken.apply(broken.tr.insertText("x", 1));
    expect(findings(typed)).toEqual([{ pos: end + 2, key: expect.stringContaining("reference-punctuation") }]);
    const fixed = settled(typed.apply(typed.tr.delete(target + 1, target + 2).delete(1, 2)));
    expect(findings(fixed)).toEqual([]);
  });

  test("an article that concurrent edits left without members says so beside it, and the note goes when a member is back", () => {
    const model = parseModel(twenteModel);
    let range: { from: number; to: number } | null = null;
    model.doc.descendants((node, pos) => {
      if (node.type.name !== "article" || node.attrs.id !== "art-inwerkingtreding") return;
      const members: number[] = [];
      node.forEach((child, offset) => child.type.name === "member" && members.push(pos + 1 + offset, pos + 1 + offset + child.nodeSize));
      range = { from: members[0]!, to: members.at(-1)! };
    });
    const { from, to } = range!;
    const start = EditorState.create({ schema, doc: model.doc, plugins: [lintPlugin] });
    const emptied = settled(start.apply(start.tr.delete(from, to)));
    const notes = lintKey.getState(emptied)!.find();
    // The toelichting refers to a member that is gone now, and says so too.
    const empty = notes.find((d) => /^lint:\d+:structure:Artikel \d+ heeft geen leden meer\.$/.test(String((d.spec as { key: string }).key)));
    expect(empty?.from).toBe(from);
    expect(notes.every((d) => String((d.spec as { key: string }).key).includes(":structure:"))).toBe(true);
    const restored = settled(emptied.apply(emptied.tr.insert(from, start.doc.slice(from, to).content)));
    expect(findings(restored)).toEqual([]);
  });
});
