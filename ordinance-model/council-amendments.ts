import { Fragment, Slice, type Node } from "prosemirror-model";
import { inlineSegments, type InlineSegment } from "./inline";
import type { Numbering } from "./numbering";
import { placeInWords, referenceOrigins } from "./references";
import { schema } from "./schema";
import { walk } from "./tree";

// A council's amendments (amendementen) change the municipality's own resolved text, never the model: each names
// members or items by their stable id and gives their new wording. The structure stays as it is (no provision is
// added, removed or renumbered by an amendment here), so the numbers and the words of every reference stay valid.
// The new wording is plain text; what the old wording said as a reference or a defined term, and the new wording
// still says in the same words, stays a reference or a term, so links and definitions survive an amendment.

export interface AmendmentChange {
  /** The id of a member or an item of the resolved text. */
  readonly provision: string;
  /** Its new wording: for a member one paragraph per line (its lists stay), for an item one line. */
  readonly text: string;
}

export interface CouncilAmendment {
  /** As the council numbered it: "A1", "2026-14". */
  readonly number: string;
  readonly title: string;
  readonly changes: readonly AmendmentChange[];
}

export interface AmendmentProblem {
  /** Index of the amendment and of its change. */
  readonly amendment: number;
  readonly change: number;
  /** Which part of the change is wrong: the provision it names or its new text. */
  readonly field: "provision" | "text";
  readonly message: string;
}

/** A provision an amendment may change, with its place in words and its own wording as the editor prefills it. */
export interface AmendableProvision {
  readonly id: string;
  readonly kind: "member" | "item";
  /** "artikel 4, tweede lid". */
  readonly place: string;
  readonly text: string;
}

const segmentWords = (s: InlineSegment): string => (s.kind === "text" ? s.text : s.kind === "reference" ? (s.words ?? "") : "");

/** The paragraphs a member or item holds itself (not those of its lists). */
const ownParagraphs = (node: Node): Node[] => node.children.filter((c) => c.type.name === "paragraph");

function ownText(node: Node, numbering: Numbering, origins: WeakMap<Node, string>): string {
  return ownParagraphs(node)
    .map((p) => inlineSegments(p, numbering, origins.get(p)).map(segmentWords).join(""))
    .join("\n");
}

/** Every member and item of the body, in document order, as an amendment may change it. */
export function amendableProvisions(text: { readonly doc: Node; readonly numbering: Numbering }): AmendableProvision[] {
  const origins = referenceOrigins(text.doc, text.numbering);
  const out: AmendableProvision[] = [];
  walk(text.doc, (node, ancestors) => {
    if (node.type.name !== "member" && node.type.name !== "item") return;
    const id = String(node.attrs.id);
    // A single member is not numbered: it is changed as the article itself ("artikel 4").
    const article = String(ancestors.find((a) => a.type.name === "article")?.attrs.id);
    const place = placeInWords(text.numbering, id) ?? placeInWords(text.numbering, article) ?? id;
    out.push({ id, kind: node.type.name, place, text: ownText(node, text.numbering, origins) });
  });
  return out;
}

/** Pieces of the old wording that keep their kind when the new wording has the same words: references and terms. */
interface Keeper {
  readonly words: string;
  readonly node: (text: string) => Node;
}

function keepers(paragraphs: readonly Node[], numbering: Numbering, origins: WeakMap<Node, string>): Keeper[] {
  const out: Keeper[] = [];
  for (const p of paragraphs) {
    const words = new Map(inlineSegments(p, numbering, origins.get(p)).flatMap((s) => (s.kind === "reference" && s.words ? [[s.target, s.words] as const] : [])));
    p.forEach((child) => {
      if (child.type.name === "reference") {
        const said = words.get(String(child.attrs.target));
        if (said) out.push({ words: said, node: () => child });
      } else if (child.isText && child.marks.some((m) => m.type.name === "term")) out.push({ words: child.text!, node: (t) => schema.text(t, child.marks) });
    });
  }
  return out.filter((k) => k.words.trim() !== "");
}

/** One line of new wording as inline nodes: the first occurrence of each keeper's words becomes that keeper again. */
function inline(line: string, keep: readonly Keeper[]): Node[] {
  const nodes: Node[] = [];
  let rest = line;
  for (;;) {
    let best: { at: number; keeper: Keeper } | null = null;
    for (const keeper of keep) {
      const at = rest.indexOf(keeper.words);
      if (at >= 0 && (!best || at < best.at)) best = { at, keeper };
    }
    if (!best) break;
    if (best.at > 0) nodes.push(schema.text(rest.slice(0, best.at)));
    nodes.push(best.keeper.node(best.keeper.words));
    rest = rest.slice(best.at + best.keeper.words.length);
  }
  if (rest) nodes.push(schema.text(rest));
  return nodes;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
}

function amended(node: Node, text: string, numbering: Numbering, origins: WeakMap<Node, string>): Node {
  const own = ownParagraphs(node);
  const keep = keepers(own, numbering, origins);
  const paragraphs = lines(text).map((line) => schema.nodes.paragraph!.create(null, inline(line, keep)));
  const first = node.children.findIndex((c) => c.type.name === "paragraph");
  const others = node.children.filter((c) => c.type.name !== "paragraph");
  const at = first < 0 ? 0 : node.children.slice(0, first).filter((c) => c.type.name !== "paragraph").length;
  return node.copy(Fragment.from([...others.slice(0, at), ...paragraphs, ...others.slice(at)]));
}

function replaceById(doc: Node, id: string, replace: (node: Node) => Node): Node {
  let result = doc;
  doc.descendants((node, pos) => {
    if (result !== doc) return false;
    if (node.attrs.id !== id) return true;
    result = doc.replace(pos, pos + node.nodeSize, new Slice(Fragment.from(replace(node)), 0, 0));
    return false;
  });
  return result;
}

/** Where the amendments do not fit the text, each in Dutch; the text with them applied when they all do. */
export function applyAmendments(doc: Node, numbering: Numbering, amendments: readonly CouncilAmendment[]): { doc: Node; problems: AmendmentProblem[] } {
  const amendable = new Map(amendableProvisions({ doc, numbering }).map((p) => [p.id, p]));
  const structural = new Set<string>();
  walk(doc, (node) => void (typeof node.attrs.id === "string" && structural.add(node.attrs.id)));
  const problems: AmendmentProblem[] = [];
  let out = doc;
  amendments.forEach((amendment, a) => {
    const seen = new Set<string>();
    amendment.changes.forEach((change, c) => {
      const problem = (message: string, field: "provision" | "text" = "text") => problems.push({ amendment: a, change: c, field, message });
      const target = amendable.get(change.provision);
      if (!target) return problem(structural.has(change.provision) ? "Een amendement wijzigt hier een lid of een onderdeel; kies een lid of onderdeel van dit artikel." : `De bepaling “${change.provision}” staat niet in de tekst.`, "provision");
      if (seen.has(change.provision)) return problem(`Dit amendement wijzigt ${target.place} al; geef één nieuwe tekst per bepaling.`, "provision");
      seen.add(change.provision);
      const newLines = lines(change.text);
      if (newLines.length === 0) return problem(`Geef de nieuwe tekst van ${target.place}.`);
      if (target.kind === "item" && newLines.length > 1) return problem(`Een onderdeel is één alinea: schrijf de tekst van ${target.place} op één regel.`);
      if (newLines.join("\n") === lines(target.text).join("\n")) return problem(`De nieuwe tekst van ${target.place} is gelijk aan de voorgestelde tekst.`);
      if (problems.length) return;
      const origins = referenceOrigins(out, numbering);
      out = replaceById(out, change.provision, (node) => amended(node, change.text, numbering, origins));
    });
  });
  return { doc: problems.length ? doc : out, problems };
}
