import { describe, expect, test } from "vitest";
import type { TagParseRule } from "prosemirror-model";
import { schema } from "./schema";

// The node table of docs/ordinance-document.md, as the contract states it (with the suggestion attribute it names).
const contract: Record<string, string[]> = {
  ordinance: ["numbering", "definitions"], title: [], preamble: [], preambleClause: ["id", "role"], body: [], chapter: ["id"], section: ["id"],
  heading: [], article: ["id", "condition", "order", "suggestion"], member: ["id", "condition", "suggestion"], itemList: ["kind"], item: ["id", "condition", "suggestion"], paragraph: ["condition"],
  notes: [], generalNotes: [], noteHeading: [], articleNotes: [], articleNote: ["id", "article", "condition"], slots: [],
  slotDefinition: ["key", "kind", "label", "guidance", "fixed", "default", "constraints", "options", "source"],
  text: [], reference: ["target", "suggestion"], lawReference: ["law", "article", "member", "words", "suggestion"], slotValue: ["slot", "suggestion"],
};

test("has exactly the contract's nodes, attrs and marks", () => {
  expect(Object.keys(schema.nodes).sort()).toEqual(Object.keys(contract).sort());
  for (const [name, attrs] of Object.entries(contract)) expect(Object.keys(schema.nodes[name]!.spec.attrs ?? {}).sort(), name).toEqual([...attrs].sort());
  expect(Object.keys(schema.marks).sort()).toEqual(["em", "strong", "suggestedDeletion", "suggestedInsertion", "term"]);
  expect(schema.topNodeType.name).toBe("ordinance");
});

test("references and slot values are inline atoms, slot definitions atom blocks; conditions default to null", () => {
  for (const name of ["reference", "lawReference", "slotValue"]) expect([schema.nodes[name]!.isInline, schema.nodes[name]!.isAtom]).toEqual([true, true]);
  expect([schema.nodes.slotDefinition!.isBlock, schema.nodes.slotDefinition!.isAtom]).toEqual([true, true]);
  expect(schema.nodes.article!.create({ id: "a" }, schema.nodes.heading!.create()).attrs.condition).toBeNull();
  expect(schema.nodes.ordinance!.create().attrs.numbering).toBe("consecutive");
});

describe("DOM mapping keeps ids and conditions", () => {
  const fakeElement = (attrs: Record<string, string>) => ({ getAttribute: (name: string) => attrs[name] ?? null });
  const roundTrip = (node: ReturnType<typeof schema.node>) => {
    const spec = node.type.spec;
    const [, domAttrs] = spec.toDOM!(node) as unknown as [string, Record<string, string>];
    const rule = spec.parseDOM![0] as TagParseRule;
    return (rule.getAttrs as (dom: unknown) => Record<string, unknown>)(fakeElement(domAttrs));
  };

  test("article with a condition", () => {
    const article = schema.nodes.article!.create({ id: "art-aanvraag", condition: { slot: "x", option: "a" } }, [
      schema.nodes.heading!.create(),
      schema.nodes.member!.create({ id: "m" }, schema.nodes.paragraph!.create()),
    ]);
    expect(roundTrip(article)).toEqual({ id: "art-aanvraag", condition: { slot: "x", option: "a" } });
  });

  test("preamble clause, article note, reference, slot value and slot definition", () => {
    expect(roundTrip(schema.nodes.preambleClause!.create({ id: "c", role: "council" }))).toEqual({ id: "c", role: "council" });
    expect(roundTrip(schema.nodes.articleNote!.create({ id: "n", article: "a" }, schema.nodes.paragraph!.create()))).toEqual({ id: "n", article: "a" });
    expect(roundTrip(schema.nodes.reference!.create({ target: "a" }))).toEqual({ target: "a" });
    expect(roundTrip(schema.nodes.slotValue!.create({ slot: "k" }))).toEqual({ slot: "k" });
    const def = schema.nodes.slotDefinition!.create({ key: "k", kind: "integer", label: "K", default: 3, constraints: { min: 1 } });
    expect(roundTrip(def)).toEqual(def.attrs);
  });
});
