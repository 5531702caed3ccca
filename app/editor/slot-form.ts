import type { SlotAttrs, SlotErrors } from "../../ordinance-model/editing/index";
import type { AutomaticSource } from "../../ordinance-model/index";

// Between the slot dialog's text fields and the typed attrs of a slotDefinition node: what the user types
// per kind ("6 maanden", "ja", "a, b") becomes the value the contract expects, or a Dutch message.

export const SOURCE_LABELS = { municipalityName: "Naam van de gemeente", councilName: "Naam van de raad", executiveName: "Naam van het college" } as const satisfies Record<AutomaticSource, string>;

export type SlotFields = Record<"key" | "kind" | "label" | "guidance" | "options" | "default" | "min" | "max" | "source", string> & { required: boolean; fixed: boolean };

/** The dialog's fields for an existing definition (or empty ones for a new slot of `kind`). */
export function fieldsFromAttrs(attrs: Partial<SlotAttrs>): SlotFields {
  const constraints = (attrs.constraints ?? {}) as { required?: boolean; min?: number | string; max?: number | string };
  const options = (attrs.options ?? []) as { value: string; label: string }[];
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
    options: options.map((o) => `${o.value} = ${o.label}`).join("\n"),
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
  const withOptions = kind === "alternatives" || kind === "multiselect";
  const options = fields.options
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [value, ...rest] = line.split("=");
      const label = rest.join("=").trim() || value!.trim();
      // Inline content lets a slotValue show the chosen variant in running text (required for alternatives).
      return { value: value!.trim(), label, content: [{ type: "text", text: label }] };
    });
  const parsedDefault = parseDefault(kind, fields.default);
  if (parsedDefault.error) errors.default = parsedDefault.error;
  const min = numberOrText(kind, fields.min);
  const max = numberOrText(kind, fields.max);
  const bounded = ["integer", "amount", "duration", "date"].includes(kind);
  const constraints = {
    ...(fields.required ? { required: true } : {}),
    ...(bounded && min !== null ? { min } : {}),
    ...(bounded && max !== null ? { max } : {}),
  };
  const attrs: SlotAttrs = {
    key: fields.key.trim(),
    kind,
    label: fields.label,
    guidance: fields.guidance,
    fixed: fields.fixed,
    default: parsedDefault.value,
    constraints: Object.keys(constraints).length ? constraints : null,
    options: withOptions ? options : null,
    source: kind === "automatic" ? fields.source || null : null,
  };
  return { attrs, errors };
}
