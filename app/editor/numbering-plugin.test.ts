import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Node } from "prosemirror-model";
import { EditorState, TextSelection, type Command } from "prosemirror-state";
import type { DecorationSet } from "prosemirror-view";
import { schema } from "../../ordinance-model/index";
import {
  enterInItem,
  enterInMember,
  insertArticle,
  insertItem,
  insertMember,
  insertReference,
  joinWithPrevious,
  moveArticle,
  newParagraphInMember,
} from "../../ordinance-model/editing/index";
import { fixtureModelJson } from "../../ordinance-model/testing/fixture-model";
import { twenteModel } from "../../db/seed/twente-model";
import { fullNumberingState, numberingOf, numberingPlugin, textOnlyChange, type NumberingState } from "./numbering-plugin";

// The plugin maps its decorations through a change of plain text, and for anything else numbers anew. Over random
// edit sequences (typing, deleting, structure commands, references, deleting whole provisions) its state must equal
// a computation from scratch after every step. After a change of structure it rebuilds only some decorations; the
// same property covers that.

/** The fixture (articles only) or the Twente model (chapters, sections, notes). */
const start = (twente = false) => EditorState.create({ doc: schema.nodeFromJSON(twente ? twenteModel : fixtureModelJson()), plugins: [numberingPlugin] });

/** Every position inside a text block, where a cursor can stand. */
function textPositions(doc: Node): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
    return !node.isTextblock;
  });
  return positions;
}

const idsOf = (doc: Node, types: readonly string[]) => {
  const found: { id: string; pos: number; size: number }[] = [];
  doc.descendants((node, pos) => {
    if (types.includes(node.type.name)) found.push({ id: String(node.attrs.id), pos, size: node.nodeSize });
  });
  return found;
};

type Edit =
  | { kind: "type"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "command"; at: number; command: number }
  | { kind: "reference"; at: number; target: number }
  | { kind: "remove"; which: number };

const commands: Command[] = [enterInMember, enterInItem, newParagraphInMember, joinWithPrevious, insertArticle, insertMember, insertItem, moveArticle(-1), moveArticle(1)];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("type" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("command" as const), at: fc.nat(), command: fc.nat({ max: commands.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reference" as const), at: fc.nat(), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), which: fc.nat() }) },
);

function apply(state: EditorState, e: Edit): EditorState {
  const positions = textPositions(state.doc);
  const at = (n: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, positions[n % positions.length]!)));
  let next: EditorState | null = null;
  const dispatch = (s: EditorState) => (tr: Parameters<NonNullable<Parameters<Command>[1]>>[0]) => (next = s.apply(tr));
  switch (e.kind) {
    case "type":
      return state.apply(state.tr.insertText(e.text, positions[e.at % positions.length]!));
    case "delete": {
      const from = positions[e.at % positions.length]!;
      const $from = state.doc.resolve(from);
      return state.apply(state.tr.delete(from, Math.min(from + e.length, $from.end())));
    }
    case "command": {
      const placed = at(e.at);
      commands[e.command]!(placed, dispatch(placed));
      return next ?? state;
    }
    case "reference": {
      const placed = at(e.at);
      const targets = idsOf(state.doc, ["article", "member", "item"]);
      insertReference(targets[e.target % targets.length]!.id)(placed, dispatch(placed));
      return next ?? state;
    }
    case "remove": {
      // A member or item, as when it is selected and deleted; the article or list may refuse to become empty.
      const nodes = idsOf(state.doc, ["member", "item"]);
      const node = nodes[e.which % nodes.length]!;
      try {
        return state.apply(state.tr.delete(node.pos, node.pos + node.size));
      } catch {
        return state;
      }
    }
  }
}

function normalised(set: DecorationSet) {
  return set
    .find()
    .map((d) => {
      const spec = d.spec as { key?: string; text?: string; missing?: boolean };
      const attrs = (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs ?? null;
      return JSON.stringify([d.from, d.to, spec.key ?? null, spec.text ?? null, spec.missing ?? null, attrs]);
    })
    .sort();
}

const expectEqualToFull = (state: NumberingState, doc: Node) => {
  const full = fullNumberingState(doc);
  expect([...state.numbering.entries()]).toEqual([...full.numbering.entries()]);
  expect(normalised(state.decorations)).toEqual(normalised(full.decorations));
};

describe("the numbering plugin", () => {
  it("only treats plain text inside one text block as a text-only change", () => {
    const state = start();
    const member = idsOf(state.doc, ["member"])[0]!;
    const first = member.pos + 2;
    const typed = state.apply(state.tr.insertText("abc", first!));
    expect(textOnlyChange(state.doc, typed.doc)).toEqual({ from: first, toBefore: first, toAfter: first + 3 });
    const split = state.apply(state.tr.split(first));
    expect(textOnlyChange(state.doc, split.doc)).toBeNull();
    expect(textOnlyChange(state.doc, state.apply(state.tr.setNodeAttribute(member.pos, "condition", { slot: "hardheidsclausule" })).doc)).toBeNull();
  });

  it("keeps numbers and decorations equal to a full recomputation over random edit sequences", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 25 }), (twente, edits) => {
        let state = start(twente);
        for (const e of edits) {
          state = apply(state, e);
          expectEqualToFull(numberingOf(state), state.doc);
        }
      }),
      { numRuns: 80 },
    );
  });
});
