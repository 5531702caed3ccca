import { describe, expect, test } from "vitest";
import { twenteModel } from "../db/seed/twente-model";
import { ModelError } from "./model-error";
import { parseLiveModel, parseModel } from "./parse";
import { resolve } from "./resolve";
import { lint } from "./lint";
import { renderHtml } from "./render-html";

type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[] };
const copy = (): Json => structuredClone(twenteModel) as Json;

function find(node: Json, id: string): Json | undefined {
  if (node.attrs?.id === id) return node;
  for (const child of node.content ?? []) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}

const articleNumber = (json: Json, id: string) => parseModel(json).numbering.get(id)!.designation;
const municipality = { name: "Almelo", slug: "almelo" };

describe("the live text keeps what concurrent edits leave behind", () => {
  test("an article whose members were all deleted is kept, and named as a problem", () => {
    const json = copy();
    const number = articleNumber(json, "art-inwerkingtreding");
    const article = find(json, "art-inwerkingtreding")!;
    article.content = article.content!.filter((c) => c.type === "heading");
    expect(() => parseModel(json)).toThrow(ModelError);
    const model = parseLiveModel(json);
    expect(model.problems).toContainEqual({ code: "structure", place: `artikel ${number}`, message: `Artikel ${number} heeft geen leden meer.`, nodeId: "art-inwerkingtreding" });
    // The general notes referred to one of its members: that reference is named too.
    expect(model.problems.map((p) => p.place)).toEqual([`artikel ${number}`, "het algemeen deel van de toelichting"]);
    expect(model.numbering.get("art-inwerkingtreding")?.designation).toBe(number);
    // Resolving and checking a municipality's text works on it; the heading stays in the text.
    const resolved = resolve(model, {}, municipality);
    expect(renderHtml(resolved)).toContain("Inwerkingtreding");
    expect(() => lint(resolved)).not.toThrow();
  });

  test("an empty list, a reference to a deleted member and a duplicate id are each named", () => {
    const json = copy();
    // The first list of the text loses its items.
    const lists: Json[] = [];
    const collect = (n: Json) => (n.type === "itemList" ? lists.push(n) : (n.content ?? []).forEach(collect));
    collect(json);
    lists[0]!.content = [];
    // Member 1 of "Inwerkingtreding" is deleted while member 2 refers to it.
    const article = find(json, "art-inwerkingtreding")!;
    article.content = article.content!.filter((c) => c.attrs?.id !== "art-inwerkingtreding-lid-datum");
    // Another article gets the id of "Citeertitel" (a move made twice).
    find(json, "art-overgangsrecht")!.attrs!.id = "art-citeertitel";
    const messages = parseLiveModel(json).problems.map((p) => p.message);
    expect(messages.some((m) => /^Een opsomming in artikel \d+(, \w+ lid)? heeft geen onderdelen meer\.$/.test(m))).toBe(true);
    expect(messages).toContain(`Een verwijzing in artikel ${articleNumber(copy(), "art-inwerkingtreding")} wijst naar een bepaling die niet meer in de tekst staat.`);
    expect(messages.some((m) => /dezelfde id als artikel \d+/.test(m))).toBe(true);
  });

  test("a stored document that meets the contract has no problems in either reading", () => {
    expect(parseLiveModel(copy()).problems).toEqual([]);
    expect(parseModel(copy()).problems).toEqual([]);
  });

  test("a node type outside the schema is refused in the live reading too", () => {
    const json = copy();
    find(json, "art-inwerkingtreding")!.content!.push({ type: "hook" });
    expect(() => parseLiveModel(json)).toThrow(/onbekend knooptype "hook"/);
  });
});
