import { NodeSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { parseModel } from "../parse";
import { lawReferenceAttrs, saveLawReference, selectedLawReference } from "./law-references";
import { cursorIn, fixtureState, run } from "./test-state";

const awb = lawReferenceAttrs({ law: " bwbr0005537 ", article: "4:13", member: "2", words: "artikel 4:13, tweede lid, van de Algemene wet bestuursrecht" });

describe("citations of national law in the editor", () => {
  it("reads the dialog's fields as the node stores them", () => {
    expect(awb).toEqual({ law: "BWBR0005537", article: "4:13", member: "2", words: "artikel 4:13, tweede lid, van de Algemene wet bestuursrecht" });
    expect(lawReferenceAttrs({ law: "BWBR0005537", article: "7:13", member: " ", words: "x" }).member).toBeNull();
  });

  it("inserts a citation at the cursor; the text still parses as a model", () => {
    const state = run(cursorIn(fixtureState(), "art-reikwijdte-lid"), saveLawReference(awb));
    const inserted = state.selection.$from.nodeBefore!;
    expect([inserted.type.name, inserted.attrs]).toEqual(["lawReference", { ...awb, suggestion: null }]);
    expect(() => parseModel(state.doc.toJSON())).not.toThrow();
  });

  it("changes a selected citation in place", () => {
    const inserted = run(cursorIn(fixtureState(), "art-reikwijdte-lid"), saveLawReference(awb));
    const at = inserted.selection.from - 1;
    const selected = inserted.apply(inserted.tr.setSelection(NodeSelection.create(inserted.doc, at)));
    expect(selectedLawReference(selected)).toEqual(awb);
    const changed = run(selected, saveLawReference({ ...awb, article: "4:14", member: null, words: "artikel 4:14 van de Algemene wet bestuursrecht" }));
    expect(changed.doc.nodeAt(at)!.attrs.article).toBe("4:14");
    let count = 0;
    changed.doc.descendants((n) => void (n.type.name === "lawReference" && count++));
    expect(count).toBe(1);
  });

  it("refuses wrong attributes and places where no text stands", () => {
    expect(saveLawReference({ ...awb, law: "BWBR1" })(cursorIn(fixtureState(), "art-reikwijdte-lid"))).toBe(false);
    const state = fixtureState();
    expect(saveLawReference(awb)(state.apply(state.tr.setSelection(NodeSelection.create(state.doc, 0))))).toBe(false);
  });
});
