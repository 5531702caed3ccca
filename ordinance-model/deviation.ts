import { sameValue } from "./concurrency";
import type { SlotDefinition } from "./slot-definition";

/** An own choice that differs from the regional default; list choices compare as sets. */
export function deviates(def: SlotDefinition, value: unknown): boolean {
  const norm = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);
  return !sameValue(norm(value), norm(def.default));
}
