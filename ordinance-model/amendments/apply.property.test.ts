import fc from "fast-check";
import { expect, test } from "vitest";
import { parseModel } from "../parse";
import { resolve } from "../resolve";
import { arbitraryChoices } from "../testing/arbitrary-choices";
import { item, p, simpleArticle, type Json } from "../testing/builder";
import { fixtureModel, fixtureModelJson } from "../testing/fixture-model";
import { twenteMunicipalities } from "../testing/municipalities";
import { childOfType } from "../tree";
import { apply } from "./apply";
import { draftInstructions } from "./draft";
import { sentence } from "./sentences";
import { numberingInForce, textInForce } from "./text-in-force";

// The property of issue 15: for random model changes and any municipality's choices, applying the drafted amending
// instructions to the adopted text gives exactly the new text, with the numbers in force kept.

type Change =
  | { kind: "reword"; at: number; word: number; with: string }
  | { kind: "insertArticle"; at: number; id: number }
  | { kind: "deleteArticle"; at: number }
  | { kind: "moveArticle"; at: number; to: number }
  | { kind: "addItem"; at: number; position: number; id: number }
  | { kind: "slotDefault"; value: number };

const words = fc.constantFrom("twaalf", "de", "woning", "binnen", "aanvraag", "niet", "urgent", "college", ".");
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("reword" as const), at: fc.nat(), word: fc.nat(), with: fc.array(words, { maxLength: 4 }).map((w) => w.join(" ")) }),
  fc.record({ kind: fc.constant("insertArticle" as const), at: fc.nat(), id: fc.nat(999) }),
  fc.record({ kind: fc.constant("deleteArticle" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("moveArticle" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("addItem" as const), at: fc.nat(), position: fc.nat(), id: fc.nat(999) }),
  fc.record({ kind: fc.constant("slotDefault" as const), value: fc.integer({ min: 1, max: 5 }) }),
);

/** Every node of a kind in the JSON, with the array that holds it. */
function nodes(json: Json, type: string, out: { node: Json; siblings: Json[] }[] = []): { node: Json; siblings: Json[] }[] {
  for (const child of json.content ?? []) {
    if (child.type === type) out.push({ node: child, siblings: json.content! });
    nodes(child, type, out);
  }
  return out;
}

const bodyOf = (json: Json) => json.content!.find((c) => c.type === "body")!;
const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];

function change1(json: Json, c: Change): void {
  const body = bodyOf(json);
  const articles = nodes(body, "article");
  switch (c.kind) {
    case "reword": {
      const paragraph = pick(nodes(body, "paragraph"), c.at)?.node;
      const texts = (paragraph?.content ?? []).filter((n) => n.type === "text");
      const target = pick(texts, c.word);
      if (!target) return;
      const parts = target.text!.split(" ");
      parts.splice(c.word % parts.length, 1, ...(c.with ? [c.with] : []));
      target.text = parts.join(" ") || "tekst";
      return;
    }
    case "insertArticle": {
      const place = pick(articles, c.at)!;
      place.siblings.splice(place.siblings.indexOf(place.node) + (c.at % 2), 0, simpleArticle(`nieuw-${c.id}`, "Nieuw artikel", `Nieuwe tekst ${c.id}.`));
      return;
    }
    case "deleteArticle": {
      const place = pick(articles, c.at)!;
      place.siblings.splice(place.siblings.indexOf(place.node), 1);
      return;
    }
    case "moveArticle": {
      const from = pick(articles, c.at)!;
      from.siblings.splice(from.siblings.indexOf(from.node), 1);
      const to = pick(nodes(body, "article"), c.to);
      if (!to) return void from.siblings.push(from.node);
      to.siblings.splice(to.siblings.indexOf(to.node) + 1, 0, from.node);
      return;
    }
    case "addItem": {
      const list = pick(nodes(body, "itemList"), c.at)?.node;
      if (list) list.content!.splice(c.position % (list.content!.length + 1), 0, item(`item-${c.id}`, [p(`nieuw onderdeel ${c.id};`).content![0]!]));
      return;
    }
    case "slotDefault": {
      const def = nodes(json, "slotDefinition").find((d) => d.node.attrs!.key === "bindingJaren")!.node;
      def.attrs = { ...def.attrs, default: c.value };
    }
  }
}

/** The changed model; a change that would break it (a container left empty, a reference to a deleted article, a duplicate id) is left out. */
function changedModel(changes: readonly Change[]) {
  let json = fixtureModelJson();
  let model = parseModel(json);
  for (const c of changes) {
    const next = structuredClone(json);
    change1(next, c);
    try {
      model = parseModel(next);
      json = next;
    } catch {
      // left out
    }
  }
  return model;
}

const base = fixtureModel();

test("applying the drafted instructions to the adopted text gives exactly the target text", () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(
      fc.array(change, { minLength: 1, maxLength: 6 }),
      arbitraryChoices(base),
      fc.constantFrom(...twenteMunicipalities),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (changes, choices, municipality, threshold) => {
        const next = changedModel(changes);
        const adopted = textInForce(resolve(base, choices, municipality));
        const target = resolve(next, choices, municipality);
        const { steps } = draftInstructions(adopted, target.doc, { rewriteThreshold: threshold });
        for (const step of steps) seen.add(step.instruction.kind);
        const result = apply(adopted, steps.map((s) => s.instruction));
        expect(childOfType(result.doc, "body").eq(childOfType(target.doc, "body"))).toBe(true);
        for (const step of steps) expect(sentence(step)).toMatch(/^[A-Z].*[.:]$/);
        // Numbers in force: what stays where it stood keeps its number; no number is given twice.
        const numbering = numberingInForce(result);
        const designations = [...numbering.values()].filter((e) => e.kind === "article").map((e) => e.designation);
        expect(new Set(designations).size).toBe(designations.length);
        for (const [id, number] of result.inForce) if (numbering.has(id)) expect(numbering.get(id)!.designation).toBe(number.designation);
      },
    ),
    { numRuns: Number(process.env.AMEND_RUNS ?? 300) },
  );
  // The generated changes reach every kind of instruction, so the property is not met by saying nothing.
  expect([...seen].sort()).toEqual(["delete", "insert", "move", "replace", "words"]);
}, 120_000);
