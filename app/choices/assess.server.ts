import { detectImpact, sameValue, type OrdinanceModel, type SlotDefinition, type SlotImpact } from "../../ordinance-model/index";
import type { ChoiceRow } from "../../db/queries/choices";

// One municipality's stored choices measured against the current model, shared by the choices page and the matrix.

export interface Assessment {
  impacts: SlotImpact[];
  /** The stored choices that still apply, by slot key (not those of gone slots, fixed slots or vanished options). */
  own: Map<string, ChoiceRow>;
}

export function assess(model: OrdinanceModel, rows: readonly ChoiceRow[]): Assessment {
  const impacts = detectImpact(
    model,
    rows.map((r) => ({
      key: r.slotKey,
      value: r.value,
      definition: r.slotDefinition,
    })),
  );
  const refused = new Set(impacts.filter((i) => i.kind === "option-gone" || i.kind === "now-fixed").map((i) => i.key));
  return {
    impacts,
    own: new Map(rows.filter((r) => model.slots.has(r.slotKey) && !refused.has(r.slotKey)).map((r) => [r.slotKey, r])),
  };
}

/** An own choice that differs from the regional default; list choices compare as sets. */
export function deviates(def: SlotDefinition, value: unknown): boolean {
  const norm = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);
  return !sameValue(norm(value), norm(def.default));
}
