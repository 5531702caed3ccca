import { formatAmount, formatDate, formatDuration, formatDurationInWords, formatInteger, formatList, formatMonths, numberInWords } from "./format";
import { durationUnits, isValidIsoDate, type Duration, type SlotDefinition, type SlotValue } from "./slot-definition";

// Checking and formatting one value against its slot definition. Shared by parseModel (defaults),
// validateChoices (local choices) and resolve (text), so the three can never disagree.

export type SlotValueProblem = "wrong-type" | "out-of-range" | "unknown-option";

export interface SlotValueIssue {
  readonly code: SlotValueProblem;
  readonly message: string;
}

/** A choice that was not made: absent, null, or (for text fields) only whitespace. */
export function isUnset(value: unknown): value is undefined | null | "" {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function wrongType(def: SlotDefinition, expected: string): SlotValueIssue {
  return { code: "wrong-type", message: `${def.label}: verwacht ${expected}.` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isDuration(value: unknown): value is Duration {
  return (
    isPlainObject(value) &&
    Object.keys(value).every((k) => k === "amount" || k === "unit") &&
    Number.isInteger(value.amount) &&
    (value.amount as number) > 0 &&
    (durationUnits as readonly unknown[]).includes(value.unit)
  );
}

export function durationInMonths(duration: Duration): number {
  return duration.unit === "years" ? duration.amount * 12 : duration.amount;
}

function rangeIssue<T extends number | string>(def: SlotDefinition, value: T, show: (bound: T) => string): SlotValueIssue | null {
  const min = def.constraints.min as T | undefined;
  const max = def.constraints.max as T | undefined;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range =
      min !== undefined && max !== undefined
        ? `tussen ${show(min)} en ${show(max)} liggen`
        : min !== undefined
          ? `ten minste ${show(min)} zijn`
          : `ten hoogste ${show(max as T)} zijn`;
    return { code: "out-of-range", message: `${def.label}: de waarde moet ${range}.` };
  }
  return null;
}

function isOptionValue(def: SlotDefinition, value: unknown): boolean {
  return def.options.some((o) => o.value === value);
}

/** The problem with a (set) value for this slot, or null when it is acceptable. */
export function checkSlotValue(def: SlotDefinition, value: unknown): SlotValueIssue | null {
  switch (def.kind) {
    case "text":
    case "automatic":
      return typeof value === "string" && value.trim() !== "" ? null : wrongType(def, "een tekst");
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) return wrongType(def, "een geheel getal");
      return rangeIssue(def, value, formatInteger);
    case "amount":
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return wrongType(def, "een bedrag in euro's");
      // Floating point: 0.1 + 0.2 style noise must pass, a third decimal must not.
      if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return wrongType(def, "een bedrag met ten hoogste twee decimalen");
      return rangeIssue(def, value, formatAmount);
    case "duration":
      if (!isDuration(value)) return wrongType(def, "een termijn in hele maanden of jaren");
      return rangeIssue(def, durationInMonths(value), formatMonths);
    case "date":
      if (typeof value !== "string" || !isValidIsoDate(value)) return wrongType(def, "een datum (JJJJ-MM-DD)");
      return rangeIssue(def, value, formatDate);
    case "optional":
      return typeof value === "boolean" ? null : wrongType(def, "ja of nee");
    case "alternatives":
      if (typeof value !== "string") return wrongType(def, "een van de opties");
      return isOptionValue(def, value) ? null : { code: "unknown-option", message: `${def.label}: "${value}" is geen van de opties.` };
    case "multiselect": {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return wrongType(def, "een lijst van opties");
      const unknown = value.find((v) => !isOptionValue(def, v));
      if (unknown !== undefined) return { code: "unknown-option", message: `${def.label}: "${String(unknown)}" is geen van de opties.` };
      if (new Set(value).size !== value.length) return wrongType(def, "elke optie hooguit één keer");
      return null;
    }
  }
}

/**
 * The Dutch text of a value that stands in running text. Options without inline content fall
 * back to their label; resolve() prefers the content (it may carry marks and references).
 */
export function formatSlotValue(def: SlotDefinition, value: SlotValue): string {
  switch (def.kind) {
    case "amount":
      return formatAmount(value as number);
    case "integer":
      return formatInteger(value as number);
    case "duration":
      return formatDuration(value as Duration);
    case "date":
      return formatDate(value as string);
    case "alternatives":
      return optionLabel(def, value as string);
    case "multiselect":
      return formatList((value as readonly string[]).map((v) => optionLabel(def, v)));
    case "optional":
      return value ? "ja" : "nee";
    default:
      return String(value);
  }
}

/** A value as it stands in the ordinance's running text: small whole numbers and durations in words ("acht weken"). */
export function formatSlotValueInText(def: SlotDefinition, value: SlotValue): string {
  if (def.kind === "integer") return numberInWords(value as number);
  if (def.kind === "duration") return formatDurationInWords(value as Duration);
  return formatSlotValue(def, value);
}

export function optionLabel(def: SlotDefinition, value: string): string {
  return def.options.find((o) => o.value === value)?.label ?? value;
}

export type { SlotValue };
