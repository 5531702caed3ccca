import { diffArrays, diffWords } from "diff";
import type { OrdinanceModel } from "./model";
import { provisions, type Provision } from "./provisions";
import type { SlotDefinition } from "./slot-definition";

// Two frozen versions compared the way a reader of a nota van wijzigingen reads them: per article (added, removed,
// moved, reworded) and per variant slot. Articles are matched by id, which survives renumbering and moving; the
// wording is compared word by word with the `diff` library.

export interface WordPart {
  readonly text: string;
  readonly change: "added" | "removed" | null;
}

export type ArticleChange = "added" | "removed" | "changed" | "unchanged";

export interface ArticleDiff {
  readonly id: string;
  readonly change: ArticleChange;
  /** True when the article stands elsewhere among the articles both versions have. */
  readonly moved: boolean;
  /** "artikel 4" in the old and the new version; null where it does not exist. */
  readonly before: string | null;
  readonly after: string | null;
  readonly heading: string;
  readonly words: readonly WordPart[];
}

export interface SlotDiff {
  readonly key: string;
  readonly label: string;
  readonly change: "added" | "removed" | "changed";
  /** The attributes that differ, e.g. ["default", "options"]. */
  readonly fields: readonly string[];
}

export interface VersionDiff {
  readonly articles: readonly ArticleDiff[];
  readonly slots: readonly SlotDiff[];
}

/** The word-by-word difference of two wordings (also used to show a proposed wording against the current one). */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : null }));
}

const articlesOf = (model: OrdinanceModel): Provision[] => provisions(model).filter((p) => p.kind === "article");

/** Ids both versions have whose relative order changed: those the longest common order leaves out. */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const shared = new Set(after);
  const common = before.filter((id) => shared.has(id));
  const inBoth = new Set(common);
  const moved = new Set<string>();
  for (const part of diffArrays(common, after.filter((id) => inBoth.has(id)))) if (part.added) for (const id of part.value) moved.add(id);
  return moved;
}

function diffArticles(a: OrdinanceModel, b: OrdinanceModel): ArticleDiff[] {
  const before = new Map(articlesOf(a).map((p) => [p.id, p]));
  const after = articlesOf(b);
  const moved = movedIds([...before.keys()], after.map((p) => p.id));
  const result: ArticleDiff[] = after.map((p) => {
    const old = before.get(p.id);
    const words = wordDiff(old?.text ?? "", p.text);
    const change: ArticleChange = !old ? "added" : old.text === p.text ? "unchanged" : "changed";
    return { id: p.id, change, moved: moved.has(p.id), before: old?.place ?? null, after: p.place, heading: p.heading, words };
  });
  const present = new Set(after.map((p) => p.id));
  for (const old of before.values()) {
    if (present.has(old.id)) continue;
    result.push({ id: old.id, change: "removed", moved: false, before: old.place, after: null, heading: old.heading, words: wordDiff(old.text, "") });
  }
  return result;
}

const slotFields: readonly (keyof SlotDefinition)[] = ["label", "kind", "guidance", "fixed", "default", "constraints", "options", "source"];

function slotChange(key: string, old: SlotDefinition | undefined, now: SlotDefinition | undefined): SlotDiff | null {
  if (!old || !now) return { key, label: (old ?? now)!.label, change: old ? "removed" : "added", fields: [] };
  const fields = slotFields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(now[f]));
  return fields.length ? { key, label: now.label, change: "changed", fields } : null;
}

function diffSlots(a: OrdinanceModel, b: OrdinanceModel): SlotDiff[] {
  const keys = new Set([...b.slots.keys(), ...a.slots.keys()]);
  return [...keys].map((key) => slotChange(key, a.slots.get(key), b.slots.get(key))).filter((d): d is SlotDiff => d !== null);
}

/** What changed from version `a` to version `b`: articles in the order of `b`, removed ones after them. */
export function diffVersions(a: OrdinanceModel, b: OrdinanceModel): VersionDiff {
  return { articles: diffArticles(a, b), slots: diffSlots(a, b) };
}
