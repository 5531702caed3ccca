import { describe, expect, test } from "vitest";
import { lintDrafting } from "../lint";
import { cycleListKind } from "./list-kind";
import { cursorIn, fixtureState, positionOf, run } from "./test-state";

describe("setting an enumeration cumulative or alternative", () => {
  test("cycles not set → cumulative → alternative → not set, writing the last-but-one item's ending", () => {
    const start = cursorIn(fixtureState(), "begrip-college");
    const listOf = (s: typeof start) => s.doc.resolve(positionOf(s, "begrip-college")).parent;
    const penultimate = (s: typeof start) => listOf(s).child(listOf(s).childCount - 2).textContent;

    const cumulative = run(start, cycleListKind);
    expect(listOf(cumulative).attrs.kind).toBe("cumulative");
    expect(penultimate(cumulative)).toMatch(/; en$/);
    expect(lintDrafting(cumulative.doc).filter((e) => e.code === "list-conjunction")).toEqual([]);

    const alternative = run(cumulative, cycleListKind);
    expect(listOf(alternative).attrs.kind).toBe("alternative");
    expect(penultimate(alternative)).toMatch(/; of$/);

    const unset = run(alternative, cycleListKind);
    expect(listOf(unset).attrs.kind).toBeNull();
    expect(penultimate(unset)).toMatch(/;$/);
    expect(penultimate(unset)).not.toMatch(/; (en|of)$/);
  });

  test("does nothing outside a list", () => {
    expect(cycleListKind(cursorIn(fixtureState(), "art-citeertitel"))).toBe(false);
  });
});
