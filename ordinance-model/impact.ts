import { sameValue } from "./concurrency";
import type { OrdinanceModel } from "./model";
import type { SlotDefinition } from "./slot-definition";
import { validateChoices } from "./choices";
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
 * The database keeps the definition of chosen slots only, not the whole model at the time, so "new" is judged by
 * need (docs/decisions/012-model-changes-and-choices.md): once a municipality has begun, a local slot without its
 * choice and without a regional default to fall back on is one the model added and the municipality must still decide.
 */
export function detectImpact(model: OrdinanceModel, stored: readonly StoredChoice[]): SlotImpact[] {
  const byKey = new Map(stored.map((choice) => [choice.key, choice]));
  const needed = new Set(
    validateChoices(model, {})
      .filter((e) => e.code === "required")
      .map((e) => e.key),
  );
  const impacts: SlotImpact[] = [];
  for (const def of model.slots.values()) {
    const choice = byKey.get(def.key);
    if (!choice) {
      if (stored.length > 0 && needed.has(def.key))
        impacts.push({
          key: def.key,
          kind: "new-slot",
          label: def.label,
          message: "Nieuwe keuzemogelijkheid zonder regionale standaard: maak een keuze.",
        });
      continue;
    }
    if (!isLocalChoice(def)) {
      impacts.push({
        key: def.key,
        kind: "now-fixed",
        label: def.label,
        message: "Deze keuze ligt nu regionaal vast; uw eerdere keuze is bewaard maar geldt niet meer.",
      });
      continue;
    }
    const issue = checkSlotValue(def, choice.value);
    if (issue) {
      impacts.push({
        key: def.key,
        kind: "option-gone",
        label: def.label,
        message: `Uw keuze past niet meer bij het model: ${issue.message} Tot u opnieuw kiest geldt de regionale standaard.`,
      });
      continue;
    }
    const change = choice.definition && definitionChange(choice.definition, def);
    if (change)
      impacts.push({
        key: def.key,
        kind: "definition-changed",
        label: def.label,
        message: change,
      });
  }
  for (const choice of stored) {
    if (model.slots.has(choice.key)) continue;
    const label = choice.definition?.label ?? choice.key;
    impacts.push({
      key: choice.key,
      kind: "slot-gone",
      label,
      message: "Deze keuzemogelijkheid staat niet meer in het model. Uw keuze is bewaard als archief.",
    });
  }
  return impacts;
}
