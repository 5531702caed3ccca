import { describe, expect, it } from "vitest";
import { Transform } from "prosemirror-transform";
import { schema } from "../schema";
import { positionOf, textPosition, withSuggestions } from "../testing/suggestions";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION } from "./marks";
import { takesAwayOthersSuggestion } from "./keep";

// Wil (8) in Bewerken, without model.acceptSuggestion, on the fixture with Wim's (7) and Wil's own suggestions.

const wilWrites = { id: 8, name: "Wil Werkgroep" };
const edit = (change: (tr: Transform) => void) => {
  const tr = new Transform(withSuggestions());
  change(tr);
  return takesAwayOthersSuggestion(tr, wilWrites);
};
const schriftelijk = (tr: Transform) => textPosition(tr.doc, "schriftelijk ");

describe("an edit that takes away another author's suggestion", () => {
  it("deleting part of another's suggested text, or the text around and in it, does", () => {
    expect(edit((tr) => tr.delete(schriftelijk(tr) + 2, schriftelijk(tr) + 4))).toBe(true);
    expect(edit((tr) => tr.delete(schriftelijk(tr) - 3, schriftelijk(tr) + 20))).toBe(true);
  });

  it("accepting or rejecting another's mark does; so does overwriting it with one's own", () => {
    expect(edit((tr) => tr.removeMark(schriftelijk(tr), schriftelijk(tr) + 5, schema.marks[SUGGESTED_INSERTION]))).toBe(true);
    const record = { id: "s-wil", author: 8, authorName: "Wil Werkgroep", at: "2026-12-01T12:00:00.000Z" };
    expect(edit((tr) => tr.addMark(schriftelijk(tr), schriftelijk(tr) + 5, schema.marks[SUGGESTED_DELETION]!.create(record)))).toBe(true);
  });

  it("deleting another's suggested member, clearing its suggestion or deleting text in it does", () => {
    expect(edit((tr) => tr.delete(positionOf(tr.doc, "lid-nieuw"), positionOf(tr.doc, "lid-nieuw") + tr.doc.nodeAt(positionOf(tr.doc, "lid-nieuw"))!.nodeSize))).toBe(true);
    expect(edit((tr) => tr.setNodeAttribute(positionOf(tr.doc, "lid-nieuw"), "suggestion", null))).toBe(true);
    expect(edit((tr) => tr.delete(textPosition(tr.doc, "ontvangst"), textPosition(tr.doc, "ontvangst") + 4))).toBe(true);
  });

  it("typing inside another's suggestion, editing plain text or one's own suggestion does not", () => {
    expect(edit((tr) => tr.insert(schriftelijk(tr) + 3, schema.text("!")))).toBe(false);
    expect(edit((tr) => tr.delete(textPosition(tr.doc, "acht weken"), textPosition(tr.doc, "acht weken") + 5))).toBe(false);
    expect(edit((tr) => tr.delete(textPosition(tr.doc, "eenmaal "), textPosition(tr.doc, "eenmaal ") + 3))).toBe(false);
    expect(edit((tr) => tr.removeMark(textPosition(tr.doc, "eenmaal "), textPosition(tr.doc, "eenmaal ") + 8, schema.marks[SUGGESTED_DELETION]))).toBe(false);
  });
});
