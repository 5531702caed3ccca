import { expect, test } from "vitest";
import { renderJson, renderOutline } from "./render-json";
import { resolve } from "./resolve";
import { fixtureModel } from "./testing/fixture-model";

const model = fixtureModel();
const resolved = resolve(model, { naamOudeRegeling: "X", legesVragen: true }, { name: "Tubbergen", slug: "tubbergen" });

test("an outline with computed numbers and text in words", () => {
  const outline = renderOutline(resolved);
  expect(outline.kind).toBe("resolved");
  expect(outline.municipality).toEqual({ name: "Tubbergen", slug: "tubbergen" });
  expect(outline.title).toBe("Urgentieverordening Tubbergen 2026");
  expect(outline.body.map((c) => c.label)).toEqual(["Hoofdstuk 1", "Hoofdstuk 2", "Hoofdstuk 3"]);
  const procedure = outline.body[1]!.children[1]!;
  expect(procedure).toMatchObject({ kind: "section", label: "Paragraaf 2.2", heading: "Procedure" });
  const application = procedure.children[0]!;
  expect(application).toMatchObject({ kind: "article", id: "art-aanvraag", label: "Artikel 5", heading: "Aanvraag" });
  expect(application.children.map((m) => m.label)).toEqual(["1.", "2.", "3."]);
  expect(application.children[2]!.children[0]!.text).toBe("Voor het in behandeling nemen van een aanvraag is een vergoeding verschuldigd van € 50.");
  const refusal = procedure.children[3]!;
  expect(refusal.children[0]).toMatchObject({ kind: "member", label: "" });
  expect(refusal.children[0]!.children.map((c) => c.label)).toEqual(["", "a.", "b.", "c."]);
  expect(refusal.children[0]!.children[3]!.children[0]!.text).toContain("op grond van artikel 3, eerste lid, onderdeel b, onder 2°.");
  expect(outline.notes.articles.map((n) => n.heading)).toEqual(["Artikel 1 Begripsbepalingen", "Artikel 3 Urgentiecategorieën", "Artikel 7 Beslissing", "Artikel 9 Hardheidsclausule"]);
});

test("the model outline carries conditions; the JSON string is the outline", () => {
  const outline = renderOutline(model);
  const committee = outline.body[1]!.children[1]!.children[1]!;
  expect(committee).toMatchObject({ id: "art-urgentiecommissie", label: "Artikel 6", condition: { slot: "beslisorgaan", option: "commissie" } });
  expect(outline.body[0]!.children[0]).not.toHaveProperty("condition");
  expect(JSON.parse(renderJson(resolved))).toEqual(renderOutline(resolved));
});
