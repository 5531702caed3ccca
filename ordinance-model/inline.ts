import type { Node } from "prosemirror-model";
import type { Numbering } from "./numbering";
import { formatList } from "./format";
import { jci, lawReferenceUrl, type LawReference } from "./law-references";
import { referenceInWords } from "./references";

// The inline content of a text block as a flat list of segments, the common ground of the three
// renderers: text with its marks, references already in words, and slots still to be shown.

export type InlineSegment =
  | { readonly kind: "text"; readonly text: string; readonly marks: readonly string[] }
  /** `words` is null when the target is not in the text (a dangling reference). */
  | { readonly kind: "reference"; readonly target: string; readonly words: string | null; readonly marks: readonly string[] }
  /** A citation of national law: its words as written, and where it links to (law-references.ts). */
  | { readonly kind: "law"; readonly words: string; readonly href: string; readonly jci: string; readonly marks: readonly string[] }
  | { readonly kind: "slot"; readonly key: string; readonly marks: readonly string[] };

/** `from`: the provision the block stands in (see referenceOrigins), for references relative to it. */
export function inlineSegments(block: Node, numbering: Numbering, from?: string | null): InlineSegment[] {
  return closeReferences(mergeReferenceLists(singleSegments(block, numbering, from)));
}

/** The segments of a block as written, before references are merged or closed (lint reads the text as typed). */
export function singleSegments(block: Node, numbering: Numbering, from?: string | null): InlineSegment[] {
  const segments: InlineSegment[] = [];
  block.forEach((node) => {
    const marks = node.marks.map((m) => m.type.name);
    if (node.isText) segments.push({ kind: "text", text: node.text!, marks });
    else if (node.type.name === "reference") {
      const target = String(node.attrs.target);
      segments.push({ kind: "reference", target, words: referenceInWords(numbering, target, from), marks });
    } else if (node.type.name === "lawReference") segments.push(lawSegment(node.attrs as LawReference, marks));
    else if (node.type.name === "slotValue") segments.push({ kind: "slot", key: String(node.attrs.slot), marks });
  });
  return segments;
}

/** Inline JSON (an option's content) as segments, for showing alternatives in the model view. */
export function inlineJsonSegments(content: readonly { readonly type: string; readonly [k: string]: unknown }[], numbering: Numbering): InlineSegment[] {
  return content.map((json) => {
    const marks = Array.isArray(json.marks) ? json.marks.map((m: { type: string }) => m.type) : [];
    const attrs = (json.attrs ?? {}) as Record<string, unknown>;
    if (json.type === "text") return { kind: "text", text: String(json.text), marks };
    if (json.type === "reference") return { kind: "reference", target: String(attrs.target), words: referenceInWords(numbering, String(attrs.target)), marks };
    if (json.type === "lawReference") return lawSegment(attrs as unknown as LawReference, marks);
    return { kind: "slot", key: String(attrs.slot), marks };
  });
}

function lawSegment(ref: LawReference, marks: readonly string[]): InlineSegment {
  return { kind: "law", words: ref.words, href: lawReferenceUrl(ref), jci: jci(ref), marks };
}

export const danglingMarker = "[verwijzing naar vervallen bepaling]";

const wholeArticle = /^artikel (\d+)(?:\.(\d+))?$/;
const separators = new Set([", ", " en ", " of "]);

type WordedReference = Extract<InlineSegment, { kind: "reference" }> & { words: string };

function mergeable(segment: InlineSegment | undefined): segment is WordedReference {
  return segment?.kind === "reference" && segment.words !== null && segment.marks.length === 0;
}

function articleNumber(words: string): { chapter: string; n: number; designation: string } | null {
  const match = wholeArticle.exec(words);
  if (!match) return null;
  return match[2] === undefined ? { chapter: "", n: Number(match[1]), designation: match[1]! } : { chapter: match[1]!, n: Number(match[2]), designation: `${match[1]}.${match[2]}` };
}

/** "de artikelen 7 tot en met 9", "de artikelen 7 en 9"; null when not every reference is a whole article. */
function mergeArticles(words: readonly string[], conjunction: string): string | null {
  const numbers = words.map(articleNumber);
  if (numbers.some((n) => n === null)) return null;
  const ns = numbers as { chapter: string; n: number; designation: string }[];
  const consecutive = ns.every((n, k) => k === 0 || (n.chapter === ns[0]!.chapter && n.n === ns[k - 1]!.n + 1));
  const designations = ns.map((n) => n.designation);
  return consecutive && ns.length > 2 ? `de artikelen ${designations[0]} tot en met ${designations[designations.length - 1]}` : `de artikelen ${formatList(designations, conjunction)}`;
}

/** The last step of a reference, by kind: "tweede lid" / "het tweede lid", "onderdeel b", "onder 2°". */
const lastSteps: readonly { pattern: RegExp; plural: (names: readonly string[], conjunction: string, article: string) => string }[] = [
  { pattern: /^(het )?(\S+) lid$/, plural: (names, c, article) => `${article}${formatList(names, c)} lid` },
  { pattern: /^()onderdeel (\S+)$/, plural: (names, c) => `onderdelen ${formatList(names, c)}` },
  { pattern: /^()onder (\S+)$/, plural: (names, c) => `onder ${formatList(names, c)}` },
];

/** "artikel 18, eerste lid, onderdelen a en c", "het vierde en vijfde lid"; null when the references differ before their last step. */
function mergeProvisions(words: readonly string[], conjunction: string): string | null {
  const parts = words.map((w) => w.split(", "));
  const prefix = parts[0]!.slice(0, -1).join(", ");
  if (!parts.every((p) => p.length === parts[0]!.length && p.slice(0, -1).join(", ") === prefix)) return null;
  const lasts = parts.map((p) => p[p.length - 1]!);
  for (const step of lastSteps) {
    const matches = lasts.map((last) => step.pattern.exec(last));
    if (matches.some((m) => m === null)) continue;
    const article = matches[0]![1] ?? "";
    if (new Set(matches.map((m) => m![2])).size !== matches.length) return null;
    const merged = step.plural(matches.map((m) => m![2]!), conjunction, article);
    return prefix ? `${prefix}, ${merged}` : merged;
  }
  return null;
}

/**
 * Several references in a row to provisions of the same article or member read as one, as drafting practice writes
 * them: "artikel 7, artikel 8 of artikel 9" → "de artikelen 7 tot en met 9"; "artikel 18, eerste lid, onderdeel a en
 * artikel 18, eerste lid, onderdeel c" → "artikel 18, eerste lid, onderdelen a en c"; "het vierde lid en het vijfde
 * lid" → "het vierde en vijfde lid". The merged segment links to the first provision of the list.
 */
export function mergeReferenceLists(segments: readonly InlineSegment[]): InlineSegment[] {
  const out: InlineSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const run: WordedReference[] = [];
    let conjunction = "en";
    let j = i;
    while (mergeable(segments[j])) {
      run.push(segments[j] as WordedReference);
      const separator = segments[j + 1];
      if (separator?.kind !== "text" || !separators.has(separator.text) || !mergeable(segments[j + 2])) break;
      if (separator.text !== ", ") conjunction = separator.text.trim();
      j += 2;
    }
    const words = run.map((r) => r.words);
    const merged = run.length < 2 ? null : (mergeArticles(words, conjunction) ?? mergeProvisions(words, conjunction));
    if (merged === null) {
      out.push(segments[i]!);
      continue;
    }
    out.push({ kind: "reference", target: run[0]!.target, words: merged, marks: [] });
    i = j;
  }
  return out;
}

/** Text that opens an apposition around the reference that follows: "de termijn, bedoeld in". */
const apposition = /, (?:als )?bedoeld in $/;
/** The sentence goes on after the reference with a word, not with punctuation. */
const continues = /^ [^\s.,;:)]/;

/**
 * The comma that closes a reference is the reference's own: "bedoeld in artikel 9, eerste lid, wordt" and "de termijn,
 * bedoeld in het eerste lid, verstrijkt", but "als bedoeld in het eerste lid wordt". The text after a reference never
 * carries it; this adds it where the form of the reference asks for it.
 */
export function closeReferences(segments: readonly InlineSegment[]): InlineSegment[] {
  const out: InlineSegment[] = [];
  segments.forEach((segment, i) => {
    out.push(segment);
    if (segment.kind !== "reference" || segment.words === null) return;
    const before = segments[i - 1];
    const after = segments[i + 1];
    const opened = segment.words.includes(", ") || (before?.kind === "text" && apposition.test(before.text));
    if (opened && after?.kind === "text" && continues.test(after.text)) out.push({ kind: "text", text: ",", marks: segment.marks });
  });
  return out;
}
