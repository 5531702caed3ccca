import type { OrdinanceModel } from "./model";
import { automaticValue, type Municipality } from "./municipality";
import type { SlotDefinition, SlotValue } from "./slot-definition";
import { checkSlotValue, isUnset, type SlotValueProblem } from "./slot-value";

// A municipality's local choices: slot key → value. They come from a form or the database, so
// they are `unknown` until validateChoices has looked at them.

export type Choices = Readonly<Record<string, unknown>>;

export type ChoiceProblem = SlotValueProblem | "unknown-key" | "required" | "fixed";

export interface ChoiceError {
  readonly key: string;
  readonly code: ChoiceProblem;
  /** Dutch, shown next to the field. */
  readonly message: string;
}

/** Thrown by resolve when a choice has a value that cannot be put into the text. */
export class ChoicesError extends Error {
  override readonly name = "ChoicesError";

  constructor(readonly errors: readonly ChoiceError[]) {
    super(`Ongeldige lokale keuzes: ${errors.map((e) => e.message).join(" ")}`);
  }
}

function hasOwn(choices: Choices, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(choices, key);
}

/** Alternatives and optional slots always need a value: without one no variant can be chosen. */
function isRequired(def: SlotDefinition): boolean {
  return def.constraints.required === true || def.kind === "alternatives" || def.kind === "optional";
}

/**
 * One Dutch error per slot key (in model order, unknown keys last); an empty list means the
 * choices are acceptable. A missing choice is fine as long as the region gave a default.
 */
export function validateChoices(model: OrdinanceModel, choices: Choices): ChoiceError[] {
  const errors: ChoiceError[] = [];
  for (const def of model.slots.values()) {
    const value = hasOwn(choices, def.key) ? choices[def.key] : undefined;
    if (!isUnset(value)) {
      if (def.kind === "automatic") {
        errors.push({ key: def.key, code: "fixed", message: `${def.label}: deze waarde wordt automatisch ingevuld en is geen lokale keuze.` });
      } else if (def.fixed) {
        errors.push({ key: def.key, code: "fixed", message: `${def.label}: deze keuze ligt regionaal vast en kan niet lokaal worden aangepast.` });
      } else {
        const issue = checkSlotValue(def, value);
        if (issue) errors.push({ key: def.key, ...issue });
      }
      continue;
    }
    const emptyMultiselect = def.kind === "multiselect" && Array.isArray(def.default) && def.default.length === 0;
    if (def.kind !== "automatic" && isRequired(def) && (def.default === null || emptyMultiselect)) {
      errors.push({ key: def.key, code: "required", message: `${def.label}: maak een keuze; de regio heeft geen standaardwaarde vastgesteld.` });
    }
  }
  for (const key of Object.keys(choices)) {
    if (!model.slots.has(key)) errors.push({ key, code: "unknown-key", message: `"${key}" is geen keuzemogelijkheid van dit model.` });
  }
  return errors;
}

/**
 * The value each slot takes for this municipality: its own choice if it may make one, otherwise
 * the regional default; automatic slots follow the municipality. null means still open.
 * Throws a ChoicesError for values that cannot be used. Unknown keys and choices on fixed slots
 * are ignored here: they cannot change the text, and a stale choice must not block a document.
 */
export function effectiveValues(model: OrdinanceModel, choices: Choices, municipality: Municipality): ReadonlyMap<string, SlotValue | null> {
  const fatal = validateChoices(model, choices).filter((e) => e.code === "wrong-type" || e.code === "out-of-range" || e.code === "unknown-option");
  if (fatal.length) throw new ChoicesError(fatal);
  const values = new Map<string, SlotValue | null>();
  for (const def of model.slots.values()) {
    if (def.kind === "automatic") {
      values.set(def.key, automaticValue(def.source!, municipality));
      continue;
    }
    const own = !def.fixed && hasOwn(choices, def.key) && !isUnset(choices[def.key]) ? (choices[def.key] as SlotValue) : null;
    let value = own ?? def.default;
    // An optional multiselect without a default simply selects nothing; that is a complete choice.
    if (value === null && def.kind === "multiselect" && def.constraints.required !== true) value = [];
    values.set(def.key, typeof value === "string" ? value.trim() : value);
  }
  return values;
}
