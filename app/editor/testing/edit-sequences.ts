import fc from "fast-check";
import type { Node } from "prosemirror-model";
import { EditorState, Plugin, TextSelection, type Command, type Transaction } from "prosemirror-state";
import type { DecorationSet } from "prosemirror-view";
import { schema } from "../../../ordinance-model/index";
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
} from "../../../ordinance-model/editing/index";
import { decideSuggestions, listSuggestions, suggestingTransaction, suggestionById, type Suggester } from "../../../ordinance-model/suggestions/index";
import { fixtureModelJson } from "../../../ordinance-model/testing/fixture-model";
import { withSuggestions } from "../../../ordinance-model/testing/suggestions";
import { twenteModel } from "../../../db/seed/twente-model";

// Random edit sequences in the editor, for the property tests of its incremental computations: each must equal a
// computation from scratch after every step. Typing, deleting, structure commands, references, deleting whole
// provisions, typing or deleting as a suggestion, and deciding a suggestion.

export type StartText = "fixture" | "twente" | "suggestions";

export const startText: fc.Arbitrary<StartText> = fc.constantFrom("fixture", "twente", "suggestions");

/** The fixture (articles only), the Twente model (chapters, sections, notes) or the fixture with suggestions. */
export function startDoc(text: StartText): Node {
  if (text === "suggestions") return withSuggestions();
  return schema.nodeFromJSON(text === "twente" ? twenteModel : fixtureModelJson());
}

export const startState = (text: StartText, plugins: readonly Plugin[]) => EditorState.create({ doc: startDoc(text), plugins: [...plugins] });

/** Every position inside a text block, where a cursor can stand. */
function textPositions(doc: Node): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
    return !node.isTextblock;
  });
  return positions;
}

export const idsOf = (doc: Node, types: readonly string[]) => {
  const found: { id: string; pos: number; size: number }[] = [];
  doc.descendants((node, pos) => {
    if (types.includes(node.type.name)) found.push({ id: String(node.attrs.id), pos, size: node.nodeSize });
  });
  return found;
};

export type Edit =
  | { kind: "type"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "command"; at: number; command: number }
  | { kind: "reference"; at: number; target: number }
  | { kind: "remove"; which: number }
  | { kind: "suggest"; at: number; text: string; length: number; author: number }
  | { kind: "decide"; which: number; accept: boolean };

const commands: Command[] = [enterInMember, enterInItem, newParagraphInMember, joinWithPrevious, insertArticle, insertMember, insertItem, moveArticle(-1), moveArticle(1)];

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("type" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("command" as const), at: fc.nat(), command: fc.nat({ max: commands.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reference" as const), at: fc.nat(), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), which: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("suggest" as const), at: fc.nat(), text: fc.string({ maxLength: 3 }), length: fc.nat({ max: 4 }), author: fc.constantFrom(7, 8) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("decide" as const), which: fc.nat(), accept: fc.boolean() }) },
);

/** Moving the article at the cursor up or down: the last two commands. */
export const moveEdit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constant("command" as const), at: fc.nat(), command: fc.constantFrom(commands.length - 2, commands.length - 1) });

const suggester = (author: number): Suggester => ({ author, authorName: `Auteur ${author}`, now: () => new Date("2026-12-01T12:00:00Z"), newId: () => `voorstel-${author}` });

/** `state` after the edit; the edit is skipped where it does not apply. */
export function applyEdit(state: EditorState, e: Edit): EditorState {
  const positions = textPositions(state.doc);
  const at = (n: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, positions[n % positions.length]!)));
  let next: EditorState | null = null;
  const dispatch = (s: EditorState) => (tr: Transaction) => (next = s.apply(tr));
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
    case "suggest": {
      // Replace `length` characters (at most to the end of the text block) by `text`, as a suggestion.
      const from = positions[e.at % positions.length]!;
      const to = Math.min(from + e.length, state.doc.resolve(from).end());
      const tr = suggestingTransaction(state, state.tr.insertText(e.text, from, to), suggester(e.author));
      return tr ? state.apply(tr) : state;
    }
    case "decide": {
      // The redactie accepts or rejects one pending suggestion.
      const pending = listSuggestions(state.doc);
      if (pending.length === 0) return state;
      return state.apply(decideSuggestions(state.tr, e.accept ? "accept" : "reject", suggestionById(pending[e.which % pending.length]!.id)));
    }
  }
}

/** A decoration set as sorted strings (place, spec and attributes), to compare two sets. */
export function normalised(set: DecorationSet): string[] {
  return set
    .find()
    .map((d) => {
      const spec = d.spec as { key?: string; text?: string; missing?: boolean };
      const attrs = (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs ?? null;
      return JSON.stringify([d.from, d.to, spec.key ?? null, spec.text ?? null, spec.missing ?? null, attrs]);
    })
    .sort();
}

/** A change as a plugin's appendTransaction gets it: the transactions and the state after them. */
export interface RecordedChange {
  readonly transactions: readonly Transaction[];
  readonly state: EditorState;
}

/** A plugin that records every change of the document into `changes`, as the plugins after it get it. */
export const changeRecorder = (changes: RecordedChange[]): Plugin =>
  new Plugin({
    appendTransaction(transactions, _old, state) {
      if (transactions.some((tr) => tr.docChanged)) changes.push({ transactions, state });
      return null;
    },
  });
