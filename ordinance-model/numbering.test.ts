import { describe, expect, test } from "vitest";
import { computeNumbering, itemLetter } from "./numbering";
import { parseModel } from "./parse";
import { resolve } from "./resolve";
import { renderText } from "./render-text";
import { article, chapter, item, items, member, ordinance, section, simpleArticle, term, when } from "./testing/builder";

const labels = (json: ReturnType<typeof ordinance>, ids: string[]) => {
  const numbering = parseModel(json).numbering;
  return ids.map((id) => numbering.get(id)?.label);
};

describe("articles", () => {
  test("are numbered consecutively across chapters and sections", () => {
    const json = ordinance({
      body: [
        chapter("h1", "Een", simpleArticle("a1", "A", "Tekst."), simpleArticle("a2", "B", "Tekst.")),
        chapter("h2", "Twee", section("s1", "Eerste", simpleArticle("a3", "C", "Tekst.")), section("s2", "Tweede", simpleArticle("a4", "D", "Tekst."))),
      ],
    });
    expect(labels(json, ["h1", "h2", "s1", "s2", "a1", "a2", "a3", "a4"])).toEqual(["Hoofdstuk 1", "Hoofdstuk 2", "Paragraaf 2.1", "Paragraaf 2.2", "Artikel 1", "Artikel 2", "Artikel 3", "Artikel 4"]);
  });

  test("are numbered per chapter when the model asks for it, through its sections", () => {
    const json = ordinance({
      numbering: "perChapter",
      body: [
        chapter("h1", "Een", simpleArticle("a1", "A", "Tekst."), simpleArticle("a2", "B", "Tekst.")),
        chapter("h2", "Twee", section("s1", "Eerste", simpleArticle("a3", "C", "Tekst.")), section("s2", "Tweede", simpleArticle("a4", "D", "Tekst."))),
      ],
    });
    expect(labels(json, ["a1", "a2", "a3", "a4"])).toEqual(["Artikel 1.1", "Artikel 1.2", "Artikel 2.1", "Artikel 2.2"]);
  });

  test("without chapters are numbered from 1", () => {
    const json = ordinance({ body: [simpleArticle("a1", "A", "Tekst."), simpleArticle("a2", "B", "Tekst.")] });
    expect(labels(json, ["a1", "a2"])).toEqual(["Artikel 1", "Artikel 2"]);
  });
});

describe("members", () => {
  test("are numbered 1., 2. and a lone member carries no number", () => {
    const json = ordinance({ body: [article("a1", "A", member("m1", "Een."), member("m2", "Twee.")), simpleArticle("a2", "B", "Alleen.")] });
    const numbering = parseModel(json).numbering;
    expect([numbering.get("m1")?.label, numbering.get("m2")?.label]).toEqual(["1.", "2."]);
    expect(numbering.get("a2-lid")).toMatchObject({ label: "", ordinal: null, designation: null });
  });
});

describe("items", () => {
  test("are lettered a., b. with sub-items 1°, 2°", () => {
    const json = ordinance({
      body: [simpleArticle("a1", "A", "Lijst:", items(item("i1", "een;"), item("i2", "twee:", [item("s1", "x;"), item("s2", "y.")])))],
    });
    const numbering = parseModel(json).numbering;
    expect(["i1", "i2", "s1", "s2"].map((id) => numbering.get(id)?.label)).toEqual(["a.", "b.", "1°", "2°"]);
    expect(numbering.get("s2")).toMatchObject({ depth: 2, designation: "2°", path: ["a1", "a1-lid", "i2", "s2"] });
  });

  test("continue with aa, bb after z", () => {
    expect([1, 26, 27, 28, 53].map(itemLetter)).toEqual(["a", "z", "aa", "bb", "aaa"]);
  });
});

describe("variants in the model", () => {
  const slots = [
    { key: "keuze", kind: "alternatives", default: "x", options: [{ value: "x", label: "X" }, { value: "y", label: "Y" }] },
    { key: "extra", kind: "optional", default: false },
  ];

  test("consecutive alternatives of one slot share a number; optional nodes are numbered as present", () => {
    const json = ordinance({
      body: [
        simpleArticle("a1", "A", "Tekst."),
        when({ slot: "keuze", option: "x" }, simpleArticle("ax", "X", "Tekst.")),
        when({ slot: "keuze", option: "y" }, simpleArticle("ay", "Y", "Tekst.")),
        when({ slot: "extra" }, simpleArticle("ae", "Extra", "Tekst.")),
        simpleArticle("a9", "Slot", "Tekst."),
      ],
      slots,
    });
    expect(labels(json, ["a1", "ax", "ay", "ae", "a9"])).toEqual(["Artikel 1", "Artikel 2", "Artikel 2", "Artikel 3", "Artikel 4"]);
  });

  test("an option that brings two articles takes two positions", () => {
    const json = ordinance({
      body: [
        when({ slot: "keuze", option: "x" }, simpleArticle("ax1", "X1", "Tekst.")),
        when({ slot: "keuze", option: "x" }, simpleArticle("ax2", "X2", "Tekst.")),
        when({ slot: "keuze", option: "y" }, simpleArticle("ay", "Y", "Tekst.")),
        simpleArticle("a9", "Slot", "Tekst."),
      ],
      slots,
    });
    expect(labels(json, ["ax1", "ax2", "ay", "a9"])).toEqual(["Artikel 1", "Artikel 2", "Artikel 1", "Artikel 3"]);
  });

  test("two alternative members make a lone member; an optional member keeps the numbers", () => {
    const json = ordinance({
      body: [
        article("a1", "A", when({ slot: "keuze", option: "x" }, member("mx", "X.")), when({ slot: "keuze", option: "y" }, member("my", "Y."))),
        article("a2", "B", member("m1", "Een."), when({ slot: "extra" }, member("m2", "Twee."))),
      ],
      slots,
    });
    const numbering = parseModel(json).numbering;
    expect([numbering.get("mx")?.label, numbering.get("my")?.label]).toEqual(["", ""]);
    expect([numbering.get("m1")?.label, numbering.get("m2")?.label]).toEqual(["1.", "2."]);
  });

  test("the resolved ordinance is renumbered after exclusions", () => {
    const json = ordinance({
      body: [
        when({ slot: "extra" }, simpleArticle("ae", "Extra", "Tekst.")),
        article("a2", "B", member("m1", "Een."), when({ slot: "extra" }, member("m2", "Twee."))),
      ],
      slots,
    });
    const model = parseModel(json);
    expect(model.numbering.get("a2")?.label).toBe("Artikel 2");
    const resolved = resolve(model, { keuze: "x", extra: false }, { name: "Borne", slug: "borne" });
    expect(resolved.numbering.get("a2")?.label).toBe("Artikel 1");
    expect(resolved.numbering.get("m1")?.label).toBe("");
    expect(resolved.numbering.has("ae")).toBe(false);
    expect(computeNumbering(resolved.doc).get("a2")?.label).toBe("Artikel 1");
  });
});

describe("definition lists", () => {
  const body = [
    simpleArticle("def", "Begripsbepalingen", "In deze verordening wordt verstaan onder:", items(item("d-a", [term("aanvraag"), ": een aanvraag;"]), item("d-b", [term("college"), ": het college."]))),
    simpleArticle("x", "Lijst", "Het college let op:", items(item("x-a", "een;"), item("x-b", "twee."))),
  ];
  const withStyle = (definitions: string) => ({ ...ordinance({ body }), attrs: { numbering: "consecutive", definitions } });

  test("are lettered by default, and without letters when the model says so; other lists keep theirs", () => {
    expect(labels(withStyle("lettered"), ["d-a", "d-b", "x-a"])).toEqual(["a.", "b.", "a."]);
    expect(labels(withStyle("unlettered"), ["d-a", "d-b", "x-a"])).toEqual(["", "", "a."]);
    const text = renderText(resolve(parseModel(withStyle("unlettered")), {}, { name: "Hengelo", slug: "hengelo" }), { includeNotes: false });
    expect(text).toContain("In deze verordening wordt verstaan onder:\naanvraag: een aanvraag;\ncollege: het college.");
    expect(text).toContain("a. een;");
  });
});

describe("numbers in force", () => {
  const inForceOf = (kind: "chapter" | "article") => (pairs: [string, string][]) => new Map(pairs.map(([id, designation]) => [id, { kind, designation }] as const));
  const [articlesInForce, chaptersInForce] = [inForceOf("article"), inForceOf("chapter")];

  test("keep their designation, leave a deleted number unused and letter new articles after the last kept one", () => {
    const doc = parseModel(ordinance({ body: [simpleArticle("a1", "A", "T."), simpleArticle("n1", "N", "T."), simpleArticle("n2", "N", "T."), simpleArticle("a3", "C", "T.")] })).doc;
    const inForce = articlesInForce([["a1", "1"], ["a2", "2"], ["a3", "3"]]);
    const numbering = computeNumbering(doc, { inForce });
    expect(["a1", "n1", "n2", "a3"].map((id) => numbering.get(id)!.label)).toEqual(["Artikel 1", "Artikel 1a", "Artikel 1b", "Artikel 3"]);
  });

  test("skip a letter already in force and number chapters the same way", () => {
    const doc = parseModel(ordinance({ body: [chapter("h1", "Een", simpleArticle("a1", "A", "T.")), chapter("hn", "Nieuw", simpleArticle("n1", "N", "T.")), chapter("h2", "Twee", simpleArticle("a2", "B", "T."))] })).doc;
    const numbering = computeNumbering(doc, { inForce: new Map([...chaptersInForce([["h1", "1"], ["h1a", "1a"], ["h2", "2"]]), ...articlesInForce([["a1", "1"], ["a2", "2"]])]) });
    expect(["h1", "hn", "h2", "n1"].map((id) => numbering.get(id)!.label)).toEqual(["Hoofdstuk 1", "Hoofdstuk 1b", "Hoofdstuk 2", "Artikel 1a"]);
  });
});
