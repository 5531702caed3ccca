import type { Node } from "prosemirror-model";
import { referenceInWords, type OrdinanceModel, type SlotDefinition } from "../../ordinance-model/index";

// Where each slot stands in the model, for the choices page and the matrix: slots in the order the reader meets them
// (title, preamble, then article by article), the article around each as plain text, and the full wording of every
// option. Slots that appear nowhere in the text (e.g. only in the notes) follow at the end, in registry order.

export interface SlotPlace {
  def: SlotDefinition;
  /** "Artikel 4. Aanvraag", "Titel" or "Aanhef"; null when the slot stands nowhere in the text. */
  place: string | null;
  /** The chapter the slot first appears in, for the matrix filter; null for a body without chapters. */
  chapter: { id: string; label: string } | null;
  /** The article (or title, preamble) as text, one line per paragraph, slots shown as [label]. */
  context: string[];
  /** Per option value: the full wording it puts in the ordinance. */
  optionTexts: Record<string, string>;
  /** For an optional slot: the provision it includes or leaves out. */
  provision: string[];
  /** The word after the value in the text ("8 [weken]"), shown beside a number field; null when there is none. */
  unit: string | null;
}

const PART_NAMES: Record<string, string> = {
  title: "Titel",
  preamble: "Aanhef",
};

/** An inline node as ProseMirror JSON (an option's content) or read off a parsed node. */
type InlineNode = { type: string; text?: string; attrs?: Record<string, unknown> };

function inlineText(model: OrdinanceModel, nodes: readonly InlineNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === "text") return n.text ?? "";
      if (n.type === "slotValue") return `[${model.slots.get(String(n.attrs?.slot))?.label ?? n.attrs?.slot}]`;
      if (n.type === "reference") return referenceInWords(model.numbering, String(n.attrs?.target)) ?? "[verwijzing]";
      if (n.type === "lawReference") return String(n.attrs?.words ?? "");
      return "";
    })
    .join("");
}

const childJson = (node: Node) => {
  const out: InlineNode[] = [];
  node.forEach((child) => out.push({ type: child.type.name, text: child.text, attrs: child.attrs }));
  return out;
};

/** One line per text block, prefixed with the number of the member or item it opens ("2.", "b."). */
function blockLines(model: OrdinanceModel, node: Node): string[] {
  const lines: string[] = [];
  let prefix = "";
  const visit = (n: Node) => {
    if (n.type.name === "heading") return;
    const entry = typeof n.attrs.id === "string" ? model.numbering.get(n.attrs.id) : undefined;
    if (entry?.label && (entry.kind === "member" || entry.kind === "item")) prefix = `${entry.label} `;
    if (n.isTextblock) {
      lines.push(prefix + inlineText(model, childJson(n)));
      prefix = "";
      return;
    }
    n.forEach(visit);
  };
  visit(node);
  return lines;
}

/** "… binnen [x] weken na …" → "weken": the word that follows the slot where it first stands in running text. */
function unitAfter(node: Node, key: string): string | null {
  let unit: string | null = null;
  node.descendants((n) => {
    if (unit !== null || !n.isTextblock) return unit === null;
    n.forEach((child, _offset, index) => {
      if (unit !== null || child.type.name !== "slotValue" || child.attrs.slot !== key) return;
      const next = index + 1 < n.childCount ? n.child(index + 1) : null;
      unit = /^ (\p{L}+)/u.exec(next?.text ?? "")?.[1] ?? "";
    });
    return false;
  });
  return unit || null;
}

/** The slots a node uses, its own condition included. */
function slotsIn(node: Node): string[] {
  const keys: string[] = [];
  const own = node.attrs.condition as { slot?: string } | null | undefined;
  if (own?.slot) keys.push(own.slot);
  node.descendants((n) => {
    const condition = n.attrs.condition as { slot?: string } | null | undefined;
    if (condition?.slot) keys.push(condition.slot);
    if (n.type.name === "slotValue") keys.push(String(n.attrs.slot));
  });
  return keys;
}

function headingOf(node: Node): string {
  return node.firstChild?.type.name === "heading" ? node.firstChild.textContent : "";
}

const cache = new WeakMap<OrdinanceModel, SlotPlace[]>();

/** Every slot of the model with its place, in reading order; computed once per parsed model. */
export function slotPlaces(model: OrdinanceModel): SlotPlace[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const places = new Map<string, SlotPlace>();
  const optionTexts = new Map<string, Record<string, string[]>>();
  const claim = (key: string, place: string, chapter: SlotPlace["chapter"], context: () => string[], node: Node) => {
    const def = model.slots.get(key);
    if (def && !places.has(key))
      places.set(key, {
        def,
        place,
        chapter,
        context: context(),
        optionTexts: {},
        provision: [],
        unit: def.kind === "integer" ? unitAfter(node, key) : null,
      });
  };
  /** Records the text of every node that carries a condition, as the wording of that option. */
  const collectVariants = (n: Node): void => {
    const condition = n.attrs.condition as { slot: string; option?: string } | null | undefined;
    if (!condition) return n.forEach(collectVariants);
    const texts = optionTexts.get(condition.slot) ?? {};
    (texts[condition.option ?? ""] ??= []).push(...blockLines(model, n));
    optionTexts.set(condition.slot, texts);
  };

  model.doc.forEach((part) => {
    if (part.type.name === "title" || part.type.name === "preamble") {
      for (const key of slotsIn(part)) claim(key, PART_NAMES[part.type.name]!, null, () => blockLines(model, part), part);
    }
    if (part.type.name !== "body") return;
    let chapter: SlotPlace["chapter"] = null;
    part.descendants((n) => {
      if (n.type.name === "chapter")
        chapter = {
          id: String(n.attrs.id),
          label: `${model.numbering.get(String(n.attrs.id))?.label ?? ""}. ${headingOf(n)}`,
        };
      if (n.type.name !== "article") return true;
      const label = `${model.numbering.get(String(n.attrs.id))?.label ?? "Artikel"}. ${headingOf(n)}`;
      for (const key of slotsIn(n)) claim(key, label, chapter, () => blockLines(model, n), n);
      collectVariants(n);
      return false;
    });
  });
  const unplaced = [...model.slots.values()].filter((def) => !places.has(def.key));
  const list = [
    ...places.values(),
    ...unplaced.map(
      (def): SlotPlace => ({
        def,
        place: null,
        chapter: null,
        context: [],
        optionTexts: {},
        provision: [],
        unit: null,
      }),
    ),
  ];
  for (const entry of list) {
    const variants = optionTexts.get(entry.def.key) ?? {};
    entry.provision = variants[""] ?? [];
    for (const option of entry.def.options) {
      const wording = option.content ? inlineText(model, option.content as readonly InlineNode[]) : (variants[option.value] ?? []).join(" ");
      entry.optionTexts[option.value] = wording || option.label;
    }
  }
  cache.set(model, list);
  return list;
}
