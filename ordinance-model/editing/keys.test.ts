import { describe, expect, it } from "vitest";
import { TextSelection, type EditorState } from "prosemirror-state";
import { parseModel } from "../parse";
import { enterInItem, enterInMember, joinWithPrevious, newParagraphInMember } from "./keys";
import { fixtureState, positionOf, run } from "./test-state";

/** The state with the cursor at the end of the first paragraph of the node with this id. */
function cursorAtEnd(state: EditorState, id: string): EditorState {
  const pos = positionOf(state, id);
  const paragraphEnd = pos + 1 + state.doc.nodeAt(pos)!.firstChild!.nodeSize - 1;
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, paragraphEnd)));
}

const parentOfCursor = (state: EditorState) => state.selection.$from.node(state.selection.$from.depth - 1);
const idsIn = (state: EditorState, id: string) => {
  const ids: string[] = [];
  state.doc.nodeAt(positionOf(state, id))!.forEach((child) => {
    if (child.type.name === "itemList") child.forEach((item) => ids.push(String(item.attrs.id)));
  });
  return ids;
};
const valid = (state: EditorState) => expect(() => parseModel(state.doc.toJSON())).not.toThrow();

describe("Enter in members", () => {
  it("at the end of a member's last paragraph makes a new, empty member after it with a fresh id", () => {
    const state = cursorAtEnd(fixtureState(), "art-beslissing-lid-termijn");
    const next = run(state, enterInMember);
    const member = parentOfCursor(next);
    expect(member.type.name).toBe("member");
    expect(member.textContent).toBe("");
    expect(member.attrs.id).toMatch(/^lid-[a-z0-9]{8}$/);
    const article = next.doc.nodeAt(positionOf(next, "art-beslissing"))!;
    expect(article.childCount).toBe(5);
    expect(article.child(2).attrs.id).toBe(member.attrs.id);
    expect(next.doc.nodeAt(positionOf(next, "art-beslissing-lid-termijn"))!.textContent).toBe("Het college beslist binnen acht weken na ontvangst van de volledige aanvraag.");
    valid(next);
  });

  it("in the middle of the text carries the rest into the new member", () => {
    const state = fixtureState();
    const pos = positionOf(state, "art-beslissing-lid-termijn") + 2 + "Het college beslist".length;
    const next = run(state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos))), enterInMember);
    expect(parentOfCursor(next).textContent).toBe(" binnen acht weken na ontvangst van de volledige aanvraag.");
    expect(next.doc.nodeAt(positionOf(next, "art-beslissing-lid-termijn"))!.textContent).toBe("Het college beslist");
  });

  it("does not apply before a list in the member (that paragraph is not the last)", () => {
    expect(enterInMember(cursorAtEnd(fixtureState(), "art-beslissing-lid-geldigheid"))).toBe(false);
  });

  it("Shift+Enter makes a new paragraph inside the same member", () => {
    const next = run(cursorAtEnd(fixtureState(), "art-beslissing-lid-termijn"), newParagraphInMember);
    const member = parentOfCursor(next);
    expect(member.attrs.id).toBe("art-beslissing-lid-termijn");
    expect(member.childCount).toBe(2);
    expect(next.selection.$from.index(next.selection.$from.depth - 1)).toBe(1);
    valid(next);
  });
});

describe("Enter in items", () => {
  it("makes the next item with a fresh id", () => {
    const next = run(cursorAtEnd(fixtureState(), "verklaring-groep"), enterInItem);
    const item = parentOfCursor(next);
    expect(item.type.name).toBe("item");
    expect(item.attrs.id).toMatch(/^ond-[a-z0-9]{8}$/);
    expect(idsIn(next, "art-beslissing-lid-geldigheid")).toEqual(["verklaring-groep", String(item.attrs.id), "verklaring-zoekprofiel", "verklaring-corporatie"]);
    valid(next);
  });

  it("at the end of an item with sub-items makes its first sub-item", () => {
    const next = run(cursorAtEnd(fixtureState(), "cat-medisch"), enterInItem);
    const subItem = parentOfCursor(next);
    expect(next.selection.$from.node(next.selection.$from.depth - 3).attrs.id).toBe("cat-medisch");
    expect(next.doc.nodeAt(positionOf(next, "cat-medisch"))!.child(1).firstChild!.attrs.id).toBe(subItem.attrs.id);
    valid(next);
  });

  it("in an empty last item leaves the list: the item becomes a paragraph of the member", () => {
    const withEmpty = run(cursorAtEnd(fixtureState(), "verklaring-corporatie"), enterInItem);
    const next = run(withEmpty, enterInItem);
    expect(next.selection.$from.parent.type.name).toBe("paragraph");
    expect(parentOfCursor(next).attrs.id).toBe("art-beslissing-lid-geldigheid");
    expect(idsIn(next, "art-beslissing-lid-geldigheid")).toEqual(["verklaring-groep", "verklaring-zoekprofiel", "verklaring-corporatie"]);
    valid(next);
  });

  it("in an empty item in the middle splits the list around a paragraph", () => {
    const next = run(run(cursorAtEnd(fixtureState(), "verklaring-groep"), enterInItem), enterInItem);
    const member = parentOfCursor(next);
    expect(member.attrs.id).toBe("art-beslissing-lid-geldigheid");
    expect(Array.from({ length: member.childCount }, (_, i) => member.child(i).type.name)).toEqual(["paragraph", "itemList", "paragraph", "itemList"]);
    expect(idsIn(next, "art-beslissing-lid-geldigheid")).toEqual(["verklaring-groep", "verklaring-zoekprofiel", "verklaring-corporatie"]);
    valid(next);
  });

  it("in an empty sub-item goes up a level: a new item after the parent takes the later sub-items", () => {
    // An empty sub-item between the two sub-items of "cat-medisch".
    const withEmpty = run(cursorAtEnd(fixtureState(), "cat-medisch-beperking"), enterInItem);
    const next = run(withEmpty, enterInItem);
    const item = parentOfCursor(next);
    const $item = next.doc.resolve(next.selection.$from.before(next.selection.$from.depth - 1));
    expect($item.parent.child($item.index() - 1).attrs.id).toBe("cat-medisch");
    expect(item.attrs.id).toMatch(/^ond-[a-z0-9]{8}$/);
    expect(item.child(1).firstChild!.attrs.id).toBe("cat-medisch-psychisch");
    expect(next.doc.nodeAt(positionOf(next, "cat-medisch"))!.child(1).childCount).toBe(1);
    valid(next);
  });

  it("does not apply outside items", () => {
    expect(enterInItem(cursorAtEnd(fixtureState(), "art-beslissing-lid-termijn"))).toBe(false);
  });
});

describe("Backspace at the start of a member or item", () => {
  it("undoes the split of Enter: the text joins the previous one, which keeps its id", () => {
    for (const id of ["art-beslissing-lid-termijn", "verklaring-groep"]) {
      const state = cursorAtEnd(fixtureState(), id);
      const split = run(state, parentOfCursor(state).type.name === "member" ? enterInMember : enterInItem);
      const joined = run(split, joinWithPrevious);
      expect(joined.doc.eq(state.doc), id).toBe(true);
      expect(joined.selection.from).toBe(state.selection.from);
    }
  });

  it("joins a member with text into the previous member's last paragraph", () => {
    const state = fixtureState();
    const pos = positionOf(state, "art-beslissing-lid-geldigheid") + 2;
    const joined = run(state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos))), joinWithPrevious);
    expect(() => positionOf(joined, "art-beslissing-lid-geldigheid")).toThrow();
    const member = joined.doc.nodeAt(positionOf(joined, "art-beslissing-lid-termijn"))!;
    expect(member.firstChild!.textContent).toMatch(/aanvraag\.Een urgentieverklaring is/);
    expect(member.lastChild!.type.name).toBe("itemList");
    // (A reference to the joined member now points at nothing; the editor and lint show that, as after deleting it.)
    expect(() => joined.doc.check()).not.toThrow();
  });

  it("does not apply in the first member, or where the previous one ends in a list", () => {
    const first = fixtureState();
    expect(joinWithPrevious(first.apply(first.tr.setSelection(TextSelection.create(first.doc, positionOf(first, "art-beslissing-lid-termijn") + 2))))).toBe(false);
    const afterList = fixtureState();
    expect(afterList.doc.nodeAt(positionOf(afterList, "art-beslissing-lid-geldigheid"))!.lastChild!.type.name).toBe("itemList");
    expect(joinWithPrevious(afterList.apply(afterList.tr.setSelection(TextSelection.create(afterList.doc, positionOf(afterList, "art-beslissing-lid-verlenging") + 2))))).toBe(false);
  });
});
