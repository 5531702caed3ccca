import { describe, expect, it } from "vitest";
import { computeNumbering } from "../numbering";
import { parseModel } from "../parse";
import { insertArticle, insertChapter, insertItem, insertMember, insertSubItem, moveArticle } from "./structure";
import { cursorIn, fixtureState, idOfCursorArticle, positionOf, run } from "./test-state";

const valid = (state: ReturnType<typeof fixtureState>) => expect(() => parseModel(state.doc.toJSON())).not.toThrow();

describe("structure commands", () => {
  it("a new article after the current one shifts the numbers of the later articles", () => {
    const state = cursorIn(fixtureState(), "art-reikwijdte");
    const before = computeNumbering(state.doc).get("art-hardheid")!.ordinal!;
    const next = run(state, insertArticle);
    const newId = idOfCursorArticle(next);
    expect(newId).toMatch(/^art-[a-z0-9]{8}$/);
    const numbering = computeNumbering(next.doc);
    expect(numbering.get(newId)!.ordinal).toBe(numbering.get("art-reikwijdte")!.ordinal! + 1);
    expect(numbering.get("art-hardheid")!.ordinal).toBe(before + 1);
    expect(next.selection.$from.parent.type.name).toBe("heading");
    valid(next);
  });

  it("a new chapter after the current one, with an empty first article", () => {
    const next = run(cursorIn(fixtureState(), "art-reikwijdte"), insertChapter);
    const chapters = [...computeNumbering(next.doc).values()].filter((e) => e.kind === "chapter");
    expect(chapters).toHaveLength(4);
    expect(chapters[1]!.id).toMatch(/^hfd-/);
    valid(next);
  });

  it("no loose article in a chapter that is divided into sections", () => {
    const state = cursorIn(fixtureState(), "h-urgentie");
    expect(insertArticle(state)).toBe(false);
  });

  it("a new member after the current one numbers the members", () => {
    const next = run(cursorIn(fixtureState(), "art-reikwijdte"), insertMember);
    const members = [...computeNumbering(next.doc).values()].filter((e) => e.kind === "member" && e.path[e.path.length - 2] === "art-reikwijdte");
    expect(members.map((m) => m.label)).toEqual(["1.", "2."]);
    valid(next);
  });

  it("an item list in a member's paragraph, then a sub-item, then a second sub-item", () => {
    let state = run(cursorIn(fixtureState(), "art-reikwijdte-lid"), insertItem);
    expect(state.selection.$from.node(state.selection.$from.depth - 1).type.name).toBe("item");
    state = run(state, insertSubItem);
    state = run(state, insertSubItem);
    const labels = [...computeNumbering(state.doc).values()].filter((e) => e.path.includes("art-reikwijdte") && e.kind === "item").map((e) => e.label);
    expect(labels).toEqual(["a.", "1°", "2°"]);
    valid(state);
  });

  it("moving an article down and up again; not past the end of its parent", () => {
    const state = cursorIn(fixtureState(), "art-hardheid");
    const down = run(state, moveArticle(1));
    expect(idOfCursorArticle(down)).toBe("art-hardheid");
    expect(positionOf(down, "art-hardheid")).toBeGreaterThan(positionOf(down, "art-intrekking"));
    const up = run(down, moveArticle(-1));
    expect(up.doc.eq(state.doc)).toBe(true);
    expect(moveArticle(-1)(state)).toBe(false);
    valid(down);
  });
});
