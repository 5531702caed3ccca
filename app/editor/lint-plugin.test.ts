import { EditorState } from "prosemirror-state";
import { describe, expect, test } from "vitest";
import { parseModel, schema } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { lintKey, lintPlugin } from "./lint-plugin";

const stateOf = (json: object) => EditorState.create({ schema, doc: schema.nodeFromJSON(json), plugins: [lintPlugin] });
const findings = (state: EditorState) => lintKey.getState(state)!.find().map((d) => ({ pos: d.from, key: String((d.spec as { key: string }).key) }));

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
    const broken = start.apply(start.tr.insertText(",", target));
    expect(findings(broken)).toEqual([{ pos: end + 1, key: expect.stringContaining("reference-punctuation") }]);
    const fixed = broken.apply(broken.tr.delete(target, target + 1));
    expect(findings(fixed)).toEqual([]);
  });
});
