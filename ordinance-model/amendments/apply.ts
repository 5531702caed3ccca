import { Fragment, Mark, type Node } from "prosemirror-model";
import { schema } from "../schema";
import { childrenOf } from "../tree";
import type { Instruction } from "./instructions";
import { AmendmentError, atom, findById, paragraphString, paragraphsOf, rewrite, withChildren, type Parent, type TextInForce } from "./text-in-force";

// Applies our own instructions to a text in force, one after the other, as a reader of the amending ordinance would.
// The property that holds (apply.property.test.ts): applying the instructions drafted from an adopted text and a
// target gives exactly the target.

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** The paragraph with `old` at `from` replaced by `replacement`, which takes the marks of the text it replaces. */
function replaceInParagraph(paragraph: Node, from: number, old: string, replacement: string): Node {
  const to = from + old.length;
  const before: Node[] = [];
  const after: Node[] = [];
  let marks: readonly Mark[] | null = null;
  let offset = 0;
  paragraph.forEach((child) => {
    const length = child.isText ? child.text!.length : 1;
    const [start, end] = [offset, offset + length];
    offset = end;
    if (end <= from) return before.push(child);
    if (start >= to) return after.push(child);
    if (!child.isText) throw new AmendmentError(`De te vervangen woorden “${old}” bevatten een verwijzing.`);
    if (marks && !Mark.sameSet(marks, child.marks)) throw new AmendmentError(`De te vervangen woorden “${old}” zijn ongelijk opgemaakt.`);
    marks = child.marks;
    const text = child.text!;
    if (start < from) before.push(schema.text(text.slice(0, from - start), child.marks));
    if (end > to) after.push(schema.text(text.slice(to - start), child.marks));
  });
  const middle = replacement === "" ? [] : [schema.text(replacement, marks ?? [])];
  return paragraph.copy(Fragment.fromArray([...before, ...middle, ...after]));
}

function replaceWords(doc: Node, id: string, old: string, replacement: string): Node {
  const provision = findById(doc, id);
  if (!provision) throw new AmendmentError(`Bepaling ${id} staat niet in de tekst.`);
  if (old === "" || old.includes(atom)) throw new AmendmentError("Te vervangen woorden ontbreken.");
  const hits = paragraphsOf(provision).flatMap((paragraph) => occurrences(paragraphString(paragraph), old).map((at) => ({ paragraph, at })));
  if (hits.length !== 1) throw new AmendmentError(`“${old}” komt ${hits.length} keer voor in de bepaling, niet één keer.`);
  const { paragraph, at } = hits[0]!;
  return rewrite(doc, (node) => (node === paragraph ? [replaceInParagraph(node, at, old, replacement)] : null));
}

function insertAfter(doc: Node, parent: Parent, after: string | null, nodes: readonly Node[]): Node {
  return withChildren(doc, parent, (children) => {
    // At the start means after the heading, where a chapter, section or article has one.
    const index = after === null ? children.filter((c) => c.type.name === "heading").length : children.findIndex((c) => c.attrs.id === after) + 1;
    if (after !== null && index === 0) throw new AmendmentError(`Bepaling ${after} staat niet op die plaats.`);
    return [...children.slice(0, index), ...nodes, ...children.slice(index)];
  });
}

function remove(doc: Node, id: string): Node {
  if (!findById(doc, id)) throw new AmendmentError(`Bepaling ${id} staat niet in de tekst.`);
  return rewrite(doc, (node) => (node.attrs.id === id && !node.isInline ? [] : null));
}

function replaceNode(doc: Node, id: string, make: (node: Node) => Node): Node {
  if (!findById(doc, id)) throw new AmendmentError(`Bepaling ${id} staat niet in de tekst.`);
  return rewrite(doc, (node) => (node.attrs.id === id && !node.isInline ? [make(node)] : null));
}

export function applyInstruction(text: TextInForce, instruction: Instruction): TextInForce {
  const { doc } = text;
  switch (instruction.kind) {
    case "replace":
      return { ...text, doc: replaceNode(doc, instruction.id, () => instruction.node) };
    case "heading":
      return { ...text, doc: replaceNode(doc, instruction.id, (node) => node.copy(Fragment.fromArray([instruction.heading, ...childrenOf(node).slice(1)]))) };
    case "words":
      return { ...text, doc: replaceWords(doc, instruction.id, instruction.old, instruction.new) };
    case "insert":
      return { ...text, doc: insertAfter(doc, instruction.parent, instruction.after, instruction.nodes) };
    case "delete":
      // The number of what is deleted stays in force: it is not given to anything else.
      return { ...text, doc: remove(doc, instruction.id) };
    case "move": {
      const node = findById(doc, instruction.id)!;
      // A moved article takes a new number at its new place, as a new one would.
      const inForce = new Map(text.inForce);
      inForce.delete(instruction.id);
      return { doc: insertAfter(remove(doc, instruction.id), instruction.parent, instruction.after, [node]), inForce };
    }
  }
}

/** The text in force after the instructions, in their order. */
export function apply(text: TextInForce, instructions: readonly Instruction[]): TextInForce {
  const result = instructions.reduce(applyInstruction, text);
  result.doc.check();
  return result;
}
