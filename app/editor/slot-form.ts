import { keyFromLabel, type SlotAttrs, type SlotErrors } from "../../ordinance-model/editing/index";
import type { AutomaticSource } from "../../ordinance-model/index";

// Between the slot dialog's text fields and the typed attrs of a slotDefinition node: what the user types
// per kind ("6 maanden", "ja", "a, b") becomes the value the contract expects, or a Dutch message.

export const SOURCE_LABELS = { municipalityName: "Naam van de gemeente", councilName: "Naam van de raad", executiveName: "Naam van het college" } as const satisfies Record<AutomaticSource, string>;

/** One option of an alternatives or multiselect slot: its name for the municipalities and its wording in the text. */
export interface OptionRow {
  /** The stored value; derived from the label for a new option, fixed for an existing one (choices refer to it). */
  readonly value: string;
  readonly label: string;
  readonly wording: string;
  /** The option's inline content as stored, kept as it is while the wording is not changed (it may hold more than text). */
  readonly content?: readonly { type: string; text?: string }[];
}

export type SlotFields = Record<"key" | "kind" | "label" | "guidance" | "default" | "min" | "max" | "source", string> & {
  options: readonly OptionRow[];
  required: boolean;
  fixed: boolean;
};

/** The kinds whose fields the dialog shows: a default, bounds, options, a source, "required". */
export const kindFields = (kind: string) => ({
  bounds: ["integer", "amount", "duration", "date"].includes(kind),
  options: kind === "alternatives" || kind === "multiselect",
  source: kind === "automatic",
  default: kind !== "automatic",
  required: kind !== "optional" && kind !== "automatic",
});

const textOf = (content: readonly { type: string; text?: string }[] | undefined) => (content ?? []).map((part) => part.text ?? "").join("");

/** The dialog's fields for an existing definition (or empty ones for a new slot of `kind`). */
export function fieldsFromAttrs(attrs: Partial<SlotAttrs>): SlotFields {
  const constraints = (attrs.constraints ?? {}) as { required?: boolean; min?: number | string; max?: number | string };
  const options = (attrs.options ?? []) as { value: string; label: string; content?: { type: string; text?: string }[] }[];
  const value = attrs.default;
  let shown = "";
  if (typeof value === "boolean") shown = value ? "ja" : "nee";
  else if (Array.isArray(value)) shown = value.join(", ");
  else if (value && typeof value === "object") {
    const duration = value as { amount: number; unit: string };
    shown = `${duration.amount} ${duration.unit === "years" ? "jaar" : "maanden"}`;
  } else if (value !== null && value !== undefined) shown = String(value);
  return {
    key: String(attrs.key ?? ""),
    kind: String(attrs.kind ?? "text"),
    label: String(attrs.label ?? ""),
    guidance: String(attrs.guidance ?? ""),
    options: options.map((o) => ({ value: o.value, label: o.label, wording: textOf(o.content) || o.label, content: o.content })),
    default: shown,
    min: constraints.min === undefined ? "" : String(constraints.min),
    max: constraints.max === undefined ? "" : String(constraints.max),
    source: String(attrs.source ?? ""),
    required: constraints.required === true,
    fixed: attrs.fixed === true,
  };
}

const numberOrText = (kind: string, raw: string): number | string | null => {
  if (raw.trim() === "") return null;
  if (kind === "date") return raw.trim();
  const n = Number(raw.trim().replace(",", "."));
  return Number.isNaN(n) ? raw : n;
};

function parseDefault(kind: string, raw: string): { value: unknown; error?: string } {
  const text = raw.trim();
  if (text === "") return { value: null };
  switch (kind) {
    case "integer":
    case "amount": {
      const n = Number(text.replace(",", "."));
      return Number.isNaN(n) ? { value: null, error: "Vul een getal in." } : { value: n };
    }
    case "duration": {
      const match = /^(\d+)\s*(maand|maanden|jaar|jaren)$/i.exec(text);
      return match ? { value: { amount: Number(match[1]), unit: /^maand/i.test(match[2]!) ? "months" : "years" } } : { value: null, error: "Schrijf een termijn als “6 maanden” of “2 jaar”." };
    }
    case "optional":
      if (/^(ja|nee)$/i.test(text)) return { value: /^ja$/i.test(text) };
      return { value: null, error: "Vul “ja” of “nee” in." };
    case "multiselect":
      return { value: text.split(",").map((v) => v.trim()).filter(Boolean) };
    case "automatic":
      return { value: null, error: "Een automatische keuzemogelijkheid heeft geen standaardwaarde." };
    default:
      return { value: text };
  }
}

/** The attrs for a slotDefinition node, or the Dutch problems of fields that could not be read at all. */
export function attrsFromFields(fields: SlotFields): { attrs: SlotAttrs; errors: SlotErrors } {
  const errors: SlotErrors = {};
  const kind = fields.kind;
  const shown = kindFields(kind);
  const options = fields.options
    .filter((row) => row.label.trim() || row.wording.trim())
    .map((row) => {
      const label = row.label.trim();
      const wording = row.wording.trim() || label;
      // Inline content lets a slotValue show the chosen variant in running text (required for alternatives).
      const content = row.content && textOf(row.content) === row.wording ? row.content : [{ type: "text", text: wording }];
      return { value: row.value, label, content };
    });
  const parsedDefault = parseDefault(kind, fields.default);
  if (parsedDefault.error) errors.default = parsedDefault.error;
  const min = numberOrText(kind, fields.min);
  const max = numberOrText(kind, fields.max);
  const constraints = {
    ...(shown.required && fields.required ? { required: true } : {}),
    ...(shown.bounds && min !== null ? { min } : {}),
    ...(shown.bounds && max !== null ? { max } : {}),
  };
  const attrs: SlotAttrs = {
    key: fields.key.trim(),
    kind,
    label: fields.label,
    guidance: fields.guidance,
    fixed: fields.fixed,
    default: parsedDefault.value,
    constraints: Object.keys(constraints).length ? constraints : null,
    options: shown.options ? options : null,
    source: kind === "automatic" ? fields.source || null : null,
  };
  return { attrs, errors };
}

/** A new option row with a value derived from its label, unique among the other rows. */
export function optionRow(label: string, wording: string, others: readonly OptionRow[]): OptionRow {
  return { value: keyFromLabel(label || "optie", others.map((o) => o.value)), label, wording };
}

/**
 * The problems in words for a drafter: the checks behind them (shared with parseModel) speak of keys, min and max;
 * the dialog calls them the internal name, the lowest and the highest value.
 */
export function drafterErrors(errors: SlotErrors & Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (!message) continue;
    if (field === "key") out.key = /bestaat al/.test(message) ? "Er is al een keuzemogelijkheid met deze interne naam. Kies een andere naam, of pas de interne naam aan." : "De interne naam begint met een kleine letter en bevat alleen letters en cijfers.";
    else if (field === "label") out.label = "Geef de keuzemogelijkheid een naam.";
    else if (field === "constraints" || field === "min") out.min = /groter/.test(message) ? "Het minimum is groter dan het maximum." : message;
    else if (field === "options") out.options = /uniek/.test(message) ? "Twee opties hebben dezelfde naam. Geef elke optie een eigen naam." : /ten minste/.test(message) ? "Voeg ten minste één optie toe." : "Geef elke optie een naam.";
    else if (field === "source") out.source = "Kies waar de waarde vandaan komt.";
    else out[field] = message;
  }
  return out;
}
