import type { Node } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";
import { idNodeNames } from "../schema";

// Every structural node needs a unique, stable id (docs/ordinance-document.md). New nodes are born
// with one; nodes that arrive without one or with a copy of another's (paste, duplicate, split) get
// a fresh one here, while the original keeps its id so that references to it stay put.

const ID_PREFIX: Record<string, string> = {
  preambleClause: "aanhef",
  chapter: "hfd",
  section: "par",
  article: "art",
  member: "lid",
  item: "ond",
  articleNote: "toel",
};

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

export const isValidId = (id: unknown): id is string => typeof id === "string" && idPattern.test(id);

/** A random id such as "art-k3j9x2qa"; 36^8 possibilities make a collision between editors negligible. */
export function freshId(nodeType: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const suffix = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
  return `${ID_PREFIX[nodeType] ?? "id"}-${suffix}`;
}

/**
 * The id a node gets when concurrent edits left it with a duplicate: derived from the identity of its shared element
 * (a Yjs client and clock), so every client and the server that repair it write the same value.
 */
export function derivedId(nodeType: string, client: number, clock: number): string {
  return `${ID_PREFIX[nodeType] ?? "id"}-${client.toString(36)}-${clock.toString(36)}`;
}

/** Ranges of the final document that the transactions touched, as [from, to] pairs. */
export function changedRanges(transactions: readonly Transaction[]): [number, number][] {
  let ranges: [number, number][] = [];
  for (const tr of transactions) {
    for (const step of tr.steps) {
      const map = step.getMap();
      ranges = ranges.map(([from, to]) => [map.map(from, -1), map.map(to, 1)]);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([newStart, newEnd]));
    }
  }
  return ranges;
}

/**
 * Whether every range lies within the content of one text block: typing there can neither add a structural node nor
 * copy one, so no id can need repair (an attribute change has no range, and is not covered).
 */
export function onlyWithinTextblocks(doc: Node, ranges: readonly [number, number][]): boolean {
  return (
    ranges.length > 0 &&
    ranges.every(([from, to]) => {
      const $from = doc.resolve(from);
      return $from.parent.inlineContent && to <= $from.end();
    })
  );
}

const inside = (pos: number, ranges: readonly [number, number][]) => ranges.some(([from, to]) => pos >= from && pos < to);

/**
 * Gives a fresh id to every structural node that has none, an invalid one, or a duplicate. Of duplicates, the
 * occurrence outside the changed ranges keeps its id (it is the original; the copy was just pasted or split off).
 * Returns false when nothing needed repair.
 */
export function repairIds(tr: Transaction, ranges: readonly [number, number][]): boolean {
  const sites = new Map<string, number[]>();
  const repairs: number[] = [];
  tr.doc.descendants((node: Node, pos: number) => {
    if (!idNodeNames.has(node.type.name)) return;
    const id = node.attrs.id;
    if (!isValidId(id)) repairs.push(pos);
    else sites.set(id, [...(sites.get(id) ?? []), pos]);
  });
  for (const positions of sites.values()) {
    // Duplicates this user's change did not make came from concurrent edits: collab/id-repair.ts mends those, the same
    // way in every client, so a random id here would only race it.
    if (positions.length < 2 || !positions.some((pos) => inside(pos, ranges))) continue;
    const keeper = positions.find((pos) => !inside(pos, ranges)) ?? positions[0]!;
    repairs.push(...positions.filter((pos) => pos !== keeper));
  }
  // Attribute steps do not move positions, so the collected positions stay valid.
  for (const pos of repairs) tr.setNodeAttribute(pos, "id", freshId(tr.doc.nodeAt(pos)!.type.name));
  return repairs.length > 0;
}
