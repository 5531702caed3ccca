import { describe, expect, test } from "vitest";
import { mergeArticleLists, type InlineSegment } from "./inline";

const ref = (words: string | null, target = words ?? "x"): InlineSegment => ({ kind: "reference", target, words, marks: [] });
const text = (t: string): InlineSegment => ({ kind: "text", text: t, marks: [] });
const wordsOf = (segments: InlineSegment[]) => segments.map((s) => (s.kind === "text" ? s.text : s.kind === "reference" ? s.words : "")).join("");

describe("lists of whole articles", () => {
  test("three or more consecutive articles: de artikelen 7 tot en met 9, linked to the first", () => {
    const merged = mergeArticleLists([text("op grond van "), ref("artikel 7", "a7"), text(", "), ref("artikel 8"), text(" of "), ref("artikel 9"), text(".")]);
    expect(wordsOf(merged)).toBe("op grond van de artikelen 7 tot en met 9.");
    expect(merged[1]).toMatchObject({ kind: "reference", target: "a7" });
  });

  test("two articles, or a gap: listed with the conjunction the text used", () => {
    expect(wordsOf(mergeArticleLists([ref("artikel 8"), text(" en "), ref("artikel 9")]))).toBe("de artikelen 8 en 9");
    expect(wordsOf(mergeArticleLists([ref("artikel 7"), text(", "), ref("artikel 9"), text(" of "), ref("artikel 11")]))).toBe("de artikelen 7, 9 of 11");
    expect(wordsOf(mergeArticleLists([ref("artikel 2.1"), text(", "), ref("artikel 2.2"), text(" en "), ref("artikel 2.3")]))).toBe("de artikelen 2.1 tot en met 2.3");
    expect(wordsOf(mergeArticleLists([ref("artikel 1.9"), text(", "), ref("artikel 2.1"), text(" en "), ref("artikel 2.2")]))).toBe("de artikelen 1.9, 2.1 en 2.2");
  });

  test("members, relative places, dangling references and other text are left as they are", () => {
    const untouched = [
      [ref("artikel 7, eerste lid"), text(" en "), ref("artikel 8")],
      [ref("het tweede lid"), text(" en "), ref("artikel 8")],
      [ref("artikel 7"), text(" en "), ref(null)],
      [ref("artikel 7"), text(" of het college en "), ref("artikel 8")],
      [ref("artikel 7")],
    ];
    for (const segments of untouched) expect(mergeArticleLists(segments)).toEqual(segments);
  });
});
