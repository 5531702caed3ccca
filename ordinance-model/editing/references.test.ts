import { describe, expect, it } from "vitest";
import { computeNumbering } from "../numbering";
import { referenceInWords } from "../references";
import { editArticleNote } from "./notes";
import { insertReference, provisionTargets, searchTargets, type ProvisionTarget } from "./references";
import { cursorIn, fixtureState, run } from "./test-state";
import { parseModel } from "../parse";

describe("cross-references and notes", () => {
  it("searches articles by number and heading", () => {
    const { doc } = fixtureState();
    const targets = provisionTargets(doc, computeNumbering(doc));
    expect(searchTargets(targets, "hardheid").map((t) => t.id)).toEqual(["art-hardheid"]);
    const third = targets[2]!;
    expect(searchTargets(targets, third.label).map((t) => t.id)).toContain(third.id);
  });

  it("offers members and items under their article, each with the words the reference will read", () => {
    const { doc } = fixtureState();
    const numbering = computeNumbering(doc);
    const targets = provisionTargets(doc, numbering);
    const decision = targets.find((t) => t.id === "art-beslissing")!;
    const article = numbering.get("art-beslissing")!.designation;
    expect(decision.words).toBe(`artikel ${article}`);
    expect(decision.children.map((m) => [m.label, m.words])).toEqual([
      ["1.", `artikel ${article}, eerste lid`],
      ["2.", `artikel ${article}, tweede lid`],
      ["3.", `artikel ${article}, derde lid`],
    ]);
    const items = decision.children[1]!.children;
    expect(items.map((i) => i.words)).toEqual(["a", "b", "c"].map((letter) => `artikel ${article}, tweede lid, onderdeel ${letter}`));
    expect(items[0]!.text).toBe("de groep waartoe de aanvrager behoort;");
    // A lone member has no number: its items stand directly under the article.
    const refusal = targets.find((t) => t.id === "art-weigering")!;
    expect(refusal.children.map((i) => i.id)).toEqual(["weigering-groep", "weigering-zelf", "weigering-eerder"]);
    const subItem = (t: readonly ProvisionTarget[]) => t.find((c) => c.id === "art-categorieen")!.children[0]!.children[1]!.children[0]!;
    expect(subItem(targets).words).toMatch(/^artikel \d+, eerste lid, onderdeel b, onder 1°$/);
  });

  it("writes the words relative to where the reference will stand", () => {
    const { doc } = fixtureState();
    const decision = provisionTargets(doc, computeNumbering(doc), "art-beslissing-lid-verlenging").find((t) => t.id === "art-beslissing")!;
    expect(decision.words).toBe("dit artikel");
    expect(decision.children[1]!.words).toBe("het tweede lid");
    expect(decision.children[2]!.words).toBe("dit lid");
  });

  it("tells variant articles with the same number apart by their variant's label", () => {
    const { doc } = fixtureState();
    const targets = provisionTargets(doc, computeNumbering(doc));
    const committee = targets.find((t) => t.id === "art-urgentiecommissie")!;
    const college = targets.find((t) => t.id === "art-beoordeling")!;
    expect(committee.label).toBe(college.label);
    expect(committee.variant).toBe("Wie adviseert over de aanvraag: Een urgentiecommissie");
    expect(college.variant).toBe("Wie adviseert over de aanvraag: Het college zelf");
    expect(targets.find((t) => t.id === "art-hardheid")!.variant).toBe("Optioneel: Hardheidsclausule");
    expect(searchTargets(targets, "college zelf").map((t) => t.id)).toEqual(["art-beoordeling"]);
  });

  it("inserts a reference node whose words come from the numbering", () => {
    const state = run(cursorIn(fixtureState(), "art-reikwijdte-lid"), insertReference("art-hardheid"));
    const inserted = state.selection.$from.nodeBefore!;
    expect(inserted.type.name).toBe("reference");
    expect(referenceInWords(computeNumbering(state.doc), String(inserted.attrs.target))).toMatch(/^artikel \d+$/);
  });

  it("opens the note of the current article, creating it in article order when missing", () => {
    const state = run(cursorIn(fixtureState(), "art-reikwijdte-lid"), editArticleNote);
    const note = state.selection.$from.node(state.selection.$from.depth - 1);
    expect(note.type.name).toBe("articleNote");
    expect(note.attrs.article).toBe("art-reikwijdte");
    expect(parseModel(state.doc.toJSON()).doc.child(3).child(1).child(1).attrs.article).toBe("art-reikwijdte");
    const existing = run(cursorIn(fixtureState(), "art-hardheid-lid"), editArticleNote);
    expect(existing.selection.$from.node(existing.selection.$from.depth - 1).attrs.id).toBe("toel-hardheid");
  });
});
