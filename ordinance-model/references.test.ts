import { describe, expect, test } from "vitest";
import { parseModel } from "./parse";
import { ordinalWord, placeInWords, referenceInWords } from "./references";
import { renderText } from "./render-text";
import { resolve } from "./resolve";
import { article, chapter, item, items, member, ordinance, p, ref, simpleArticle, when } from "./testing/builder";
import { fixtureModel } from "./testing/fixture-model";

const borne = { name: "Borne", slug: "borne" };

describe("ordinal words", () => {
  test("eerste to twintigste", () => {
    expect([1, 2, 3, 8, 10, 11, 12, 19, 20].map(ordinalWord)).toEqual(["eerste", "tweede", "derde", "achtste", "tiende", "elfde", "twaalfde", "negentiende", "twintigste"]);
  });
});

describe("references in words", () => {
  const model = fixtureModel();
  const words = (target: string) => referenceInWords(model.numbering, target);

  test("article, member, item and sub-item", () => {
    expect(words("art-verdeling")).toBe("artikel 4");
    expect(words("art-beslissing-lid-geldigheid")).toBe("artikel 7, tweede lid");
    expect(words("cat-vrouwenopvang")).toBe("artikel 3, eerste lid, onderdeel f");
    expect(words("cat-medisch-psychisch")).toBe("artikel 3, eerste lid, onderdeel b, onder 2°");
  });

  test("from inside the same article the article is left out; from inside the same member the member too", () => {
    const from = (target: string, origin: string) => referenceInWords(model.numbering, target, origin);
    expect(from("art-beslissing-lid-geldigheid", "art-beslissing-lid-verlenging")).toBe("het tweede lid");
    expect(from("cat-vrouwenopvang", "art-categorieen-lid-binding")).toBe("het eerste lid, onderdeel f");
    expect(from("cat-medisch-psychisch", "cat-mo")).toBe("onderdeel b, onder 2°");
    expect(from("art-beslissing", "art-beslissing-lid-termijn")).toBe("dit artikel");
    expect(from("art-beslissing-lid-geldigheid", "verklaring-groep")).toBe("dit lid");
    // From another article, and without an origin, the full place.
    expect(from("cat-vrouwenopvang", "art-aanvraag-lid-gegevens")).toBe("artikel 3, eerste lid, onderdeel f");
    expect(referenceInWords(model.numbering, "art-beslissing-lid-geldigheid", null)).toBe("artikel 7, tweede lid");
  });

  test("a lone member is not named: artikel N, onderdeel x", () => {
    expect(words("art-begrippen-lid")).toBe("artikel 1");
    expect(words("begrip-college")).toBe("artikel 1, onderdeel b");
  });

  test("per-chapter numbering: artikel 2.1, eerste lid", () => {
    const perChapter = parseModel(
      ordinance({
        numbering: "perChapter",
        body: [chapter("h1", "Een", simpleArticle("a1", "A", "Tekst.")), chapter("h2", "Twee", article("a2", "B", member("m1", "Een."), member("m2", ["Zie ", ref("a1"), "."])))],
      }),
    );
    expect(referenceInWords(perChapter.numbering, "m1")).toBe("artikel 2.1, eerste lid");
    expect(referenceInWords(perChapter.numbering, "a1")).toBe("artikel 1.1");
  });

  test("chapters are places but not reference targets", () => {
    expect(placeInWords(model.numbering, "h-urgentie")).toBe("hoofdstuk 2");
    expect(placeInWords(model.numbering, "par-procedure")).toBe("paragraaf 2.2");
    expect(referenceInWords(model.numbering, "h-urgentie")).toBeNull();
    expect(referenceInWords(model.numbering, "nergens")).toBeNull();
  });

  test("a reference follows its target when the target moves", () => {
    const build = (order: "ab" | "ba") => {
      const a = simpleArticle("a", "A", "Tekst.");
      const b = article("b", "B", member("b1", "Een."), member("b2", ["Zie ", ref("a"), "."]));
      return parseModel(ordinance({ body: order === "ab" ? [a, b] : [b, a] }));
    };
    expect(referenceInWords(build("ab").numbering, "a")).toBe("artikel 1");
    expect(renderText(build("ba"))).toContain("2. Zie artikel 2.");
  });

  test("after an exclusion the words follow the new numbering", () => {
    const json = ordinance({
      body: [
        when({ slot: "extra" }, simpleArticle("ae", "Extra", "Tekst.")),
        article("a", "A", when({ slot: "extra" }, member("a0", "Nul.")), member("a1", "Een."), member("a2", "Twee.")),
        simpleArticle("z", "Z", ["Zie ", ref("a2"), "."]),
      ],
      slots: [{ key: "extra", kind: "optional", default: true }],
    });
    const model = parseModel(json);
    expect(referenceInWords(model.numbering, "a2")).toBe("artikel 2, derde lid");
    const resolved = resolve(model, { extra: false }, borne);
    expect(referenceInWords(resolved.numbering, "a2")).toBe("artikel 1, tweede lid");
    expect(renderText(resolved)).toContain("Zie artikel 1, tweede lid.");
  });

  test("a reference to an excluded provision is flagged and marked", () => {
    const json = ordinance({
      body: [
        when({ slot: "extra" }, simpleArticle("ae", "Extra", "Tekst.")),
        simpleArticle("z", "Z", "Lijst:", items(item("z1", ["zie ", ref("ae"), ";"]), item("z2", "klaar."))),
      ],
      general: [p("Over ", ref("ae"), ".")],
      slots: [{ key: "extra", kind: "optional", default: true }],
    });
    const resolved = resolve(parseModel(json), { extra: false }, borne);
    expect(resolved.danglingReferences).toEqual([
      { target: "ae", place: "artikel 1, onderdeel a", nodeId: "z1" },
      { target: "ae", place: "het algemeen deel van de toelichting", nodeId: null },
    ]);
    expect(renderText(resolved)).toContain("a. zie [verwijzing naar vervallen bepaling];");
    expect(resolve(parseModel(json), {}, borne).danglingReferences).toEqual([]);
  });
});
