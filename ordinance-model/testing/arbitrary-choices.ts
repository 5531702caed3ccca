import fc from "fast-check";
import type { Choices } from "../choices";
import type { OrdinanceModel } from "../model";
import type { SlotDefinition } from "../slot-definition";

// fast-check arbitraries for valid local choices of any model: every choice it produces passes
// validateChoices. Slots that need a value and have no default are always chosen; other slots
// are sometimes left out, so the regional default is exercised too.

const dayMs = 24 * 60 * 60 * 1000;

function isoDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / dayMs);
}

function durationArbitrary(def: SlotDefinition): fc.Arbitrary<unknown> {
  const min = Math.max(1, (def.constraints.min as number | undefined) ?? 1);
  const max = (def.constraints.max as number | undefined) ?? 120;
  const months = fc.integer({ min, max }).map((amount) => ({ amount, unit: "months" }));
  const minYears = Math.ceil(min / 12);
  const maxYears = Math.floor(max / 12);
  return minYears <= maxYears ? fc.oneof(months, fc.integer({ min: minYears, max: maxYears }).map((amount) => ({ amount, unit: "years" }))) : months;
}

/** A valid value for one slot. */
export function arbitrarySlotValue(def: SlotDefinition): fc.Arbitrary<unknown> {
  const min = def.constraints.min;
  const max = def.constraints.max;
  switch (def.kind) {
    case "text":
    case "automatic":
      return fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim()).filter((s) => s.length > 0);
    case "integer":
      return fc.integer({ min: (min as number | undefined) ?? -1000, max: (max as number | undefined) ?? 1000 });
    case "amount":
      return fc.integer({ min: Math.ceil(((min as number | undefined) ?? 0) * 100), max: Math.floor(((max as number | undefined) ?? 100000) * 100) }).map((cents) => cents / 100);
    case "duration":
      return durationArbitrary(def);
    case "date":
      return fc.integer({ min: dayOf((min as string | undefined) ?? "2000-01-01"), max: dayOf((max as string | undefined) ?? "2100-12-31") }).map(isoDay);
    case "optional":
      return fc.boolean();
    case "alternatives":
      return fc.constantFrom(...def.options.map((o) => o.value));
    case "multiselect":
      return fc.subarray(def.options.map((o) => o.value), { minLength: def.constraints.required ? 1 : 0 });
  }
}

function needsValue(def: SlotDefinition): boolean {
  const chosenByKind = def.kind === "alternatives" || def.kind === "optional" || def.constraints.required === true;
  const emptyDefault = def.default === null || (Array.isArray(def.default) && def.default.length === 0 && def.kind === "multiselect");
  return chosenByKind && emptyDefault;
}

/** Valid choices for the model's open (not fixed, not automatic) slots. */
export function arbitraryChoices(model: OrdinanceModel): fc.Arbitrary<Choices> {
  const open = [...model.slots.values()].filter((def) => !def.fixed && def.kind !== "automatic");
  const record: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(open.map((def) => [def.key, arbitrarySlotValue(def)]));
  return fc.record(record, { requiredKeys: open.filter(needsValue).map((def) => def.key) }) as fc.Arbitrary<Choices>;
}
