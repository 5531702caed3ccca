import type { Node } from "prosemirror-model";
import { applyAmendments, type CouncilAmendment } from "../council-amendments";
import type { ResolvedOrdinance } from "../resolve";
import { toResolvedOrdinance } from "../resolve";
import { findById } from "./text-in-force";

// The target of an amending ordinance is the new model version with the municipality's choices, and with what its
// council amended: a council's amendment of a provision the new version leaves as it was stays, since the council
// decided it; where the model rewrote that very provision, the model's new wording is the target, and the
// municipality is told so.

export interface CarriedOver {
  readonly target: ResolvedOrdinance;
  /** "A1" → the places whose council wording yields to the new model text. */
  readonly superseded: readonly { readonly number: string; readonly title: string; readonly provisions: readonly string[] }[];
}

/** `proposed`: the adopted text before the amendments; `next`: the new version resolved with the choices. */
export function carryOverAmendments(proposed: Node, next: ResolvedOrdinance, amendments: readonly CouncilAmendment[]): CarriedOver {
  const unchanged = (id: string) => {
    const [was, now] = [findById(proposed, id), findById(next.doc, id)];
    return was !== null && now !== null && was.eq(now);
  };
  const kept = amendments.map((a) => ({ ...a, changes: a.changes.filter((c) => unchanged(c.provision)) }));
  const superseded = amendments
    .map((a) => ({ number: a.number, title: a.title, provisions: a.changes.filter((c) => !unchanged(c.provision)).map((c) => c.provision) }))
    .filter((a) => a.provisions.length > 0);
  const { doc } = applyAmendments(next.doc, next.numbering, kept.filter((a) => a.changes.length > 0));
  return { target: toResolvedOrdinance(doc, next.municipality, { values: next.values }), superseded };
}
