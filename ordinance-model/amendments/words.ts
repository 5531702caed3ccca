import { diffArrays } from "diff";
import { atom } from "./text-in-force";

// Word-level instructions: the smallest replacement “old” → “new” that turns one wording into the other, widened by
// whole neighbouring words until the old words occur once in the provision, as an amending ordinance must be
// unambiguous. Never across a reference (an atom in the string): that provision is rewritten whole instead.
// Words that are only added or only removed are written the way a drafter writes them: “na … wordt ingevoegd …”
// and “… vervalt” (see `wordsForm`), so that no neighbouring word or full stop has to be quoted.

export interface Replacement {
  readonly from: number;
  readonly old: string;
  readonly new: string;
}

/**
 * Words, runs of white space and single signs, so that every part of a diff is exactly a slice of its own side
 * (diffWords normalises white space around changes, which would shift the offsets).
 */
const tokens = (text: string): string[] => text.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
const diffTokens = (before: string, after: string) => diffArrays(tokens(before), tokens(after)).map((part) => ({ ...part, value: part.value.join("") }));

/** Changed words over all words of both wordings: how much of a provision changes (0 … 1). */
export function changedShare(before: string, after: string): number {
  let changed = 0;
  let total = 0;
  for (const part of diffTokens(before, after)) {
    const words = part.value.split(/\s+/).filter(Boolean).length;
    total += part.added || part.removed ? words : 2 * words;
    if (part.added || part.removed) changed += words;
  }
  return total === 0 ? 0 : changed / total;
}

/** The first change from `before` to `after`, as a character range of `before` and its replacement. */
function firstChange(before: string, after: string): Replacement | null {
  let offset = 0;
  let change: { from: number; old: string; new: string } | null = null;
  for (const part of diffTokens(before, after)) {
    if (!part.added && !part.removed) {
      if (change) break;
      offset += part.value.length;
      continue;
    }
    change ??= { from: offset, old: "", new: "" };
    if (part.removed) change.old += part.value;
    else change.new += part.value;
  }
  return change;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** How often `needle` occurs in the wordings, overlaps counted. */
function count(wordings: readonly string[], needle: string): number {
  let n = 0;
  for (const w of wordings) for (let i = w.indexOf(needle); i !== -1; i = w.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * One replacement that brings `before` closer to `after`, unique among `wordings` (the provision's paragraphs, of
 * which `before` is one); null when none can be written without touching a reference.
 */
export function nextReplacement(before: string, after: string, wordings: readonly string[]): Replacement | null {
  const change = firstChange(before, after);
  if (!change) return null;
  if (change.old.includes(atom) || change.new.includes(atom)) return null;
  const plain = change.old === "" ? insertion(before, change, wordings) : change.new === "" ? deletion(change, wordings) : null;
  if (plain) return plain;
  let start = change.from;
  let end = change.from + change.old.length;
  // `before` with only this change made; the same context on both sides keeps that true while widening.
  const target = before.slice(0, start) + change.new + before.slice(end);
  const current = (): Replacement => ({ from: start, old: before.slice(start, end), new: target.slice(start, target.length - (before.length - end)) });
  // Whole words only, and a phrase that neither starts nor ends with a space.
  const grow = (side: "left" | "right"): boolean => {
    if (side === "left") {
      if (start === 0) return false;
      while (start > 0 && isSpace(before[start - 1])) start--;
      while (start > 0 && !isSpace(before[start - 1])) start--;
    } else {
      if (end === before.length) return false;
      while (end < before.length && isSpace(before[end])) end++;
      while (end < before.length && !isSpace(before[end])) end++;
    }
    return true;
  };
  while (start > 0 && !isSpace(before[start - 1]) && !isSpace(before[start])) start--;
  while (end < before.length && !isSpace(before[end]) && !isSpace(before[end - 1])) end++;
  for (let side: "left" | "right" = "left"; ; side = side === "left" ? "right" : "left") {
    const r = current();
    const tidy = r.old.trim() === r.old && r.new.trim() === r.new && r.old !== "" && r.new !== "";
    if (r.old.includes(atom) || r.new.includes(atom)) return null;
    if (tidy && count(wordings, r.old) === 1) return r;
    if (!grow(side) && !grow(side === "left" ? "right" : "left")) return null;
  }
}

/**
 * Added words as “na <anchor> wordt ingevoegd <words>”: the anchor is the whole words just before them, widened to the
 * left until it occurs once in the provision. As data it is the replacement anchor → anchor + words.
 */
function insertion(before: string, change: Replacement, wordings: readonly string[]): Replacement | null {
  let at = change.from;
  let added = change.new;
  // The diff may put the separating space after the new words; the same text reads with the space before them.
  if (at > 0 && isSpace(before[at - 1]) && added.endsWith(before[at - 1]!)) {
    added = before[at - 1]! + added.slice(0, -1);
    at--;
  }
  if (at === 0 || isSpace(before[at - 1]) || added.trim() === "") return null;
  for (let start = at; start > 0; ) {
    while (start > 0 && isSpace(before[start - 1])) start--;
    while (start > 0 && !isSpace(before[start - 1])) start--;
    const anchor = before.slice(start, at);
    if (anchor.includes(atom)) return null;
    if (count(wordings, anchor) === 1) return { from: start, old: anchor, new: anchor + added };
  }
  return null;
}

/** Removed words as “<words> vervalt”, when the words, without the space that goes with them, occur once. */
function deletion(change: Replacement, wordings: readonly string[]): Replacement | null {
  const words = change.old.trim();
  return words !== "" && count(wordings, words) === 1 && count(wordings, change.old) === 1 ? change : null;
}

/** How an amending ordinance words a replacement: added words after an anchor, removed words, or old by new. */
export type WordsForm = { readonly form: "insert"; readonly after: string; readonly words: string } | { readonly form: "delete"; readonly words: string } | { readonly form: "replace" };

export function wordsForm(old: string, replacement: string): WordsForm {
  if (replacement === "") return { form: "delete", words: old.trim() };
  if (old !== "" && replacement.startsWith(old) && replacement.length > old.length) return { form: "insert", after: old, words: replacement.slice(old.length).trimStart() };
  return { form: "replace" };
}
