import type { Node } from "prosemirror-model";
import { articlesIn, childOfType, childrenOf, partsAfterHeading } from "../tree";
import { movedIds } from "../version-diff";
import { withoutOrderKeys } from "../article-order";
import { applyInstruction } from "./apply";
import type { Instruction } from "./instructions";
import { AmendmentError, findById, paragraphString, paragraphsOf, parentNode, parentOf, type Parent, type TextInForce } from "./text-in-force";
import { changedShare, nextReplacement } from "./words";

// Drafts the instructions that turn a text in force (the adopted text) into a target (the new model version with the
// municipality's choices), the way an amending ordinance is written: in the order of the text, each instruction
// against the text as the ones before it left it, matched by stable id. Where most of a provision changes, or a change
// cannot be said in words (a reference, a different structure), the provision "komt te luiden".

export interface DraftOptions {
  /** Above this share of changed words a provision is rewritten whole instead of word by word (0 … 1). */
  readonly rewriteThreshold?: number;
}

export const defaultRewriteThreshold = 0.5;

export interface DraftStep {
  readonly instruction: Instruction;
  /** The text just before and just after this instruction: its words come from these numberings. */
  readonly before: TextInForce;
  readonly after: TextInForce;
}

const idOf = (node: Node) => String(node.attrs.id);
const provisionText = (node: Node) => paragraphsOf(node).map(paragraphString).join("\n");
const containers = new Set(["chapter", "section"]);

class Drafter {
  readonly steps: DraftStep[] = [];
  private readonly targetIds = new Set<string>();
  private readonly moved: ReadonlySet<string>;
  private readonly staleContainers: string[] = [];

  constructor(
    private state: TextInForce,
    private readonly target: Node,
    private readonly threshold: number,
  ) {
    target.descendants((node) => {
      if (typeof node.attrs.id === "string") this.targetIds.add(node.attrs.id);
    });
    // Articles whose order among the shared ones changed, or that went to another chapter or section, are moved.
    const before = articlesIn(childOfType(state.doc, "body")).map(idOf);
    const after = articlesIn(childOfType(target, "body")).map(idOf);
    const moved = movedIds(before, after);
    for (const id of after) if (before.includes(id) && !sameParent(parentOf(state.doc, id), parentOf(target, id))) moved.add(id);
    this.moved = moved;
  }

  private emit(instruction: Instruction): void {
    const before = this.state;
    this.state = applyInstruction(before, instruction);
    this.steps.push({ instruction, before, after: this.state });
  }

  private current(id: string): Node {
    return findById(this.state.doc, id)!;
  }

  /** Deletes what stands in the text between `after` and `until` (or the end) and is not in the target. */
  private deleteStale(parent: Parent, after: string | null, until: string | null): void {
    const siblings = childrenOf(parentNode(this.state.doc, parent)).filter((c) => c.type.name !== "heading");
    const from = after === null ? 0 : siblings.findIndex((c) => idOf(c) === after) + 1;
    const to = until === null ? siblings.length : siblings.findIndex((c) => idOf(c) === until);
    for (const stale of siblings.slice(from, to < 0 ? siblings.length : to)) {
      if (this.targetIds.has(idOf(stale))) continue;
      // A chapter or section goes last, after the articles that leave it for elsewhere.
      if (containers.has(stale.type.name)) this.staleContainers.push(idOf(stale));
      else this.emit({ kind: "delete", id: idOf(stale) });
    }
  }

  /** One row of siblings (chapters, sections, articles, members or items) under one parent. */
  private siblings(parent: Parent, wanted: readonly Node[], amend: (current: Node, target: Node) => void): void {
    let previous: string | null = null;
    for (let i = 0; i < wanted.length; ) {
      const node = wanted[i]!;
      const id = idOf(node);
      if (!findById(this.state.doc, id)) {
        const run = [node];
        while (i + run.length < wanted.length && !findById(this.state.doc, idOf(wanted[i + run.length]!))) run.push(wanted[i + run.length]!);
        for (const inserted of run) this.refuseMovedInto(inserted);
        this.emit({ kind: "insert", parent, after: previous, nodes: run });
        previous = idOf(run[run.length - 1]!);
        i += run.length;
        continue;
      }
      if (this.moved.has(id)) this.emit({ kind: "move", id, parent, after: previous });
      else this.deleteStale(parent, previous, id);
      amend(this.current(id), node);
      previous = id;
      i++;
    }
    this.deleteStale(parent, previous, null);
  }

  /** A new chapter or section is inserted whole; an article it takes from elsewhere cannot be said that way yet. */
  private refuseMovedInto(node: Node): void {
    if (!containers.has(node.type.name)) return;
    for (const article of articlesIn(node))
      if (findById(this.state.doc, idOf(article))) throw new AmendmentError("Een nieuw hoofdstuk of een nieuwe paragraaf met een bestaand artikel erin kan nog niet als wijziging worden opgesteld.");
  }

  body(): void {
    const wanted = childrenOf(childOfType(this.target, "body"));
    const present = childrenOf(childOfType(this.state.doc, "body"));
    if ((wanted[0]?.type.name === "chapter") !== (present[0]?.type.name === "chapter"))
      throw new AmendmentError("De nieuwe versie deelt de tekst anders in hoofdstukken in: dat vraagt een nieuwe verordening, geen wijziging.");
    this.siblings({ id: null }, wanted, (current, target) => this.division(current, target));
    for (const id of this.staleContainers) this.emit({ kind: "delete", id });
  }

  private division(current: Node, target: Node): void {
    if (target.type.name === "article") return this.article(current, target);
    if (!current.firstChild!.eq(target.firstChild!)) this.emit({ kind: "heading", id: idOf(target), heading: target.firstChild! });
    const parts = partsAfterHeading(target);
    if ((parts[0]?.type.name === "section") !== (partsAfterHeading(current)[0]?.type.name === "section"))
      throw new AmendmentError(`De nieuwe versie deelt ${current.type.name === "chapter" ? "een hoofdstuk" : "een paragraaf"} anders in paragrafen in: dat kan nog niet als wijziging worden opgesteld.`);
    this.siblings({ id: idOf(target) }, parts, (c, t) => this.division(c, t));
  }

  private rewritesWhole(current: Node, target: Node): boolean {
    return changedShare(provisionText(current), provisionText(target)) > this.threshold;
  }

  private article(current: Node, target: Node): void {
    if (current.eq(target)) return;
    const [had, has] = [partsAfterHeading(current), partsAfterHeading(target)];
    // A lone member carries no number; gaining or losing the others changes the whole article's look.
    if (this.rewritesWhole(current, target) || (had.length === 1) !== (has.length === 1) || reordered(had, has)) return this.replace(target);
    if (!current.firstChild!.eq(target.firstChild!)) this.emit({ kind: "heading", id: idOf(target), heading: target.firstChild! });
    const lone = has.length === 1;
    this.siblings({ id: idOf(target) }, has, (c, t) => this.owner(c, t, lone ? target : null));
  }

  private replace(target: Node): void {
    this.emit({ kind: "replace", id: idOf(target), node: target });
  }

  /** A member or item; `article` is set for a lone member, which is only ever rewritten with its article. */
  private owner(current: Node, target: Node, article: Node | null): void {
    if (current.eq(target)) return;
    const whole = () => this.replace(article ?? target);
    const [had, has] = [childrenOf(current), childrenOf(target)];
    const shape = (nodes: Node[]) => nodes.map((n) => (n.type.name === "itemList" ? `list:${n.attrs.kind}` : n.type.name)).join(",");
    if (this.rewritesWhole(current, target) || shape(had) !== shape(has)) return whole();
    const lists = has.filter((n) => n.type.name === "itemList");
    if (lists.some((list, k) => reordered(childrenOf(had.filter((n) => n.type.name === "itemList")[k]!), childrenOf(list)))) return whole();
    const words = this.wordSteps(idOf(target), has);
    if (words === null) return whole();
    for (const step of words) this.emit(step);
    lists.forEach((list, k) => this.siblings({ id: idOf(target), list: k }, childrenOf(list), (c, t) => this.owner(c, t, null)));
  }

  /** Word-level instructions for the owner's own paragraphs, tried on a copy first; null when they cannot do it. */
  private wordSteps(id: string, wanted: readonly Node[]): Instruction[] | null {
    const steps: Instruction[] = [];
    let scratch = this.state;
    const paragraphs = () => childrenOf(findById(scratch.doc, id)!).filter((n) => n.type.name === "paragraph");
    const targets = wanted.filter((n) => n.type.name === "paragraph");
    for (let k = 0; k < targets.length; k++) {
      for (let guard = 0; !paragraphs()[k]!.eq(targets[k]!); guard++) {
        const wordings = paragraphsOf(findById(scratch.doc, id)!).map(paragraphString);
        const replacement = guard < 12 ? nextReplacement(paragraphString(paragraphs()[k]!), paragraphString(targets[k]!), wordings) : null;
        if (replacement === null) return null;
        const step: Instruction = { kind: "words", id, old: replacement.old, new: replacement.new };
        try {
          scratch = applyInstruction(scratch, step);
        } catch (error) {
          if (error instanceof AmendmentError) return null;
          throw error;
        }
        steps.push(step);
      }
    }
    return steps;
  }

  check(): void {
    if (!childOfType(this.state.doc, "body").eq(childOfType(this.target, "body"))) throw new AmendmentError("De wijzigingsopdrachten leveren niet de nieuwe tekst op.");
  }

  result(): TextInForce {
    return this.state;
  }
}

function sameParent(a: Parent, b: Parent): boolean {
  return a.id === b.id && a.list === b.list;
}

/** True when siblings both rows have stand in another order. */
function reordered(had: readonly Node[], has: readonly Node[]): boolean {
  const shared = new Set(has.map(idOf));
  const before = had.map(idOf).filter((id) => shared.has(id));
  const present = new Set(before);
  const after = has.map(idOf).filter((id) => present.has(id));
  return before.some((id, i) => after[i] !== id);
}

/**
 * The instructions that turn `adopted` into the body of `target`, each with the text before and after it. Throws an
 * AmendmentError for a change an amending ordinance cannot (yet) express, such as a new division into chapters.
 */
export function draftInstructions(adopted: TextInForce, target: Node, options: DraftOptions = {}): { steps: DraftStep[]; result: TextInForce } {
  // The articles' order keys are how the text was co-edited, not what it says: an instruction never names them.
  const drafter = new Drafter({ ...adopted, doc: withoutOrderKeys(adopted.doc) }, withoutOrderKeys(target), options.rewriteThreshold ?? defaultRewriteThreshold);
  drafter.body();
  drafter.check();
  return { steps: drafter.steps, result: drafter.result() };
}
