import { describe, expect, test } from "vitest";
import { lint, type LintCode } from "./lint";
import { parseModel } from "./parse";
import { resolve, toResolvedOrdinance } from "./resolve";
import fc from "fast-check";
import { missingCategories, normaliseForMatching } from "./statutory-categories";
import { article, item, items, member, option, ordinance, p, ref, simpleArticle, when, type Json } from "./testing/builder";
import { fixtureModel, fixtureModelJson } from "./testing/fixture-model";
import { mandatory } from "./testing/mandatory";

const hengelo = { name: "Hengelo", slug: "hengelo" };
const required = { naamOudeRegeling: "Urgentieregeling Twente 2019" };
const model = fixtureModel();

const codes = (errors: { code: LintCode }[]) => [...new Set(errors.map((e) => e.code))].sort();

const lintBody = (body: Json[], slots: Parameters<typeof ordinance>[0]["slots"] = [], choices = {}) =>
  lint(resolve(parseModel(ordinance({ body, slots })), choices, hengelo));

test("the fixture with its defaults lints clean", () => {
  expect(lint(resolve(model, required, hengelo))).toEqual([]);
  expect(lintBody(mandatory())).toEqual([]);
});

describe("numbering", () => {
  test("variants left side by side break the numbering", () => {
    const unresolved = toResolvedOrdinance(model.doc, hengelo);
    const errors = lint(unresolved).filter((e) => e.code === "numbering");
    expect(errors).toContainEqual(expect.objectContaining({ place: "artikel 6", nodeId: "art-beoordeling" }));
    expect(errors[0]!.message).toContain("verwacht nummer 7, gevonden 6");
  });

  test("alternative members side by side have no numbers", () => {
    const json = ordinance({
      body: mandatory(article("a", "A", when({ slot: "k", option: "x" }, member("mx", "X.")), when({ slot: "k", option: "y" }, member("my", "Y.")))),
      slots: [{ key: "k", kind: "alternatives", default: "x", options: [option("x", "X"), option("y", "Y")] }],
    });
    const errors = lint(toResolvedOrdinance(parseModel(json).doc, hengelo)).filter((e) => e.code === "numbering");
    expect(errors.map((e) => e.nodeId)).toEqual(["mx", "my"]);
  });

  test("a numbering handed along that does not belong to the text", () => {
    const resolved = resolve(model, required, hengelo);
    const other = resolve(model, { ...required, hardheidsclausule: false }, hengelo);
    const errors = lint({ ...resolved, numbering: other.numbering });
    expect(errors).toEqual([expect.objectContaining({ code: "numbering", place: "artikel 9" })]);
  });
});

test("a reference to a removed provision", () => {
  const errors = lintBody(
    mandatory(when({ slot: "x" }, simpleArticle("weg", "Weg", "Tekst.")), simpleArticle("zie", "Zie", ["Zie ", ref("weg"), "."])),
    [{ key: "x", kind: "optional", default: false }],
  );
  expect(errors).toEqual([{ code: "reference", place: "artikel 2", nodeId: "zie-lid", message: "Deze verwijzing wijst naar een bepaling die niet (meer) in de verordening staat." }]);
});

describe("statutory categories", () => {
  test("each missing category is named", () => {
    const json = fixtureModelJson();
    const text = JSON.stringify(json).replace("sekswerkers die uitstappen uit de prostitutie", "personen met een bijzondere reden");
    const errors = lint(resolve(parseModel(JSON.parse(text)), required, hengelo));
    expect(errors).toEqual([{ code: "category-missing", place: "de verordening", nodeId: null, message: 'De wettelijke urgentiecategorie "sekswerkers die uitstappen" ontbreekt.' }]);
    expect(lintBody([simpleArticle("iwt", "Inwerkingtreding", "Treedt in werking."), simpleArticle("cit", "Citeertitel", "Wordt aangehaald als: X.")]).filter((e) => e.code === "category-missing")).toHaveLength(10);
  });

  test("are recognised in other common wordings", () => {
    const wordings = [
      "mantelzorgers", "personen met een lichamelijke beperking", "uitstromers uit de daklozenopvang", "bewoners van een beschermde woonvorm",
      "cliënten van een GGZ-instelling", "bewoners van Blijf van m'n Lijf", "jongeren uit de jeugdhulp", "ex-gedetineerden uit een penitentiaire inrichting",
      "prostituees die stoppen", "thuisloze gezinnen",
    ];
    expect(missingCategories(wordings)).toEqual([]);
    expect(missingCategories(["dakloze personen"]).map((c) => c.key)).toContain("daklozeGezinnen");
  });

  test("a text in ASCII, left undecomposed, is normalised as any other", () => {
    const full = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ");
    const letters = fc.constantFrom("a", "E", "ë", "É", "e\u0301", " ", "\t", "\n", "\u00a0", "ß", "İ", "ﬁ", "Ω", "1", ";");
    fc.assert(
      fc.property(fc.array(letters).map((chars) => chars.join("")), (text) => {
        expect(normaliseForMatching(text)).toBe(full(text));
      }),
    );
    expect(normaliseForMatching("Justitiële  Jeugdinrichting")).toBe("justitiele jeugdinrichting");
  });
});

test("open slots, in the text and for variants", () => {
  const open = lint(resolve(model, {}, hengelo));
  expect(open).toEqual([{ code: "open-slot", place: "artikel 10", nodeId: "art-intrekking-lid", message: 'De keuze "Naam van de in te trekken regeling" is nog niet ingevuld.' }]);
  const variants = lintBody(mandatory(when({ slot: "k", option: "x" }, simpleArticle("x", "X", "Tekst."))), [{ key: "k", kind: "alternatives", label: "Keuze", options: [option("x", "X"), option("y", "Y")] }]);
  expect(variants).toEqual([{ code: "open-slot", place: "de verordening", nodeId: null, message: 'De keuze "Keuze" is nog niet gemaakt, dus er is geen variant gekozen.' }]);
});

test("unresolved variants and slot definitions", () => {
  const errors = lint(toResolvedOrdinance(model.doc, hengelo));
  expect(codes(errors)).toEqual(["numbering", "open-slot", "unresolved-variant"]);
  expect(errors).toContainEqual(expect.objectContaining({ code: "unresolved-variant", place: "artikel 5, derde lid", nodeId: "art-aanvraag-lid-leges" }));
  expect(errors).toContainEqual(expect.objectContaining({ code: "unresolved-variant", message: 'De keuzemogelijkheid "legesBedrag" staat nog in de verordening.' }));
});

test("entry into force and short title", () => {
  const body = mandatory().slice(0, 1);
  expect(codes(lintBody(body))).toEqual(["entry-into-force-missing", "short-title-missing"]);
  expect(lintBody([...body, simpleArticle("x", "Slotbepaling", "Deze verordening treedt in werking op 1 juli 2026 en wordt aangehaald als: Urgentieverordening.")])).toEqual([]);
});

describe("lists", () => {
  const list = (...entries: Json[]) => lintBody(mandatory(simpleArticle("l", "Lijst", "Het college weigert als:", items(...entries))));

  test("an item before the last ends with a semicolon", () => {
    expect(list(item("i1", "een,"), item("i2", "twee."))).toEqual([
      expect.objectContaining({ code: "item-punctuation", place: "artikel 2, onderdeel a", nodeId: "i1" }),
    ]);
    expect(list(item("i1", "een; en"), item("i2", "twee; of"), item("i3", "drie, en"), item("i4", "vier."))).toEqual([]);
  });

  test("the last item ends with a full stop", () => {
    expect(list(item("i1", "een;"), item("i2", "twee;"))).toEqual([
      { code: "item-punctuation", place: "artikel 2, onderdeel b", nodeId: "i2", message: "Het laatste onderdeel van de opsomming eindigt met een punt." },
    ]);
  });

  test("sub-lists: the introducing item ends with a colon, the last sub-item with the item's ending", () => {
    expect(list(item("i1", "een:", [item("s1", "x;"), item("s2", "y;")]), item("i2", "twee."))).toEqual([]);
    expect(codes(list(item("i1", "een", [item("s1", "x;"), item("s2", "y;")]), item("i2", "twee.")))).toEqual(["list-introduction"]);
    expect(list(item("i1", "een:", [item("s1", "x;"), item("s2", "y.")]), item("i2", "twee."))).toEqual([
      expect.objectContaining({ code: "item-punctuation", place: "artikel 2, onderdeel a, onder 2°" }),
    ]);
  });

  test("a list is introduced by a colon, and a colon introduces a list", () => {
    const noColon = lintBody(mandatory(simpleArticle("l", "Lijst", "Het college weigert als", items(item("i1", "een;"), item("i2", "twee.")))));
    expect(noColon).toEqual([expect.objectContaining({ code: "list-introduction", place: "artikel 2" })]);
    const noList = lintBody(mandatory(article("l", "Lijst", member("m1", "Het college weigert als:"), member("m2", "Tekst."))));
    expect(noList).toEqual([{ code: "list-introduction", place: "artikel 2, eerste lid", nodeId: "m1", message: "Deze zin kondigt een opsomming aan die er niet is." }]);
    expect(codes(list(item("i1", "een:"), item("i2", "twee.")))).toEqual(["list-introduction"]);
  });

  test("a list followed by more text may end in a comma", () => {
    const json = mandatory(simpleArticle("l", "Lijst", "Als:", items(item("i1", "een;"), item("i2", "twee,")), p("dan weigert het college.")));
    expect(lintBody(json)).toEqual([]);
  });
});
