import { describe, expect, test } from "vitest";
import { parseModel } from "./parse";
import { referenceInWords } from "./references";
import { renderText } from "./render-text";
import { resolve, ResolveError } from "./resolve";
import { article, item, items, member, option, ordinance, p, ref, simpleArticle, slot, when } from "./testing/builder";
import { fixtureModel } from "./testing/fixture-model";

const enschede = { name: "Enschede", slug: "enschede" };
const model = fixtureModel();
const required = { naamOudeRegeling: "Urgentieregeling Twente 2019" };

function nodeTypes(json: unknown): string[] {
  const out: string[] = [];
  const visit = (node: any) => {
    out.push(node.type);
    node.content?.forEach(visit);
  };
  visit(json);
  return out;
}

function conditions(json: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (node: any) => {
    if (node.attrs?.condition) out.push(node.attrs.condition);
    node.content?.forEach(visit);
  };
  visit(json);
  return out;
}

describe("the resolved document", () => {
  const resolved = resolve(model, required, enschede);
  const json = resolved.doc.toJSON();

  test("is in the same schema, without slots, slot values or conditions", () => {
    expect(resolved.doc.type.schema).toBe(model.doc.type.schema);
    expect(() => resolved.doc.check()).not.toThrow();
    expect(resolved.doc.lastChild!.childCount).toBe(0);
    expect(nodeTypes(json)).not.toContain("slotValue");
    expect(conditions(json)).toEqual([]);
  });

  test("fills automatic slots from the municipality and formats values in Dutch", () => {
    const text = renderText(resolved);
    expect(text).toMatch(/^Urgentieverordening Enschede 2026\n/);
    expect(text).toContain("b. college: het college van burgemeester en wethouders van Enschede;");
    expect(text).toContain("ten minste twee jaar onafgebroken");
    expect(text).toContain("Een urgentieverklaring is zes maanden geldig");
    expect(text).toContain("treedt in werking op 1 juli 2026.");
    expect(resolve(model, required, { ...enschede, executiveName: "het college van Enschede" }).doc.textContent).toContain("college: het college van Enschede;");
  });

  test("reports the values it used", () => {
    expect(resolved.values.get("gemeentenaam")).toBe("Enschede");
    expect(resolved.values.get("aandeelUrgenten")).toBe(15);
    expect(resolved.values.get("naamOudeRegeling")).toBe("Urgentieregeling Twente 2019");
  });
});

describe("exclusions", () => {
  test("an optional member is added or left out, and a lone member loses its number", () => {
    const withFee = renderText(resolve(model, { ...required, legesVragen: true, legesBedrag: 25 }, enschede));
    expect(withFee).toContain("3. Voor het in behandeling nemen van een aanvraag is een vergoeding verschuldigd van € 25.");
    expect(renderText(resolve(model, required, enschede))).not.toContain("vergoeding");
    const json = ordinance({ body: [article("a", "A", member("m1", "Een."), when({ slot: "x" }, member("m2", "Twee.")))], slots: [{ key: "x", kind: "optional", default: false }] });
    const text = renderText(resolve(parseModel(json), {}, enschede));
    expect(text).toContain("Artikel 1 A\nEen.");
  });

  test("whole-article alternatives keep only the chosen article", () => {
    const byCollege = resolve(model, { ...required, beslisorgaan: "college" }, enschede);
    expect(byCollege.numbering.has("art-urgentiecommissie")).toBe(false);
    expect(byCollege.numbering.get("art-beoordeling")?.label).toBe("Artikel 6");
    expect(byCollege.numbering.get("art-beslissing")?.label).toBe("Artikel 7");
  });

  test("inline alternatives are replaced by the chosen option's content", () => {
    expect(renderText(resolve(model, { ...required, loket: "college" }, enschede))).toContain("wordt ingediend bij het college.");
    expect(renderText(resolve(model, required, enschede))).toContain("wordt ingediend via Woninghuren.nl.");
  });

  test("removed articles renumber the rest, and references follow", () => {
    const resolved = resolve(model, { ...required, hardheidsclausule: false, intrekken: false }, enschede);
    expect(resolved.numbering.get("art-inwerkingtreding")?.label).toBe("Artikel 9");
    expect(resolved.numbering.get("art-citeertitel")?.label).toBe("Artikel 10");
    expect(referenceInWords(resolved.numbering, "cat-medisch-psychisch")).toBe("artikel 3, eerste lid, onderdeel b, onder 2°");
  });

  test("notes on removed articles are dropped", () => {
    const withHardship = resolve(model, required, enschede).doc.toJSON();
    const without = resolve(model, { ...required, hardheidsclausule: false }, enschede);
    expect(JSON.stringify(withHardship)).toContain("toel-hardheid");
    expect(JSON.stringify(without.doc.toJSON())).not.toContain("toel-hardheid");
    expect(renderText(without)).not.toContain("Hardheidsclausule");
  });

  test("multiselect items become list items, and the list's punctuation is repaired", () => {
    const none = renderText(resolve(model, required, enschede));
    expect(none).toContain("j. dakloze gezinnen met minderjarige kinderen.\n");
    const one = renderText(resolve(model, { ...required, extraCategorieen: ["renovatie"] }, enschede));
    expect(one).toContain("j. dakloze gezinnen met minderjarige kinderen;\n   k. woningzoekenden die hun woning moeten verlaten wegens sloop of ingrijpende renovatie.\n");
    const both = renderText(resolve(model, { ...required, extraCategorieen: ["scheiding", "renovatie"] }, enschede));
    expect(both).toContain("sloop of ingrijpende renovatie;\n   l. ouders die na een scheiding");
  });

  test("a removed last item moves the conjunction and the full stop, also into sub-lists", () => {
    const json = ordinance({
      body: [
        simpleArticle(
          "a",
          "A",
          "Lijst:",
          items(
            item("i1", "een;"),
            item("i2", "twee:", [item("s1", "x; of"), when({ slot: "extra" }, item("s2", "y;"))]),
            item("i3", "drie; en"),
            when({ slot: "extra" }, item("i4", "vier.")),
          ),
        ),
      ],
      slots: [{ key: "extra", kind: "optional", default: false }],
    });
    const text = renderText(resolve(parseModel(json), {}, enschede));
    // The conjunction moves to the new penultimate item, whose text ends in its sub-list.
    expect(text).toContain("a. een;\nb. twee:\n   1° x; en\nc. drie.\n");
    expect(renderText(resolve(parseModel(json), { extra: true }, enschede))).toContain("c. drie; en\nd. vier.");
  });

  test("a multiselect value in running text lists the chosen options", () => {
    const json = ordinance({
      body: [simpleArticle("a", "A", ["Het college let op ", slot("aspecten"), "."])],
      slots: [{ key: "aspecten", kind: "multiselect", default: ["a"], options: [option("a", "A", "de urgentie"), option("b", "B"), option("c", "C", "de ", slot("jaar"), " jaar")] }, { key: "jaar", kind: "integer", default: 3 }],
    });
    const m = parseModel(json);
    expect(resolve(m, {}, enschede).doc.textContent).toContain("Het college let op de urgentie.");
    expect(resolve(m, { aspecten: ["c", "a", "b"] }, enschede).doc.textContent).toContain("Het college let op de urgentie, B en de drie jaar.");
  });

  test("an open value stays visible and is reported", () => {
    const resolved = resolve(model, {}, enschede);
    expect(resolved.openSlots).toEqual([{ key: "naamOudeRegeling", label: "Naam van de in te trekken regeling", place: "artikel 10" }]);
    expect(renderText(resolved)).toContain("De [Naam van de in te trekken regeling: nog in te vullen] wordt ingetrokken.");
    expect(resolve(model, { intrekken: false }, enschede).openSlots).toEqual([]);
  });

  test("alternatives without a value keep no variant and report the slot as open", () => {
    const json = ordinance({
      body: [simpleArticle("a", "A", "Tekst."), when({ slot: "k", option: "x" }, simpleArticle("x", "X", "Tekst."))],
      slots: [{ key: "k", kind: "alternatives", options: [option("x", "X"), option("y", "Y")] }],
    });
    const resolved = resolve(parseModel(json), {}, enschede);
    expect(resolved.numbering.has("x")).toBe(false);
    expect(resolved.openSlots).toEqual([{ key: "k", label: "k", place: null }]);
  });

  test("emptied containers disappear; an emptied body is an error", () => {
    const json = ordinance({
      body: [when({ slot: "x" }, simpleArticle("a", "A", "Tekst."))],
      general: [p("Zie ", ref("a"))],
      slots: [{ key: "x", kind: "optional", default: false }],
    });
    expect(() => resolve(parseModel(json), {}, enschede)).toThrow(ResolveError);
    expect(() => resolve(parseModel(json), {}, enschede)).toThrow("Na het toepassen van de keuzes blijft er van het lichaam van de verordening niets over.");
    const chapters = parseModel(
      ordinance({
        body: [
          { type: "chapter", attrs: { id: "h1" }, content: [{ type: "heading", content: [{ type: "text", text: "Een" }] }, when({ slot: "x" }, simpleArticle("a", "A", "Tekst."))] },
          { type: "chapter", attrs: { id: "h2" }, content: [{ type: "heading", content: [{ type: "text", text: "Twee" }] }, simpleArticle("b", "B", "Tekst.")] },
        ],
        slots: [{ key: "x", kind: "optional", default: false }],
      }),
    );
    const resolved = resolve(chapters, {}, enschede);
    expect(resolved.numbering.has("h1")).toBe(false);
    expect(resolved.numbering.get("h2")?.label).toBe("Hoofdstuk 1");
  });

  test("resolving leaves the model untouched", () => {
    const before = JSON.stringify(model.doc.toJSON());
    resolve(model, { ...required, hardheidsclausule: false, extraCategorieen: ["renovatie"] }, enschede);
    expect(JSON.stringify(model.doc.toJSON())).toBe(before);
  });
});
