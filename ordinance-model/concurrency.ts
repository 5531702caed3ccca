// Optimistic concurrency for local choices: every save names the version of the stored choice it was based on
// (0 when there was none). A save based on an older version would overwrite a change its author never saw, so it is
// refused and the author is shown the other value instead.

export interface StoredChoiceVersion {
  readonly version: number;
  readonly value: unknown;
}

export type SaveDecision = { readonly ok: true; readonly version: number } | { readonly ok: false; readonly current: StoredChoiceVersion | null };

/** Key-order-independent equality of JSON values, enough for slot values (scalars, arrays, {amount, unit}). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * May a save based on `seenVersion` replace `current` (null: no stored choice) with `next`?
 * It may when nothing changed since it was seen, or when the other person already stored the very same value, since
 * then nothing is lost. The returned version is the one the stored choice gets.
 */
export function decideSave(current: StoredChoiceVersion | null, seenVersion: number, next: unknown): SaveDecision {
  const currentVersion = current?.version ?? 0;
  if (seenVersion === currentVersion) return { ok: true, version: currentVersion + 1 };
  if (sameValue(current?.value ?? null, next)) return { ok: true, version: currentVersion };
  return { ok: false, current };
}
