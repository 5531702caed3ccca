import type { Node } from "prosemirror-model";
import type { Condition } from "./condition";
import type { OrdinanceModel } from "./model";
import type { ResolvedOrdinance } from "./resolve";
import type { SlotDefinition } from "./slot-definition";
import { formatSlotValue, optionLabel } from "./slot-value";
import { articlesIn, childOfType, headingText } from "./tree";

// What the renderers share: they draw either the model (with its variants) or a resolved ordinance.

export type RenderSource = OrdinanceModel | ResolvedOrdinance;

export function slotDefinitionOf(source: RenderSource, key: string): SlotDefinition | undefined {
  return source.kind === "model" ? source.slots.get(key) : undefined;
}

export function slotLabelOf(source: RenderSource, key: string): string {
  if (source.kind === "model") return source.slots.get(key)?.label ?? key;
  return source.openSlots.find((s) => s.key === key)?.label ?? key;
}

/** The regional default as text, if the slot has one that reads as text. */
export function defaultText(def: SlotDefinition): string | null {
  if (def.default === null || def.kind === "optional") return null;
  return formatSlotValue(def, def.default);
}

/** "Variant “Beslisorgaan”: Urgentiecommissie" / "Optioneel: “Leges”" — the caption of a variant box. */
export function variantCaption(source: RenderSource, condition: NonNullable<Condition>): string {
  const def = slotDefinitionOf(source, condition.slot);
  const label = def?.label ?? condition.slot;
  if (condition.option === undefined) return `Optioneel: “${label}”`;
  const option = def ? optionLabel(def, condition.option) : condition.option;
  return def?.kind === "multiselect" ? `Keuzelijst “${label}”: ${option}` : `Variant “${label}”: ${option}`;
}

/** Article id → its heading text, for the computed headings of article notes. */
export function articleHeadings(doc: Node): ReadonlyMap<string, string> {
  return new Map(articlesIn(childOfType(doc, "body")).map((article) => [String(article.attrs.id), headingText(article)] as const));
}

/**
 * The article notes in the order of their articles: articles move, notes are stored where they
 * were written, and a reader expects the notes to follow the text.
 */
export function orderedArticleNotes(doc: Node, articleNotes: Node): Node[] {
  const order = new Map([...articleHeadings(doc).keys()].map((id, i) => [id, i] as const));
  const notes: Node[] = [];
  articleNotes.forEach((note) => notes.push(note));
  // Array.prototype.sort is stable, so notes on the same article keep their written order.
  return notes.sort((a, b) => (order.get(String(a.attrs.article)) ?? Infinity) - (order.get(String(b.attrs.article)) ?? Infinity));
}
