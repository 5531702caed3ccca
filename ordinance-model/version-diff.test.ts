import { describe, expect, test } from "vitest";
import { parseModel } from "./parse";
import { article, item, items, member, option, ordinance, simpleArticle, slot, type SlotSpec } from "./testing/builder";
import { diffVersions, wordDiff } from "./version-diff";
import { provisions } from "./provisions";

const slots: SlotSpec[] = [
  { key: "termijn", kind: "integer", label: "Termijn in weken", default: 8 },
  { key: "orgaan", kind: "alternatives", label: "Beslisorgaan", default: "college", options: [option("college", "College", "het college"), option("commissie", "Commissie", "de commissie")] },
];

const base = [
  simpleArticle("begrippen", "Begrippen", ["In deze verordening wordt verstaan onder woning: een sociale huurwoning."]),
  article(
    "aanvraag",
    "Aanvraag",
    member("aanvraag-1", ["Een aanvraag wordt ingediend bij ", slot("orgaan"), "."]),
    member("aanvraag-2", ["Er wordt binnen ", slot("termijn"), " weken beslist op:"], items(item("aanvraag-2-a", "een volledige aanvraag;"), item("aanvraag-2-b", "een aanvulling."))),
  ),
  simpleArticle("slot", "Inwerkingtreding", ["Deze verordening treedt in werking op 1 juli 2026."]),
];

const model = (body: unknown[], slotSpecs = slots) => parseModel(ordinance({ body: body as never, slots: slotSpecs }));

describe("diffVersions", () => {
  test("identical versions: every article unchanged, no slot changes", () => {
    const diff = diffVersions(model(base), model(base));
    expect(diff.articles.map((a) => a.change)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(diff.articles.some((a) => a.moved)).toBe(false);
    expect(diff.slots).toEqual([]);
  });

  test("added and removed articles, with their places in both versions", () => {
    const next = [base[0], simpleArticle("nieuw", "Hardheid", ["Het college kan afwijken."]), base[1]];
    const diff = diffVersions(model(base), model(next));
    expect(diff.articles.find((a) => a.id === "nieuw")).toMatchObject({ change: "added", before: null, after: "artikel 2" });
    expect(diff.articles.find((a) => a.id === "slot")).toMatchObject({ change: "removed", before: "artikel 3", after: null });
    expect(diff.articles.find((a) => a.id === "aanvraag")).toMatchObject({ change: "unchanged", moved: false, before: "artikel 2", after: "artikel 3" });
  });

  test("a moved article is marked as moved, the articles it passed are not", () => {
    const diff = diffVersions(model(base), model([base[2], base[0], base[1]]));
    expect(diff.articles.filter((a) => a.moved).map((a) => a.id)).toEqual(["slot"]);
    expect(diff.articles.find((a) => a.id === "slot")).toMatchObject({ before: "artikel 3", after: "artikel 1", change: "unchanged" });
  });

  test("changed wording is shown word by word", () => {
    const next = [base[0], base[1], simpleArticle("slot", "Inwerkingtreding", ["Deze verordening treedt in werking op 1 januari 2027."])];
    const changed = diffVersions(model(base), model(next)).articles.find((a) => a.id === "slot")!;
    expect(changed.change).toBe("changed");
    expect(changed.words.filter((w) => w.change === "removed").map((w) => w.text.trim())).toEqual(["juli 2026"]);
    expect(changed.words.filter((w) => w.change === "added").map((w) => w.text.trim())).toEqual(["januari 2027"]);
  });

  test("slot changes: a new default, a new slot, a removed slot", () => {
    const nextSlots: SlotSpec[] = [{ ...slots[0], default: 6 }, { key: "leges", kind: "optional", label: "Leges", default: false }];
    const next = [base[0], article("aanvraag", "Aanvraag", member("aanvraag-2", ["Binnen ", slot("termijn"), " weken."])), base[2]];
    const diff = diffVersions(model(base), model(next, nextSlots));
    expect(diff.slots).toEqual([
      { key: "termijn", label: "Termijn in weken", change: "changed", fields: ["default"] },
      { key: "leges", label: "Leges", change: "added", fields: [] },
      { key: "orgaan", label: "Beslisorgaan", change: "removed", fields: [] },
    ]);
    expect(diff.articles.find((a) => a.id === "aanvraag")!.change).toBe("changed");
  });
});

describe("provisions and wordDiff", () => {
  test("members and items carry their place in words and their wording with slots as labels", () => {
    const list = provisions(model(base));
    expect(list.find((p) => p.id === "aanvraag-2")).toMatchObject({ kind: "member", place: "artikel 2, tweede lid", heading: "Aanvraag" });
    expect(list.find((p) => p.id === "aanvraag-2-b")).toMatchObject({ kind: "item", place: "artikel 2, tweede lid, onderdeel b", articleId: "aanvraag", text: "een aanvulling." });
    expect(list.find((p) => p.id === "aanvraag-1")!.text).toBe("Een aanvraag wordt ingediend bij [Beslisorgaan].");
  });

  test("a proposed wording against the current one", () => {
    expect(wordDiff("binnen acht weken", "binnen zes weken")).toEqual([
      { text: "binnen ", change: null },
      { text: "acht", change: "removed" },
      { text: "zes", change: "added" },
      { text: " weken", change: null },
    ]);
  });
});
