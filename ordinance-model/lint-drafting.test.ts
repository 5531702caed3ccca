import { describe, expect, test } from "vitest";
import { lint, type LintCode, type LintError } from "./lint";
import { parseModel } from "./parse";
import { resolve } from "./resolve";
import { article, clause, item, items, member, ordinance, p, ref, simpleArticle, slot, term, type Json, type SlotSpec } from "./testing/builder";
import { mandatory } from "./testing/mandatory";

// Each drafting check fires on a text that has the fault and stays silent on the same text without it.

const hengelo = { name: "Hengelo", slug: "hengelo" };
type Spec = Parameters<typeof ordinance>[0];
const lintOf = (extra: Json[], spec: Partial<Spec> = {}, choices = {}) => lint(resolve(parseModel(ordinance({ body: mandatory(...extra), ...spec })), choices, hengelo));
const only = (code: LintCode, errors: LintError[]) => errors.filter((e) => e.code === code);

const twoMembers = (second: (string | Json)[]) => article("a", "Termijn", member("a-1", "De termijn is kort."), member("a-2", second));

describe("1. the comma after a reference belongs to the reference", () => {
  test("fires on text that carries the comma itself: “het eerste lid, kan”", () => {
    const errors = only("reference-punctuation", lintOf([twoMembers(["Na de termijn, bedoeld in ", ref("a-1"), ", kan het college verlengen."])]));
    expect(errors).toEqual([expect.objectContaining({ place: "artikel 2, tweede lid", nodeId: "a-2" })]);
    expect(errors[0]!.message).toContain("“het eerste lid”");
  });

  test("silent when the text leaves it to the reference, and on a list of references", () => {
    expect(lintOf([twoMembers(["Na de termijn, bedoeld in ", ref("a-1"), " kan het college verlengen."])])).toEqual([]);
    expect(lintOf([twoMembers(["Zie ", ref("a-1"), ", ", ref("cat"), " en ", ref("iwt"), "."])])).toEqual([]);
  });
});

describe("2. references to one article read as one", () => {
  const list = article("b", "Lijst", member("b-1", p("Het college let op:"), items(item("b-i1", "een;"), item("b-i2", "twee; en"), item("b-i3", "drie."))), member("b-2", "Slot."));

  test("fires on references to the same article that cannot be merged", () => {
    const errors = only("reference-merge", lintOf([list, simpleArticle("c", "Verwijzing", ["Zie ", ref("b-2"), " en ", ref("b-i1"), "."])]));
    expect(errors).toEqual([expect.objectContaining({ place: "artikel 3" })]);
    expect(errors[0]!.message).toContain("“artikel 2, tweede lid” en “artikel 2, eerste lid, onderdeel a”");
  });

  test("silent when they merge (“onderdelen a en c”) or go to different articles", () => {
    expect(lintOf([list, simpleArticle("c", "Verwijzing", ["Zie ", ref("b-i1"), " en ", ref("b-i3"), "."])])).toEqual([]);
    expect(lintOf([list, simpleArticle("c", "Verwijzing", ["Zie ", ref("b-2"), " en ", ref("cat"), "."])])).toEqual([]);
  });
});

describe("3. numbers in running text", () => {
  test("fires on a small number typed in figures", () => {
    const errors = only("number-in-figures", lintOf([simpleArticle("n", "Termijn", "Het college beslist binnen 8 weken.")]));
    expect(errors).toEqual([expect.objectContaining({ place: "artikel 2" })]);
    expect(errors[0]!.message).toContain("“acht”");
  });

  test("silent on words, provisions, dates, years, amounts, and on what a municipality typed", () => {
    expect(lintOf([simpleArticle("n", "Termijn", "Binnen acht weken, als bedoeld in artikel 4 en 12 van de Huisvestingswet 2014, op 1 juli 2026, voor € 15.")])).toEqual([]);
    const slots: SlotSpec[] = [{ key: "titel", kind: "text", label: "Titel", guidance: "De titel.", default: "Regeling 5" }];
    expect(lintOf([simpleArticle("n", "Intrekking", ["De ", slot("titel"), " wordt ingetrokken."])], { slots })).toEqual([]);
  });
});

describe("4. definitions", () => {
  const definitions = (...list: Json[]) => simpleArticle("def", "Begripsbepalingen", p("In deze verordening wordt verstaan onder:"), items(...list));
  const use = simpleArticle("use", "Gebruik", "Het college beslist op de aanvraag.");

  test("fires on an unused term, a term marked but not defined, and definitions out of order", () => {
    const errors = lintOf([
      definitions(item("d-college", [term("college"), ": het college;"]), item("d-aanvraag", [term("aanvraag"), ": een aanvraag;"]), item("d-vergunning", [term("vergunning"), ": een vergunning."])),
      simpleArticle("use", "Gebruik", ["Het college beslist op de aanvraag van de ", term("woningzoekende"), "."]),
    ]);
    expect(only("definition-unused", errors)).toEqual([expect.objectContaining({ place: "artikel 2, onderdeel c", nodeId: "d-vergunning" })]);
    expect(only("definition-missing", errors)).toEqual([expect.objectContaining({ place: "artikel 3" })]);
    expect(only("definition-order", errors)).toEqual([expect.objectContaining({ nodeId: "d-aanvraag" })]);
  });

  test("silent on used terms in alphabetical order", () => {
    expect(lintOf([definitions(item("d-aanvraag", [term("aanvraag"), ": een aanvraag;"]), item("d-college", [term("college"), ": het college."])), use])).toEqual([]);
  });
});

describe("5. the conjunction of an enumeration is the list's own", () => {
  const list = (kind: string | null, penultimate: string) =>
    simpleArticle("l", "Lijst", "Het college weigert als:", { ...items(item("l1", "een;"), item("l2", penultimate), item("l3", "drie.")), attrs: { kind } });

  test("fires when a cumulative or alternative list lacks its “; en” or “; of”", () => {
    expect(only("list-conjunction", lintOf([list("cumulative", "twee;")]))).toEqual([expect.objectContaining({ place: "artikel 2, onderdeel b", nodeId: "l2" })]);
    expect(only("list-conjunction", lintOf([list("alternative", "twee; en")]))[0]!.message).toContain("“; of”");
  });

  test("silent when the ending matches, or the list is not set", () => {
    expect(lintOf([list("cumulative", "twee; en")])).toEqual([]);
    expect(lintOf([list("alternative", "twee; of")])).toEqual([]);
    expect(lintOf([list(null, "twee;")])).toEqual([]);
  });
});

describe("6. formal parts", () => {
  test("fires when title and citeertitel differ", () => {
    expect(only("title-mismatch", lintOf([], { title: ["Huisvestingsverordening"] }))).toEqual([expect.objectContaining({ place: "artikel 3" })]);
  });

  test("fires on an incomplete aanhef, naming what is missing", () => {
    const errors = only("preamble-incomplete", lintOf([], { preamble: [clause("r", "council", "De raad van de gemeente;"), clause("b", "decision", "besluit vast te stellen:")] }));
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining("“gelezen”"), expect.stringContaining("“gelet op”")]);
    expect(errors[0]!.place).toBe("de aanhef");
  });

  test("fires on model-only wording and on slot guidance in the text", () => {
    expect(only("model-wording", lintOf([simpleArticle("m", "Keuze", "In deze variant beslist het college.")]))).toEqual([expect.objectContaining({ place: "artikel 2" })]);
    const guidance = "De werkgroep stelt voor dit bedrag regionaal gelijk te houden voor alle gemeenten.";
    const slots: SlotSpec[] = [{ key: "bedrag", kind: "amount", label: "Bedrag", guidance, default: 50 }];
    const leaked = lintOf([simpleArticle("m", "Bedrag", ["Het bedrag is ", slot("bedrag"), ". ", guidance])], { slots });
    expect(only("model-wording", leaked)[0]!.message).toContain("toelichting bij een keuzemogelijkheid");
  });

  test("silent on a complete aanhef, matching titles and the council's own words", () => {
    expect(lintOf([simpleArticle("m", "Keuze", "Het college beslist.")])).toEqual([]);
  });
});
