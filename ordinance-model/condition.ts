import type { Node } from "prosemirror-model";
import type { SlotValue } from "./slot-definition";

/** `null` (always present), `{ slot }` (an optional slot) or `{ slot, option }` (alternatives / multiselect). */
export type Condition = { readonly slot: string; readonly option?: string } | null;

export function conditionOf(node: Node): Condition {
  return (node.attrs.condition as Condition | undefined) ?? null;
}

/**
 * Whether a node with this condition is kept for the given slot value.
 * An unset value (null) keeps nothing: an open choice must not silently pick a variant.
 */
export function conditionHolds(condition: Condition, value: SlotValue | null): boolean {
  if (condition === null) return true;
  if (value === null) return false;
  if (condition.option === undefined) return value === true;
  if (Array.isArray(value)) return value.includes(condition.option);
  return value === condition.option;
}
