import type { Node } from "prosemirror-model";
import { conditionOf } from "./condition";
import { articlesIn, childOfType, childrenOf, definedTermOf, partsAfterHeading, slotKindsIn } from "./tree";

// The only place that computes numbers (Aanwijzingen voor de regelgeving 3.59 and following):
// Hoofdstuk 1, Paragraaf 1.1, Artikel 4 or 2.3, members "1.", items "a.", sub-items "1°".
// It works on the model and on a resolved ordinance alike. In a model, consecutive siblings that
// are variants of the same `alternatives` slot stand for one position, because only one of them
// survives; optional and multiselect nodes are numbered as if present.

export type NumberedKind = "chapter" | "section" | "article" | "member" | "item";

export interface NumberEntry {
  readonly id: string;
  readonly kind: NumberedKind;
  /** Position among its numbered siblings, 1-based; null for a lone member (it carries no number). */
  readonly ordinal: number | null;
  /** The token used in a reference: "4" or "2.3" (article), "2" (member), "b" (item), "2°" (sub-item); null for a lone member. */
  readonly designation: string | null;
  /** As printed in front of the node: "Hoofdstuk 2", "Paragraaf 2.1", "Artikel 2.3", "2.", "b.", "2°"; "" for a lone member. */
  readonly label: string;
  /** Ids of the numbered ancestors and of the node itself, outermost first. */
  readonly path: readonly string[];
  /** For items: 1 for "a.", 2 for "1°". */
  readonly depth: number;
}

export type Numbering = ReadonlyMap<string, NumberEntry>;

/**
 * Positions (0-based) for a row of siblings, and how many positions the row takes.
 * Within a run of alternatives of one slot, the i-th node of each option takes the run's i-th
 * position, so an option that brings two articles still numbers correctly.
 */
export function siblingPositions(nodes: readonly Node[], slotKinds: ReadonlyMap<string, string>): { positions: number[]; count: number } {
  const alternativeSlot = (node: Node): string | null => {
    const condition = conditionOf(node);
    return condition && condition.option !== undefined && slotKinds.get(condition.slot) === "alternatives" ? condition.slot : null;
  };
  const positions: number[] = [];
  let next = 0;
  for (let i = 0; i < nodes.length; ) {
    const slot = alternativeSlot(nodes[i]!);
    if (slot === null) {
      positions.push(next++);
      i++;
      continue;
    }
    const perOption = new Map<string, number>();
    for (; i < nodes.length && alternativeSlot(nodes[i]!) === slot; i++) {
      const option = conditionOf(nodes[i]!)!.option!;
      const k = perOption.get(option) ?? 0;
      positions.push(next + k);
      perOption.set(option, k + 1);
    }
    next += Math.max(...perOption.values());
  }
  return { positions, count: next };
}

/** 1 → "a", 26 → "z", 27 → "aa", 28 → "bb" (Dutch practice after the alphabet runs out). */
export function itemLetter(ordinal: number): string {
  const letter = String.fromCharCode(97 + ((ordinal - 1) % 26));
  return letter.repeat(Math.floor((ordinal - 1) / 26) + 1);
}

/**
 * Numbers in force (a text after an amending ordinance): the chapters, sections and articles it already had keep
 * their designation, a deleted one leaves its number unused, and a new one takes the number of the last kept one
 * before it plus a letter (12a, 12b), a letter no number in force uses yet. Members and items are renumbered as
 * usual; the amending ordinance says so ("onder vernummering van …").
 */
export interface NumberInForce {
  readonly kind: "chapter" | "section" | "article";
  /** "12", "2.3", "12a". */
  readonly designation: string;
}

export interface NumberingOptions {
  /** Id → its number in force; given, the text is numbered in force. */
  readonly inForce?: ReadonlyMap<string, NumberInForce>;
}

/** Hands out designations in one scope (all articles, the articles of a chapter, the chapters, …) of a text in force. */
function inForceDesignator(inForce: ReadonlyMap<string, NumberInForce>, used: Set<string>, prefix: string, ids: readonly string[]) {
  // In a scope without any number in force (a new chapter of a text numbered per chapter) numbers start at 1.
  const noneKept = ids.every((id) => !inForce.has(id));
  let base: string | null = null;
  let fresh = 0;
  return (id: string, position: number): string => {
    const kept = inForce.get(id)?.designation;
    if (kept !== undefined) {
      base = kept;
      fresh = 0;
      return kept;
    }
    if (noneKept) return `${prefix}${position + 1}`;
    let designation: string;
    do designation = `${base ?? `${prefix}0`}${itemLetter(++fresh)}`;
    while (used.has(designation));
    used.add(designation);
    return designation;
  };
}

export function computeNumbering(doc: Node, options: NumberingOptions = {}): Numbering {
  const entries = new Map<string, NumberEntry>();
  const inForce = options.inForce;
  // Per kind, every number in force, deleted ones included: none is given out twice.
  const used = { chapter: new Set<string>(), section: new Set<string>(), article: new Set<string>() };
  for (const number of inForce?.values() ?? []) used[number.kind].add(number.designation);
  const designator = (kind: NumberInForce["kind"], prefix: string, nodes: readonly Node[]) =>
    inForce ? inForceDesignator(inForce, used[kind], prefix, nodes.map((n) => String(n.attrs.id))) : null;
  const slotKinds = slotKindsIn(doc);
  const perChapter = doc.attrs.numbering === "perChapter";
  // A model setting: definitions may stand without letters, as many newer ordinances write them.
  const unletteredDefinitions = doc.attrs.definitions === "unlettered";
  const body = childOfType(doc, "body");
  let articleCount = 0;

  const add = (node: Node, entry: Omit<NumberEntry, "id" | "path">, parentPath: readonly string[]): readonly string[] => {
    const id = String(node.attrs.id);
    const path = [...parentPath, id];
    entries.set(id, Object.freeze({ id, ...entry, path: Object.freeze(path) }));
    return path;
  };

  const numberItems = (list: Node, depth: number, parentPath: readonly string[]): void => {
    const items = childrenOf(list);
    const { positions } = siblingPositions(items, slotKinds);
    const unlettered = unletteredDefinitions && depth === 1 && items.every((item) => definedTermOf(item) !== null);
    items.forEach((item, i) => {
      const ordinal = positions[i]! + 1;
      const designation = depth === 1 ? itemLetter(ordinal) : `${ordinal}°`;
      const label = unlettered ? "" : depth === 1 ? `${designation}.` : designation;
      const path = add(item, { kind: "item", ordinal, designation, label, depth }, parentPath);
      item.forEach((child) => {
        if (child.type.name === "itemList") numberItems(child, depth + 1, path);
      });
    });
  };

  const numberMembers = (article: Node, parentPath: readonly string[]): void => {
    const members = partsAfterHeading(article);
    const { positions, count } = siblingPositions(members, slotKinds);
    members.forEach((member, i) => {
      const lone = count === 1;
      const ordinal = lone ? null : positions[i]! + 1;
      const path = add(member, { kind: "member", ordinal, designation: ordinal === null ? null : String(ordinal), label: ordinal === null ? "" : `${ordinal}.`, depth: 0 }, parentPath);
      member.forEach((child) => {
        if (child.type.name === "itemList") numberItems(child, 1, path);
      });
    });
  };

  const allArticles = articlesIn(body);
  let articleDesignator = designator("article", "", allArticles);

  const numberArticles = (articles: readonly Node[], chapterNumber: string | null, parentPath: readonly string[]): void => {
    const { positions, count } = siblingPositions(articles, slotKinds);
    articles.forEach((article, i) => {
      const ordinal = articleCount + positions[i]! + 1;
      const designation =
        articleDesignator?.(String(article.attrs.id), ordinal - 1) ?? (perChapter && chapterNumber !== null ? `${chapterNumber}.${ordinal}` : String(ordinal));
      const path = add(article, { kind: "article", ordinal, designation, label: `Artikel ${designation}`, depth: 0 }, parentPath);
      numberMembers(article, path);
    });
    articleCount += count;
  };

  const bodyParts = childrenOf(body);
  if (bodyParts[0]?.type.name !== "chapter") {
    numberArticles(bodyParts, null, []);
    return entries;
  }
  const chapterDesignator = designator("chapter", "", bodyParts);
  bodyParts.forEach((chapter, c) => {
    const chapterNumber = chapterDesignator?.(String(chapter.attrs.id), c) ?? String(c + 1);
    const chapterPath = add(chapter, { kind: "chapter", ordinal: c + 1, designation: chapterNumber, label: `Hoofdstuk ${chapterNumber}`, depth: 0 }, []);
    const parts = partsAfterHeading(chapter);
    if (perChapter) {
      articleCount = 0;
      articleDesignator = designator("article", `${chapterNumber}.`, articlesIn(chapter));
    }
    if (parts[0]?.type.name === "section") {
      const sectionDesignator = designator("section", `${chapterNumber}.`, parts);
      parts.forEach((section, s) => {
        const designation = sectionDesignator?.(String(section.attrs.id), s) ?? `${chapterNumber}.${s + 1}`;
        const sectionPath = add(section, { kind: "section", ordinal: s + 1, designation, label: `Paragraaf ${designation}`, depth: 0 }, chapterPath);
        numberArticles(partsAfterHeading(section), chapterNumber, sectionPath);
      });
    } else {
      numberArticles(parts, chapterNumber, chapterPath);
    }
  });
  return entries;
}
