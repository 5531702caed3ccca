import { checkSlotValue, formatSlotValue, validateChoices, type OrdinanceModel, type SlotDefinition, type SlotValue } from "../../ordinance-model/index";

// From what a form or the command line sends to a typed slot value, and back. The form posts strings; the kind of the
// slot says how to read them. What cannot be read is passed on as the raw string, so validateChoices words the error.

/** The fields of one slot's form as strings (checkbox lists as several values), to refill it after an error. */
export type FieldValues = Record<string, string | string[]>;

/** "1.250,50", "€ 50" and "12.5" are all amounts; anything else stays text. */
function parseAmount(raw: string): number | string {
  const compact = raw.replace(/€|\s/g, "");
  const normalised = compact.includes(",") ? compact.replace(/\./g, "").replace(",", ".") : compact;
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : raw;
}

const parseInteger = (raw: string): number | string => (/^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw);

/** The value the fields stand for; null when nothing was entered. */
export function valueFromFields(def: SlotDefinition, fields: FieldValues): unknown {
  const one = (name: string) => {
    const v = fields[name];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  };
  switch (def.kind) {
    case "multiselect": {
      const v = fields.value;
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    }
    case "optional":
      return one("value") === "ja" ? true : one("value") === "nee" ? false : null;
    case "integer":
      return one("value") === "" ? null : parseInteger(one("value"));
    case "amount":
      return one("value") === "" ? null : parseAmount(one("value"));
    case "duration": {
      if (one("amount") === "") return null;
      const amount = parseInteger(one("amount"));
      return typeof amount === "number" ? { amount, unit: one("unit") } : amount;
    }
    default:
      return one("value") === "" ? null : one("value");
  }
}

/** The fields that show a stored value in the form. */
export function fieldsFromValue(def: SlotDefinition, value: SlotValue): FieldValues {
  switch (def.kind) {
    case "multiselect":
      return { value: [...(value as readonly string[])] };
    case "optional":
      return { value: value ? "ja" : "nee" };
    case "duration": {
      const d = value as { amount: number; unit: string };
      return { amount: String(d.amount), unit: d.unit };
    }
    case "amount":
      return { value: (value as number).toFixed(2).replace(".", ",") };
    default:
      return { value: String(value) };
  }
}

/** The Dutch message for a value of one slot, or null when it may be stored. Same rules as for whole documents. */
export function valueProblem(model: OrdinanceModel, def: SlotDefinition, value: unknown): string | null {
  if (value === null) return `${def.label}: vul een waarde in, of neem de regionale standaard over.`;
  return validateChoices(model, { [def.key]: value }).find((e) => e.key === def.key)?.message ?? null;
}

/** A stored value in words; a value its definition no longer accepts is shown as it was stored. */
export function valueText(def: SlotDefinition | null, value: unknown): string {
  if (value === null || value === undefined) return "regionale standaard";
  if (def?.kind === "optional" && typeof value === "boolean") return value ? "opnemen" : "weglaten";
  return def && !checkSlotValue(def, value) ? formatSlotValue(def, value as SlotValue) : JSON.stringify(value);
}
