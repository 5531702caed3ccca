import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Node } from "prosemirror-model";
import { EditorState } from "prosemirror-state";
import { Transform } from "prosemirror-transform";
import { schema } from "../schema";
import { fixtureState } from "../editing/test-state";
import { withoutPendingSuggestions } from "./pending";
import { decideAll, decideSuggestions, listSuggestions } from "./operations";
import { suggestingTransaction, type Suggester } from "./suggest";

// Suggestions on inline atoms: a cross-reference, a citation of national law and a slot value carry their suggestion
// in their `suggestion` attribute (y-prosemirror keeps marks on text only), and are decided like any suggestion.

let counter = 0;
const wil: Suggester = { author: 8, authorName: "Wil Werkgroep", now: () => new Date("2026-12-01T12:00:00Z"), newId: () => `s-${++counter}` };
const suggest = (state: EditorState, build: (s: EditorState) => Transform) => {
  const tr = suggestingTransaction(state, build(state) as ReturnType<EditorState["tr"]["insert"]>, wil);
  return tr ? state.apply(tr) : state;
};

/** Every textblock of the document: where its content starts and how long it is. */
function textblocks(doc: Node): { start: number; size: number }[] {
  const found: { start: number; size: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.inlineContent) found.push({ start: pos + 1, size: node.content.size });
    return !node.inlineContent;
  });
  return found;
}

const atoms = {
  reference: () => schema.nodes.reference!.create({ target: "art-beslissing" }),
  slotValue: () => schema.nodes.slotValue!.create({ slot: "college" }),
  lawReference: () => schema.nodes.lawReference!.create({ law: "BWBR0005290", article: "7", words: "artikel 7 van de Huisvestingswet 2014" }),
};
const atomsIn = (doc: Node) => {
  const found: Node[] = [];
  doc.descendants((node) => void (node.isAtom && node.isInline && found.push(node)));
  return found;
};

describe("suggesting an inline atom", () => {
  it.each(Object.entries(atoms))("a suggested %s carries the insertion in its attribute, and is decided like text", (_name, create) => {
    const start = fixtureState();
    const { start: at } = textblocks(start.doc)[5]!;
    const state = suggest(start, (s) => s.tr.insert(at + 2, create()));
    const inserted = atomsIn(state.doc).find((node) => node.attrs.suggestion);
    expect(inserted?.attrs.suggestion).toMatchObject({ kind: "insertion", author: 8, authorName: "Wil Werkgroep" });
    expect(inserted?.marks).toEqual([]);
    expect(listSuggestions(state.doc).map((s) => [s.kind, s.structural, s.authorName])).toEqual([["insertion", false, "Wil Werkgroep"]]);
    expect(decideAll(state.doc, "reject").eq(start.doc)).toBe(true);
    expect(atomsIn(decideAll(state.doc, "accept")).filter((node) => node.type === inserted!.type && node.attrs.suggestion === null)).toHaveLength(atomsIn(start.doc).filter((node) => node.type === inserted!.type).length + 1);
    // Read as it stands (decision 059): the atom is not there until it is accepted.
    expect(schema.nodeFromJSON(withoutPendingSuggestions(state.doc.toJSON())).eq(start.doc)).toBe(true);
  });

  it("deleting text around an existing atom marks both as one suggestion; accepting removes both", () => {
    const start = fixtureState();
    let at = -1;
    start.doc.descendants((node, pos) => void (at < 0 && node.type.name === "slotValue" && (at = pos)));
    const state = suggest(start, (s) => s.tr.delete(at - 3, at + 4));
    const slot = state.doc.nodeAt(at)!;
    expect(slot.attrs.suggestion).toMatchObject({ kind: "deletion", author: 8 });
    const listed = listSuggestions(state.doc);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.text).toContain("[keuzemogelijkheid]");
    expect(decideAll(state.doc, "reject").eq(start.doc)).toBe(true);
    expect(decideAll(state.doc, "accept").nodeAt(at - 3)?.type.name).not.toBe("slotValue");
  });
});

// Over any sequence of suggested edits (text, atoms, deletions): rejecting every suggestion gives the original text,
// and after each edit, accepting every suggestion gives what that edit would have made of the accepted text.
describe("accept all and reject all, over generated edits", () => {
  type Edit = { block: number; from: number; length: number; insert: "text" | keyof typeof atoms | null };
  const edit = fc.record({
    block: fc.nat(),
    from: fc.nat(),
    length: fc.nat({ max: 6 }),
    insert: fc.constantFrom<Edit["insert"]>("text", "reference", "slotValue", "lawReference", null),
  });

  it("reject all is the original; accept all is the edit applied as it is", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const start = fixtureState();
        let state = start;
        for (const e of edits) {
          const blocks = textblocks(state.doc);
          const block = blocks[e.block % blocks.length]!;
          const from = block.start + (e.from % (block.size + 1));
          const to = Math.min(block.start + block.size, from + e.length);
          const content = e.insert === null ? null : e.insert === "text" ? schema.text("xy") : atoms[e.insert]();
          if (content === null && to === from) continue;
          const change = (tr: Transform, a: number, b: number) => (content ? tr.replaceWith(a, b, content) : tr.delete(a, b));
          const accepted = decideSuggestions(new Transform(state.doc), "accept", () => true);
          const next = suggest(state, (s) => change(s.tr, from, to));
          if (next === state) continue;
          const plain = change(new Transform(accepted.doc), accepted.mapping.map(from, -1), accepted.mapping.map(to, 1)).doc;
          expect(decideAll(next.doc, "accept").textContent).toBe(plain.textContent);
          expect(atomsIn(decideAll(next.doc, "accept")).length).toBe(atomsIn(plain).length);
          state = next;
        }
        expect(decideAll(state.doc, "reject").eq(start.doc)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
