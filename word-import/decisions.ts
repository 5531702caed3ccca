import { freshId } from "../ordinance-model/editing/ids";
import { keyFromLabel } from "../ordinance-model/editing/slots";
import { slotDefinitionSchema } from "../ordinance-model/slot-definition";
import { idNodeNames } from "../ordinance-model/schema";
import type { Json } from "./build";
import type { ImportReport, Placement, SlotCandidate, Unplaced } from "./report";

// What the redactie decides on the report page before a model comes into being: a place (or leaving out) for every
// paragraph the import could not place, and for every slot candidate whether it becomes a slot, under which label.
// Candidates with the same label become one slot, so "[naam gemeente]" in five places is one choice.

export type CandidateDecision = { readonly slot: true; readonly label: string } | { readonly slot: false };

export interface ImportDecisions {
  /** By the paragraph's position (a string: these are stored as JSON). */
  readonly placements: Readonly<Record<string, Placement>>;
  /** By the candidate's key. */
  readonly candidates: Readonly<Record<string, CandidateDecision>>;
}

export const noDecisions: ImportDecisions = { placements: {}, candidates: {} };

/** The label a candidate's slot gets unless the redactie types another: the words inside the brackets. */
export function candidateLabel(candidate: SlotCandidate): string {
  const words = candidate.text.replace(/^\[|\]$/g, "").replace(/…|\.{3,}/g, "").trim();
  return words || `Invulplek (blok ${candidate.position})`;
}

/** What still needs a decision before the model may be made. */
export function undecided(report: ImportReport, decisions: ImportDecisions): { paragraphs: Unplaced[]; candidates: SlotCandidate[] } {
  return {
    paragraphs: report.unplaced.filter((u) => decisions.placements[u.position] !== "leaveOut"),
    candidates: report.slotCandidates.filter((c) => !decisions.candidates[c.key]),
  };
}

/**
 * Turns the confirmed candidates into slots: each candidate's text, where it stands, becomes a slot value, and the
 * registry gets a text slot per label. `nodesAt` gives the nodes whose text stands at a source position.
 */
export function confirmedSlots(candidates: readonly SlotCandidate[], decisions: ImportDecisions, nodesAt: (position: number) => Json[]): Json[] {
  const keys = new Map<string, string>();
  const definitions: Json[] = [];
  // Last first, so replacing one occurrence does not move the ones before it.
  for (let index = candidates.length - 1; index >= 0; index--) {
    const candidate = candidates[index]!;
    const decision = decisions.candidates[candidate.key];
    if (!decision?.slot) continue;
    const label = decision.label.trim() || candidateLabel(candidate);
    let key = keys.get(label);
    if (!key) {
      key = keyFromLabel(label, keys.values());
      const attrs = { key, kind: "text", label, guidance: `Overgenomen uit het Word-bestand, waar stond: ${candidate.text}`, fixed: false, default: null, constraints: null, options: null, source: null };
      if (!slotDefinitionSchema.safeParse(attrs).success) continue;
      keys.set(label, key);
      definitions.unshift({ type: "slotDefinition", attrs });
    }
    const before = candidates.slice(0, index).filter((c) => c.position === candidate.position && c.text === candidate.text).length;
    replaceOccurrence(nodesAt(candidate.position), candidate.text, before, key);
  }
  return definitions;
}

/** Replaces the `n`th occurrence of `text` in the text nodes of `nodes` by a slot value. */
function replaceOccurrence(nodes: Json[], text: string, n: number, key: string): void {
  let seen = 0;
  for (const node of nodes) {
    const content = node.content ?? [];
    for (let i = 0; i < content.length; i++) {
      const t = content[i]!;
      if (t.type !== "text" || !t.text) continue;
      for (let at = t.text.indexOf(text); at >= 0; at = t.text.indexOf(text, at + text.length)) {
        if (seen++ < n) continue;
        const piece = (s: string): Json[] => (s ? [{ ...t, text: s }] : []);
        content.splice(i, 1, ...piece(t.text.slice(0, at)), { type: "slotValue", attrs: { slot: key } }, ...piece(t.text.slice(at + text.length)));
        return;
      }
    }
  }
}

/**
 * The model with a fresh random id on every structural node, references and article notes following: a model made
 * from Word never shares an id with another model made from the same file.
 */
export function withFreshIds(model: Json): Json {
  const ids = new Map<string, string>();
  const renamed = (node: Json): Json => {
    const attrs = node.attrs && idNodeNames.has(node.type) && typeof node.attrs.id === "string" ? { ...node.attrs, id: fresh(node.type, node.attrs.id) } : node.attrs;
    return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map(renamed) } : {}) };
  };
  const fresh = (type: string, old: string) => {
    const id = freshId(type);
    ids.set(old, id);
    return id;
  };
  const linked = (node: Json): Json => {
    const attrs =
      node.type === "reference" ? { ...node.attrs, target: ids.get(String(node.attrs!.target)) ?? node.attrs!.target } : node.type === "articleNote" ? { ...node.attrs, article: ids.get(String(node.attrs!.article)) ?? node.attrs!.article } : node.attrs;
    return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map(linked) } : {}) };
  };
  return linked(renamed(model));
}
