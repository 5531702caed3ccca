import { Fragment, type Mark, type Node } from "prosemirror-model";
import { effectiveValues, type Choices } from "./choices";
import { conditionHolds, conditionOf } from "./condition";
import type { OrdinanceModel } from "./model";
import type { Municipality } from "./municipality";
import { computeNumbering, type Numbering } from "./numbering";
import { itemEnding, listConjunction, normaliseItemEndings, formatEnding } from "./punctuation";
import { danglingReferences, placeOfAncestors, type ReferenceSite } from "./references";
import { contractAccepts, schema } from "./schema";
import type { InlineJSON, SlotDefinition, SlotValue } from "./slot-definition";
import { formatSlotValueInText } from "./slot-value";
import { articlesIn, childrenOf, walk } from "./tree";

// resolve: the model plus one municipality's choices becomes that municipality's own ordinance,
// a document in the same schema without variants: conditions applied, slot values written out,
// numbers recomputed. References stay reference nodes (they point at ids, so their words follow
// the new numbering); those whose target a choice removed are reported, never silently dropped.

export interface OpenSlot {
  readonly key: string;
  readonly label: string;
  /** Where the open value stands in the text, in words; null for a choice that decides which variant stays. */
  readonly place: string | null;
}

export interface ResolvedOrdinance {
  readonly kind: "resolved";
  readonly doc: Node;
  readonly numbering: Numbering;
  readonly municipality: Municipality;
  /** The value each slot took (own choice, regional default or derived); null when still open. */
  readonly values: ReadonlyMap<string, SlotValue | null>;
  readonly danglingReferences: readonly ReferenceSite[];
  readonly openSlots: readonly OpenSlot[];
  /** The guidance of the model's slots, so lint can tell when it leaked into the text. */
  readonly slotGuidance?: readonly string[];
  /** What the municipality typed into text choices (titles, names): its own words, which lint leaves alone. */
  readonly typedTexts?: readonly string[];
}

/** A model and choices that cannot produce a document in the schema, e.g. every article excluded. */
export class ResolveError extends Error {
  override readonly name = "ResolveError";
}

/** Containers that simply disappear when a choice empties them. */
const droppable = new Set(["chapter", "section", "article", "member", "itemList", "item", "articleNote"]);

const dutchNames: Record<string, string> = { body: "het lichaam van de verordening", preamble: "de aanhef", generalNotes: "het algemeen deel van de toelichting", notes: "de toelichting", title: "de titel" };

interface Context {
  readonly model: OrdinanceModel;
  readonly values: ReadonlyMap<string, SlotValue | null>;
  readonly openConditionSlots: Set<string>;
  keptArticles: ReadonlySet<string>;
}

function withMarks(node: Node, marks: readonly Mark[]): Node {
  return marks.length ? node.mark(marks.reduce((set, mark) => mark.addToSet(set), node.marks)) : node;
}

function optionNodes(content: readonly InlineJSON[], marks: readonly Mark[], ctx: Context): Node[] {
  const nodes = content.map((json) => withMarks(schema.nodeFromJSON(json), marks));
  return resolveInline(nodes, ctx);
}

function slotNodes(def: SlotDefinition, value: SlotValue, marks: readonly Mark[], ctx: Context): Node[] {
  if (def.kind === "alternatives") {
    const option = def.options.find((o) => o.value === value)!;
    return optionNodes(option.content ?? [], marks, ctx);
  }
  if (def.kind === "multiselect") {
    // Written in the order of the definition, not of the clicks, so the text is stable.
    const chosen = def.options.filter((o) => (value as readonly string[]).includes(o.value));
    return chosen.flatMap((option, i) => {
      const separator = i === 0 ? [] : [schema.text(i === chosen.length - 1 ? " en " : ", ", marks)];
      const words = option.content ? optionNodes(option.content, marks, ctx) : [schema.text(option.label, marks)];
      return [...separator, ...words];
    });
  }
  const text = formatSlotValueInText(def, value);
  return text === "" ? [] : [schema.text(text, marks)];
}

function resolveInline(nodes: readonly Node[], ctx: Context): Node[] {
  return nodes.flatMap((node) => {
    if (node.type.name !== "slotValue") return [node];
    const key = String(node.attrs.slot);
    const value = ctx.values.get(key) ?? null;
    // An open value stays a slotValue node: the renderers mark it and lint reports it.
    return value === null ? [node] : slotNodes(ctx.model.slots.get(key)!, value, node.marks, ctx);
  });
}

function kept(node: Node, ctx: Context): boolean {
  const condition = conditionOf(node);
  if (condition === null) return true;
  const value = ctx.values.get(condition.slot) ?? null;
  if (value === null) ctx.openConditionSlots.add(condition.slot);
  return conditionHolds(condition, value);
}

function resolveBlock(node: Node, ctx: Context): Node | null {
  if (!kept(node, ctx)) return null;
  if (node.type.name === "articleNote" && !ctx.keptArticles.has(String(node.attrs.article))) return null;
  if (node.type.name === "slots") return node.type.create();
  let children = node.isTextblock ? resolveInline(childrenOf(node), ctx) : childrenOf(node).flatMap((child) => resolveBlock(child, ctx) ?? []);
  if (node.type.name === "itemList" && children.length > 0 && children.length < node.childCount) {
    // A list that lost items must still read as one sentence: repair the closing punctuation.
    const finalEnding = itemEnding(node.lastChild!);
    if (finalEnding) children = normaliseItemEndings(children, formatEnding(finalEnding), listConjunction(node));
  }
  const content = Fragment.fromArray(children);
  // Judged by the contract, not the lenient schema: a container a choice empties disappears. One that concurrent edits
  // already left broken in the model stays as it is; the model's structure problems name it.
  if (!contractAccepts(node.type.name, content) && contractAccepts(node.type.name, node.content)) {
    if (droppable.has(node.type.name)) return null;
    throw new ResolveError(`Na het toepassen van de keuzes blijft er van ${dutchNames[node.type.name] ?? node.type.name} niets over.`);
  }
  const attrs = "condition" in node.attrs ? { ...node.attrs, condition: null } : node.attrs;
  return node.type.create(attrs, content, node.marks);
}

/** Wraps a resolved document with what renderers and lint need to know about it. */
export function toResolvedOrdinance(
  doc: Node,
  municipality: Municipality,
  details: { values?: ReadonlyMap<string, SlotValue | null>; slots?: ReadonlyMap<string, SlotDefinition>; openConditionSlots?: Iterable<string> } = {},
): ResolvedOrdinance {
  const numbering = computeNumbering(doc);
  const label = (key: string) => details.slots?.get(key)?.label ?? key;
  const openSlots: OpenSlot[] = [];
  walk(doc, (node, ancestors) => {
    if (node.type.name === "slotValue") {
      const key = String(node.attrs.slot);
      openSlots.push({ key, label: label(key), place: placeOfAncestors(ancestors, numbering).place });
    }
  });
  for (const key of details.openConditionSlots ?? []) openSlots.push({ key, label: label(key), place: null });
  return Object.freeze({
    kind: "resolved" as const,
    doc,
    numbering,
    municipality,
    values: details.values ?? new Map(),
    danglingReferences: danglingReferences(doc, numbering),
    openSlots,
    slotGuidance: [...(details.slots?.values() ?? [])].map((def) => def.guidance).filter((g) => g !== ""),
    typedTexts: [...(details.values ?? new Map()).entries()]
      .filter(([key, value]) => details.slots?.get(key)?.kind === "text" && typeof value === "string")
      .map(([, value]) => value as string),
  });
}

/**
 * The municipality's own ordinance. Missing choices fall back to the regional default; choices
 * with unusable values throw a ChoicesError; a choice that empties the whole body throws a ResolveError.
 */
export function resolve(model: OrdinanceModel, choices: Choices, municipality: Municipality): ResolvedOrdinance {
  const ctx: Context = { model, values: effectiveValues(model, choices, municipality), openConditionSlots: new Set(), keptArticles: new Set() };
  const [title, preamble, body, notes, slots] = childrenOf(model.doc).map((part) => (part.type.name === "notes" ? part : resolveBlock(part, ctx)!));
  ctx.keptArticles = new Set(articlesIn(body!).map((article) => String(article.attrs.id)));
  const resolvedNotes = resolveBlock(notes!, ctx)!;
  const doc = model.doc.type.create(model.doc.attrs, [title!, preamble!, body!, resolvedNotes, slots!]);
  doc.check();
  return toResolvedOrdinance(doc, municipality, { values: ctx.values, slots: model.slots, openConditionSlots: ctx.openConditionSlots });
}
