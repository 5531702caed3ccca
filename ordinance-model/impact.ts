import { sameValue } from "./concurrency";
import type { OrdinanceModel } from "./model";
import type { SlotDefinition } from "./slot-definition";
import { checkSlotValue, formatSlotValue } from "./slot-value";

// What a change of the model means for one municipality's stored choices. Every choice is stored with the slot
// definition as it was when it was made; comparing that with the current model tells which choices need a new look.
// Nothing here drops a choice: a choice for a slot that has gone is reported, and the caller keeps it (archived).

export interface StoredChoice {
  readonly key: string;
  readonly value: unknown;
  /** The slot definition when the choice was made; null for choices stored before definitions were kept. */
  readonly definition: SlotDefinition | null;
}

export type ImpactKind = "new-slot" | "option-gone" | "slot-gone" | "now-fixed" | "definition-changed";

export interface SlotImpact {
  readonly key: string;
  readonly kind: ImpactKind;
  readonly label: string;
  /** Dutch, shown under "gewijzigd sinds uw laatste keuze". */
  readonly message: string;
}

/** A slot the municipality fills in itself: not regionally fixed, not derived from the municipality. */
export function isLocalChoice(def: SlotDefinition): boolean {
  return !def.fixed && def.kind !== "automatic";
}

function defaultText(def: SlotDefinition): string {
  return def.default === null ? "geen" : formatSlotValue(def, def.default);
}

function definitionChange(before: SlotDefinition, now: SlotDefinition): string | null {
  if (before.kind === now.kind && !sameValue(before.default, now.default)) {
    return `De regionale standaard is gewijzigd van ${defaultText(before)} in ${defaultText(now)}.`;
  }
  if (!sameValue(before.options, now.options)) return "De mogelijkheden of hun tekst zijn gewijzigd.";
  if (!sameValue(before.constraints, now.constraints)) return "De grenzen voor deze keuze zijn gewijzigd.";
  return null;
}

/**
 * The slots whose situation changed since the municipality chose: in model order, then the slots that have gone.
 * A slot counts as new when the municipality has begun (it stored at least one choice) and has no choice for it:
 * a municipality decides every local slot, if need be by taking over the regional default, so once it has begun an
 * undecided slot is one it still has to look at.
 */
export function detectImpact(model: OrdinanceModel, stored: readonly StoredChoice[]): SlotImpact[] {
  const byKey = new Map(stored.map((choice) => [choice.key, choice]));
  const impacts: SlotImpact[] = [];
  for (const def of model.slots.values()) {
    const choice = byKey.get(def.key);
    if (!choice) {
      if (stored.length > 0 && isLocalChoice(def)) impacts.push({ key: def.key, kind: "new-slot", label: def.label, message: "Nieuwe keuzemogelijkheid: maak een keuze." });
      continue;
    }
    if (!isLocalChoice(def)) {
      impacts.push({ key: def.key, kind: "now-fixed", label: def.label, message: "Deze keuze ligt nu regionaal vast; uw eerdere keuze is bewaard maar geldt niet meer." });
      continue;
    }
    const issue = checkSlotValue(def, choice.value);
    if (issue) {
      impacts.push({ key: def.key, kind: "option-gone", label: def.label, message: `Uw keuze past niet meer bij het model: ${issue.message} Tot u opnieuw kiest geldt de regionale standaard.` });
      continue;
    }
    const change = choice.definition && definitionChange(choice.definition, def);
    if (change) impacts.push({ key: def.key, kind: "definition-changed", label: def.label, message: change });
  }
  for (const choice of stored) {
    if (model.slots.has(choice.key)) continue;
    const label = choice.definition?.label ?? choice.key;
    impacts.push({ key: choice.key, kind: "slot-gone", label, message: "Deze keuzemogelijkheid staat niet meer in het model. Uw keuze is bewaard als archief." });
  }
  return impacts;
}
