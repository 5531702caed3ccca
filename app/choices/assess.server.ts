import { detectImpact, type OrdinanceModel, type SlotImpact } from "../../ordinance-model/index";
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

export { deviates } from "../../ordinance-model/deviation";
