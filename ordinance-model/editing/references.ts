import type { Node } from "prosemirror-model";
import type { Command } from "prosemirror-state";
import type { Numbering } from "../numbering";
import { referenceInWords } from "../references";
import { schema } from "../schema";
import { articlesIn, childOfType, childrenOf, headingText, partsAfterHeading } from "../tree";

// Cross-references: the picker goes article → member → item, offering each with its computed number and the words
// the reference will read where the cursor stands; the document only stores the target id, so the words follow the
// target wherever it moves.

export interface ProvisionTarget {
  readonly id: string;
  readonly kind: "article" | "member" | "item";
  /** As printed in front of it: "Artikel 4", "2.", "b.". */
  readonly label: string;
  /** The heading of an article; the start of the text of a member or item. */
  readonly text: string;
  /** The variant the provision belongs to, by its label ("Beslisorgaan: Urgentiecommissie"), or null. */
  readonly variant: string | null;
  /** The reference as it will read in the text at the cursor: "artikel 5, vierde lid", "het tweede lid". */
  readonly words: string;
  /** Members of an article (the items, when its member is a lone one), or items (and sub-items) of a member or item. */
  readonly children: readonly ProvisionTarget[];
}

/** condition → "Label of the slot: label of the option", or "Optioneel: label of the slot". */
function variantWords(node: Node, slotLabels: ReadonlyMap<string, { label: string; options: ReadonlyMap<string, string> }>): string | null {
  const condition = node.attrs.condition as { slot: string; option?: string } | null;
  if (!condition) return null;
  const slot = slotLabels.get(condition.slot);
  const what = slot?.label ?? condition.slot;
  if (condition.option === undefined) return `Optioneel: ${what}`;
  return `${what}: ${slot?.options.get(condition.option) ?? condition.option}`;
}

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

/** Every article of the body as a target tree; `from` is the provision the reference will stand in (see referenceInWords). */
export function provisionTargets(doc: Node, numbering: Numbering, from: string | null = null): ProvisionTarget[] {
  const slotLabels = new Map<string, { label: string; options: ReadonlyMap<string, string> }>();
  childOfType(doc, "slots").forEach((def) => {
    const options = (def.attrs.options ?? []) as { value: string; label: string }[];
    slotLabels.set(String(def.attrs.key), { label: String(def.attrs.label), options: new Map(options.map((o) => [o.value, o.label])) });
  });
  const target = (node: Node, kind: ProvisionTarget["kind"], text: string, children: ProvisionTarget[]): ProvisionTarget[] => {
    const id = String(node.attrs.id);
    const entry = numbering.get(id);
    if (!entry) return [];
    const words = referenceInWords(numbering, id, from) ?? entry.label;
    return [{ id, kind, label: entry.label, text, variant: variantWords(node, slotLabels), words, children }];
  };
  const itemsOf = (node: Node): ProvisionTarget[] =>
    childrenOf(node)
      .filter((child) => child.type.name === "itemList")
      .flatMap((list) => childrenOf(list).flatMap((item) => target(item, "item", excerpt(item.firstChild?.textContent ?? ""), itemsOf(item))));
  return articlesIn(childOfType(doc, "body")).flatMap((article) => {
    const members = partsAfterHeading(article);
    const lone = members.length === 1 && numbering.get(String(members[0]!.attrs.id))?.ordinal === null;
    const children = lone ? itemsOf(members[0]!) : members.flatMap((member) => target(member, "member", excerpt(member.firstChild?.textContent ?? ""), itemsOf(member)));
    return target(article, "article", headingText(article), children);
  });
}

/** Articles whose number, heading or variant contains every word of the query ("4", "artikel 2.3", "aanvraag"). */
export function searchTargets(targets: readonly ProvisionTarget[], query: string): ProvisionTarget[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return targets.filter((t) => {
    const haystack = `${t.label} ${t.text} ${t.variant ?? ""}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Replaces the selection with a reference to `target`, where inline content may stand. */
export function insertReference(target: string): Command {
  return (state, dispatch) => {
    const node = schema.nodes.reference!.create({ target });
    if (!state.selection.$from.parent.canReplaceWith(state.selection.$from.index(), state.selection.$from.index(), node.type)) return false;
    dispatch?.(state.tr.replaceSelectionWith(node, false).scrollIntoView());
    return true;
  };
}
