import { formatSlotValue, type OrdinanceModel } from "../ordinance-model/index";
import { SLOT_KIND_LABELS } from "./labels";

export interface SlotSummary {
  key: string;
  label: string;
  kindLabel: string;
  guidance: string;
  fixed: boolean;
  defaultText: string | null;
  options: string[];
}

/** What a reader needs to know of every slot, in document order, for the guidance panel. */
export function slotSummaries(model: OrdinanceModel): SlotSummary[] {
  return [...model.slots.values()].map((def) => ({
    key: def.key,
    label: def.label,
    kindLabel: SLOT_KIND_LABELS[def.kind],
    guidance: def.guidance,
    fixed: def.fixed,
    defaultText: def.kind === "automatic" || def.default === null ? null : formatSlotValue(def, def.default),
    options: def.options.map((o) => o.label),
  }));
}
