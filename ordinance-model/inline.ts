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
