import { describe, expect, it } from "vitest";
import { Transform } from "prosemirror-transform";
import type { Node } from "prosemirror-model";
import { schema } from "../schema";
import { computeNumbering } from "../numbering";
import { parseLiveModel, parseModel } from "../parse";
import { referenceInWords } from "../references";
import { renderText } from "../render-text";
import { fixtureModelJson } from "../testing/fixture-model";
import { positionOf, textPosition, wil, withSuggestions } from "../testing/suggestions";
import { SUGGESTED_DELETION } from "./marks";
import { decideAll, decideSuggestions, listSuggestions, suggestionById, suggestionsByAuthor, suggestionsInArticle } from "./operations";

// Suggestions on the fixture ordinance: article "Beslissing" has three members; the third refers to the second.

const textOf = (doc: Node) => renderText(parseModel(doc.toJSON()));
const members = (doc: Node) => [...computeNumbering(doc).values()].filter((e) => e.kind === "member" && e.path.includes("art-beslissing")).map((e) => `${e.id} ${e.label}`);

describe("suggestions on the ordinance schema", () => {
  it("are listed with author, kind and the article and provision they stand in", () => {
    const list = listSuggestions(withSuggestions());
    expect(list.map((s) => [s.id, s.kind, s.structural, s.authorName, s.articleId, s.provisionId])).toEqual([
      ["s-lid", "insertion", true, "Wim Werkgroep", "art-beslissing", "lid-nieuw"],
      ["s-schriftelijk", "insertion", false, "Wim Werkgroep", "art-beslissing", "art-beslissing-lid-termijn"],
      ["s-eenmaal", "deletion", false, "Wil Werkgroep", "art-beslissing", "art-beslissing-lid-verlenging"],
    ]);
    expect(list[1]!.text).toBe("schriftelijk ");
  });

  it("accepting a new member numbers it, renumbers the others, and the reference words follow", () => {
    const doc = decideSuggestions(new Transform(withSuggestions()), "accept", suggestionById("s-lid")).doc;
    expect(members(doc)).toEqual(["lid-nieuw 1.", "art-beslissing-lid-termijn 2.", "art-beslissing-lid-geldigheid 3.", "art-beslissing-lid-verlenging 4."]);
    expect(referenceInWords(computeNumbering(doc), "art-beslissing-lid-geldigheid", "art-beslissing-lid-verlenging")).toBe("het derde lid");
    expect(listSuggestions(doc).map((s) => s.id)).toEqual(["s-schriftelijk", "s-eenmaal"]);
  });

  it("rejecting a new member removes it and leaves the numbering as it was", () => {
    const doc = decideSuggestions(new Transform(withSuggestions()), "reject", suggestionById("s-lid")).doc;
    expect(positionOf(doc, "lid-nieuw")).toBe(-1);
    expect(members(doc)).toEqual(["art-beslissing-lid-termijn 1.", "art-beslissing-lid-geldigheid 2.", "art-beslissing-lid-verlenging 3."]);
  });

  it("accepting text turns an insertion into text and removes text suggested for deletion", () => {
    const doc = decideSuggestions(new Transform(withSuggestions()), "accept", (s) => !s.structural).doc;
    const text = textOf(decideAll(doc, "reject"));
    expect(text).toContain("Het college beslist schriftelijk binnen acht weken");
    expect(text).toContain("geldigheidsduur, bedoeld in het tweede lid, verlengen");
    expect(listSuggestions(doc).map((s) => s.id)).toEqual(["s-lid"]);
  });

  it("rejecting text removes an insertion and keeps text suggested for deletion, without its mark", () => {
    const doc = decideSuggestions(new Transform(withSuggestions()), "reject", (s) => !s.structural).doc;
    expect(textOf(decideAll(doc, "accept"))).toContain("Het college beslist binnen acht weken");
    expect(textOf(decideAll(doc, "accept"))).toContain("bedoeld in het derde lid, eenmaal verlengen");
    expect(doc.rangeHasMark(0, doc.content.size, schema.marks[SUGGESTED_DELETION]!)).toBe(false);
  });

  it("accepts all of one author's suggestions and leaves the others pending", () => {
    const doc = decideSuggestions(new Transform(withSuggestions()), "accept", suggestionsByAuthor(7)).doc;
    expect(listSuggestions(doc).map((s) => s.authorName)).toEqual(["Wil Werkgroep"]);
    expect(members(doc)[0]).toBe("lid-nieuw 1.");
  });

  it("decides all suggestions in one article, none elsewhere", () => {
    const tr = new Transform(withSuggestions());
    const reikwijdte = textPosition(tr.doc, "Deze verordening is van toepassing");
    tr.addMark(reikwijdte, reikwijdte + 4, schema.marks[SUGGESTED_DELETION]!.create(wil("s-elders")));
    const doc = decideSuggestions(tr, "reject", suggestionsInArticle("art-beslissing")).doc;
    expect(listSuggestions(doc).map((s) => s.id)).toEqual(["s-elders"]);
  });

  it("a suggested deletion of a member, accepted, removes it and renumbers", () => {
    const tr = new Transform(schema.nodeFromJSON(fixtureModelJson()));
    tr.setNodeAttribute(positionOf(tr.doc, "art-beslissing-lid-termijn"), "suggestion", { kind: "deletion", ...wil("s-weg") });
    expect(listSuggestions(tr.doc).map((s) => [s.kind, s.structural, s.provisionId])).toEqual([["deletion", true, "art-beslissing-lid-termijn"]]);
    const doc = decideSuggestions(tr, "accept", suggestionById("s-weg")).doc;
    expect(members(doc)).toEqual(["art-beslissing-lid-geldigheid 1.", "art-beslissing-lid-verlenging 2."]);
  });

  it("the domain reads pending suggestions as if rejected until they are accepted", () => {
    const pending = withSuggestions().toJSON();
    const model = parseLiveModel(pending);
    expect(positionOf(model.doc, "lid-nieuw")).toBe(-1);
    expect(model.numbering.get("art-beslissing-lid-geldigheid")!.label).toBe("2.");
    expect(renderText(model)).toContain("Het college beslist binnen acht weken");
    expect(renderText(model)).toContain("eenmaal verlengen");
    expect(parseModel(pending).doc.eq(parseModel(decideAll(withSuggestions(), "reject").toJSON()).doc)).toBe(true);
  });
});
