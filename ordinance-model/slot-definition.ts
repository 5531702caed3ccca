import { z } from "zod";

// What a variant slot is (docs/ordinance-document.md, "Slot definitions"), and the zod schema
// that refuses a definition the rest of the code could not handle.

export const slotKinds = ["text", "integer", "amount", "duration", "date", "automatic", "alternatives", "optional", "multiselect"] as const;
export type SlotKind = (typeof slotKinds)[number];

export const automaticSources = ["municipalityName", "councilName", "executiveName"] as const;
export type AutomaticSource = (typeof automaticSources)[number];

export const durationUnits = ["months", "years"] as const;
export type DurationUnit = (typeof durationUnits)[number];
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** A value typed per kind: text/automatic/alternatives string, integer/amount number, optional boolean, … */
export type SlotValue = string | number | boolean | Duration | readonly string[];

/** Inline ProseMirror JSON, as stored in an option's `content`. */
export type InlineJSON = { readonly type: string; readonly [key: string]: unknown };

export interface SlotOption {
  readonly value: string;
  readonly label: string;
  readonly content?: readonly InlineJSON[];
}

export interface SlotConstraints {
  readonly required?: boolean;
  /** number for integer/amount, months for duration, ISO date for date */
  readonly min?: number | string;
  readonly max?: number | string;
}

export interface SlotDefinition {
  readonly key: string;
  readonly kind: SlotKind;
  readonly label: string;
  readonly guidance: string;
  readonly fixed: boolean;
  readonly default: SlotValue | null;
  readonly constraints: SlotConstraints;
  readonly options: readonly SlotOption[];
  readonly source: AutomaticSource | null;
}

/** Kinds that may only stand inside an option's content (no nested choices). */
export const scalarKinds: ReadonlySet<SlotKind> = new Set(["text", "integer", "amount", "duration", "date", "automatic"]);

export const slotKeyPattern = /^[a-z][a-zA-Z0-9]*$/;
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z.string().refine(isValidIsoDate, { message: "verwacht een datum als JJJJ-MM-DD" });
const required = z.boolean().optional();
const noOptions = z.array(z.unknown()).max(0, { message: "alleen alternatives en multiselect hebben opties" }).nullable();
const noSource = z.null({ message: "alleen een automatic-keuzemogelijkheid heeft een source" });

function bounded<T extends z.ZodType<number | string>>(bound: T) {
  return z
    .object({ required, min: bound.optional(), max: bound.optional() })
    .strict()
    .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, { message: "min is groter dan max", path: ["min"] });
}

const common = {
  key: z.string().regex(slotKeyPattern, { message: "een sleutel begint met een kleine letter en bevat alleen letters en cijfers" }),
  label: z.string().trim().min(1, { message: "een label is verplicht" }),
  guidance: z.string(),
  fixed: z.boolean(),
};

const option = z
  .object({
    value: z.string().min(1, { message: "een optie heeft een waarde" }),
    label: z.string().trim().min(1, { message: "een optie heeft een label" }),
    content: z.array(z.object({ type: z.string() }).passthrough()).optional(),
  })
  .strict();

const options = z
  .array(option)
  .min(1, { message: "verwacht ten minste één optie" })
  .refine((list) => new Set(list.map((o) => o.value)).size === list.length, { message: "optiewaarden moeten uniek zijn" });

const simple = (kind: SlotKind, value: z.ZodType, constraints: z.ZodType) =>
  z
    .object({ ...common, kind: z.literal(kind), default: value.nullable(), constraints: constraints.nullable(), options: noOptions, source: noSource })
    .strict();

const durationValue = z
  .object({ amount: z.number().int().positive(), unit: z.enum(durationUnits) })
  .strict();

/** Zod schema for the attrs of one slotDefinition node (after ProseMirror attr defaults are filled in). */
export const slotDefinitionSchema = z.discriminatedUnion("kind", [
  simple("text", z.string().trim().min(1), z.object({ required }).strict()),
  simple("integer", z.number().int(), bounded(z.number().int())),
  simple("amount", z.number().nonnegative(), bounded(z.number().nonnegative())),
  simple("duration", durationValue, bounded(z.number().int().nonnegative())),
  simple("date", isoDate, bounded(isoDate)),
  z
    .object({
      ...common,
      kind: z.literal("automatic"),
      default: z.null({ message: "een automatic-keuzemogelijkheid heeft geen standaardwaarde" }),
      constraints: z.object({ required }).strict().nullable(),
      options: noOptions,
      source: z.enum(automaticSources),
    })
    .strict(),
  z
    .object({ ...common, kind: z.literal("alternatives"), default: z.string().nullable(), constraints: z.object({ required }).strict().nullable(), options, source: noSource })
    .strict(),
  simple("optional", z.boolean(), z.object({ required }).strict()),
  z
    .object({
      ...common,
      kind: z.literal("multiselect"),
      default: z.array(z.string()).nullable(),
      constraints: z.object({ required }).strict().nullable(),
      options,
      source: noSource,
    })
    .strict(),
]);

/** Brings parsed attrs into the normalised SlotDefinition shape (empty constraints/options instead of null). */
export function normaliseSlotDefinition(parsed: z.infer<typeof slotDefinitionSchema>): SlotDefinition {
  return Object.freeze({
    key: parsed.key,
    kind: parsed.kind,
    label: parsed.label,
    guidance: parsed.guidance,
    fixed: parsed.fixed,
    default: (parsed.default ?? null) as SlotValue | null,
    constraints: Object.freeze({ ...(parsed.constraints ?? {}) }) as SlotConstraints,
    options: Object.freeze(Array.isArray(parsed.options) ? (parsed.options as SlotOption[]) : []),
    source: parsed.kind === "automatic" ? parsed.source : null,
  });
}
