import { describe, expect, test } from "vitest";
import { closeReferences, mergeReferenceLists, type InlineSegment } from "./inline";

const ref = (words: string | null, target = words ?? "x"): InlineSegment => ({ kind: "reference", target, words, marks: [] });
const text = (t: string): InlineSegment => ({ kind: "text", text: t, marks: [] });
const wordsOf = (segments: InlineSegment[]) => segments.map((s) => (s.kind === "text" ? s.text : s.kind === "reference" ? s.words : "")).join("");

describe("lists of whole articles", () => {
  test("three or more consecutive articles: de artikelen 7 tot en met 9, linked to the first", () => {
    const merged = mergeReferenceLists([text("op grond van "), ref("artikel 7", "a7"), text(", "), ref("artikel 8"), text(" of "), ref("artikel 9"), text(".")]);
    expect(wordsOf(merged)).toBe("op grond van de artikelen 7 tot en met 9.");
    expect(merged[1]).toMatchObject({ kind: "reference", target: "a7" });
  });

  test("two articles, or a gap: listed with the conjunction the text used", () => {
    expect(wordsOf(mergeReferenceLists([ref("artikel 8"), text(" en "), ref("artikel 9")]))).toBe("de artikelen 8 en 9");
    expect(wordsOf(mergeReferenceLists([ref("artikel 7"), text(", "), ref("artikel 9"), text(" of "), ref("artikel 11")]))).toBe("de artikelen 7, 9 of 11");
    expect(wordsOf(mergeReferenceLists([ref("artikel 2.1"), text(", "), ref("artikel 2.2"), text(" en "), ref("artikel 2.3")]))).toBe("de artikelen 2.1 tot en met 2.3");
    expect(wordsOf(mergeReferenceLists([ref("artikel 1.9"), text(", "), ref("artikel 2.1"), text(" en "), ref("artikel 2.2")]))).toBe("de artikelen 1.9, 2.1 en 2.2");
  });

  test("members, relative places, dangling references and other text are left as they are", () => {
    const untouched = [
      [ref("artikel 7, eerste lid"), text(" en "), ref("artikel 8")],
      [ref("het tweede lid"), text(" en "), ref("artikel 8")],
      [ref("artikel 7"), text(" en "), ref(null)],
      [ref("artikel 7"), text(" of het college en "), ref("artikel 8")],
      [ref("artikel 7")],
    ];
    for (const segments of untouched) expect(mergeReferenceLists(segments)).toEqual(segments);
  });
});

describe("references to provisions of the same article or member", () => {
  test("items of one member: artikel 18, eerste lid, onderdelen a en c", () => {
    const merged = mergeReferenceLists([ref("artikel 18, eerste lid, onderdeel a", "i-a"), text(" en "), ref("artikel 18, eerste lid, onderdeel c")]);
    expect(wordsOf(merged)).toBe("artikel 18, eerste lid, onderdelen a en c");
    expect(merged[0]).toMatchObject({ target: "i-a" });
    expect(wordsOf(mergeReferenceLists([ref("onderdeel a"), text(", "), ref("onderdeel b"), text(" of "), ref("onderdeel d")]))).toBe("onderdelen a, b of d");
  });

  test("members of one article: het vierde en vijfde lid, artikel 4, tweede en derde lid", () => {
    expect(wordsOf(mergeReferenceLists([ref("het vierde lid"), text(" en "), ref("het vijfde lid")]))).toBe("het vierde en vijfde lid");
    expect(wordsOf(mergeReferenceLists([ref("artikel 4, tweede lid"), text(" of "), ref("artikel 4, derde lid")]))).toBe("artikel 4, tweede of derde lid");
  });

  test("provisions of different articles or members, or of different depth, stay apart", () => {
    const untouched = [
      [ref("artikel 18, eerste lid, onderdeel a"), text(" en "), ref("artikel 18, tweede lid, onderdeel c")],
      [ref("artikel 4, tweede lid"), text(" en "), ref("artikel 4, derde lid, onderdeel a")],
      [ref("artikel 4, tweede lid"), text(" en "), ref("artikel 5, tweede lid")],
    ];
    for (const segments of untouched) expect(mergeReferenceLists(segments)).toEqual(segments);
  });
});

describe("the comma that closes a reference belongs to the reference", () => {
  const close = (...segments: InlineSegment[]) => wordsOf(closeReferences(segments));

  test("after a reference with a comma inside, before a word: bedoeld in artikel 9, eerste lid, wordt", () => {
    expect(close(text("bedoeld in "), ref("artikel 9, eerste lid"), text(" wordt"))).toBe("bedoeld in artikel 9, eerste lid, wordt");
    expect(close(text("op grond van "), ref("artikel 11, eerste lid, onderdeel f"), text(" of "), ref("artikel 13"), text("."))).toBe(
      "op grond van artikel 11, eerste lid, onderdeel f, of artikel 13.",
    );
  });

  test("after an apposition opened with a comma: de termijn, bedoeld in het eerste lid, verstrijkt", () => {
    expect(close(text("de termijn, bedoeld in "), ref("het eerste lid"), text(" verstrijkt"))).toBe("de termijn, bedoeld in het eerste lid, verstrijkt");
  });

  test("not after a short reference, and never before punctuation", () => {
    expect(close(text("als bedoeld in "), ref("het eerste lid"), text(" wordt"))).toBe("als bedoeld in het eerste lid wordt");
    expect(close(text("bedoeld in "), ref("artikel 9, eerste lid"), text("."))).toBe("bedoeld in artikel 9, eerste lid.");
    expect(close(text("de termijn, bedoeld in "), ref("het eerste lid"), text("; en"))).toBe("de termijn, bedoeld in het eerste lid; en");
    expect(close(text("("), ref("artikel 9, eerste lid"), text(")"))).toBe("(artikel 9, eerste lid)");
  });
});
