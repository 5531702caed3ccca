import type { Node } from "prosemirror-model";
import type { Numbering } from "./numbering";
import { referenceInWords } from "./references";

// The inline content of a text block as a flat list of segments, the common ground of the three
// renderers: text with its marks, references already in words, and slots still to be shown.

export type InlineSegment =
  | { readonly kind: "text"; readonly text: string; readonly marks: readonly string[] }
  /** `words` is null when the target is not in the text (a dangling reference). */
  | { readonly kind: "reference"; readonly target: string; readonly words: string | null; readonly marks: readonly string[] }
  | { readonly kind: "slot"; readonly key: string; readonly marks: readonly string[] };

/** `from`: the provision the block stands in (see referenceOrigins), for references relative to it. */
export function inlineSegments(block: Node, numbering: Numbering, from?: string | null): InlineSegment[] {
  return mergeArticleLists(singleSegments(block, numbering, from));
}

function singleSegments(block: Node, numbering: Numbering, from?: string | null): InlineSegment[] {
  const segments: InlineSegment[] = [];
  block.forEach((node) => {
    const marks = node.marks.map((m) => m.type.name);
    if (node.isText) segments.push({ kind: "text", text: node.text!, marks });
    else if (node.type.name === "reference") {
      const target = String(node.attrs.target);
      segments.push({ kind: "reference", target, words: referenceInWords(numbering, target, from), marks });
    } else if (node.type.name === "slotValue") segments.push({ kind: "slot", key: String(node.attrs.slot), marks });
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
    return { kind: "slot", key: String(attrs.slot), marks };
  });
}

export const danglingMarker = "[verwijzing naar vervallen bepaling]";

const wholeArticle = /^artikel (\d+)(?:\.(\d+))?$/;
const separators = new Set([", ", " en ", " of "]);

type ArticleReference = Extract<InlineSegment, { kind: "reference" }> & { words: string };

function articleNumber(segment: InlineSegment | undefined): { chapter: string; n: number; designation: string } | null {
  if (segment?.kind !== "reference" || segment.words === null || segment.marks.length > 0) return null;
  const match = wholeArticle.exec(segment.words);
  if (!match) return null;
  return match[2] === undefined ? { chapter: "", n: Number(match[1]), designation: match[1]! } : { chapter: match[1]!, n: Number(match[2]), designation: `${match[1]}.${match[2]}` };
}

/**
 * "artikel 7, artikel 8 of artikel 9" reads as "de artikelen 7 tot en met 9" (and "de artikelen 7 en 9" for a gap), as
 * drafting practice writes a list of whole articles. The merged segment links to the first article of the list.
 */
export function mergeArticleLists(segments: readonly InlineSegment[]): InlineSegment[] {
  const out: InlineSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const run: ArticleReference[] = [];
    let conjunction = "en";
    let j = i;
    while (articleNumber(segments[j])) {
      run.push(segments[j] as ArticleReference);
      const separator = segments[j + 1];
      if (separator?.kind !== "text" || !separators.has(separator.text) || !articleNumber(segments[j + 2])) break;
      if (separator.text !== ", ") conjunction = separator.text.trim();
      j += 2;
    }
    if (run.length < 2) {
      out.push(segments[i]!);
      continue;
    }
    const numbers = run.map((r) => articleNumber(r)!);
    const consecutive = numbers.every((n, k) => k === 0 || (n.chapter === numbers[0]!.chapter && n.n === numbers[k - 1]!.n + 1));
    const designations = numbers.map((n) => n.designation);
    const list =
      consecutive && run.length > 2
        ? `${designations[0]} tot en met ${designations[designations.length - 1]}`
        : `${designations.slice(0, -1).join(", ")} ${conjunction} ${designations[designations.length - 1]}`;
    out.push({ kind: "reference", target: run[0]!.target, words: `de artikelen ${list}`, marks: [] });
    i = j;
  }
  return out;
}
