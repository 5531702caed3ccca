// The decision data of a municipality: the facts the council documents and letters need. One list of fields serves
// the besluitvorming page, `modelwerk besluitvorming set|show` and the documents' list of what is missing, so the
// three name and check every field the same way.

export type FieldKind = "text" | "date" | "email" | "phone" | "longText" | "organisations";

export interface DecisionField {
  readonly key: DecisionKey;
  readonly label: string;
  readonly kind: FieldKind;
  readonly description?: string;
  readonly group: string;
}

type Row = readonly [key: string, kind: FieldKind, label: string, description?: string];

/** Every field, per group in the order of the page: key, kind, label and, where it helps, a description. */
const TABLE = {
  "Voorstel en vergadering": [
    ["proposalNumber", "text", "Registratienummer van het voorstel"],
    ["collegeDate", "date", "Datum van het collegebesluit"],
    ["councilDate", "date", "Datum van de raadsvergadering"],
    ["portfolioHolder", "text", "Portefeuillehouder"],
    ["entryIntoForce", "date", "Beoogde datum van inwerkingtreding", "Alleen als de verordening die datum niet zelf als keuze heeft."],
  ],
  Ondertekening: [
    ["mayor", "text", "Burgemeester (voorzitter van de raad)"],
    ["clerk", "text", "Griffier"],
    ["secretary", "text", "Gemeentesecretaris"],
  ],
  Brieven: [
    ["contactName", "text", "Contactpersoon voor de brieven"],
    ["contactEmail", "email", "E-mailadres van de contactpersoon"],
    ["contactPhone", "phone", "Telefoonnummer van de contactpersoon"],
    ["provinceReference", "text", "Kenmerk van de adviesaanvraag aan de provincie"],
    ["tenantsReference", "text", "Kenmerk van de adviesaanvraag aan de huurdersorganisaties"],
    [
      "tenantOrganisations",
      "organisations",
      "Huurdersorganisaties",
      "Eén organisatie per regel: naam; straat en huisnummer; postcode en plaats. Bijvoorbeeld: Huurdersvereniging Almelo; Grotestraat 1; 7607 CA Almelo",
    ],
  ],
  Adviezen: [
    ["adviceProvinceSentOn", "date", "Adviesaanvraag provincie verzonden op"],
    ["adviceProvinceReceivedOn", "date", "Advies provincie ontvangen op"],
    ["adviceProvinceText", "longText", "Advies van de provincie", "De tekst van het advies, of de kern ervan."],
    ["adviceProvinceResponse", "longText", "Wat met het advies van de provincie is gedaan"],
    ["adviceTenantsSentOn", "date", "Adviesaanvraag huurdersorganisaties verzonden op"],
    ["adviceTenantsReceivedOn", "date", "Advies huurdersorganisaties ontvangen op"],
    ["adviceTenantsText", "longText", "Advies van de huurdersorganisaties"],
    ["adviceTenantsResponse", "longText", "Wat met het advies van de huurdersorganisaties is gedaan"],
  ],
} as const satisfies Record<string, readonly Row[]>;

export type DecisionKey = (typeof TABLE)[keyof typeof TABLE][number][0];

export const DECISION_FIELDS: readonly DecisionField[] = Object.entries(TABLE).flatMap(([group, rows]) =>
  (rows as readonly Row[]).map(([key, kind, label, description]) => ({ key: key as DecisionKey, kind, label, group, ...(description ? { description } : {}) })),
);

/** Stored values, as typed (trimmed); a field left empty is absent. */
export type DecisionValues = Partial<Record<DecisionKey, string>>;

const FIELD = new Map<string, DecisionField>(DECISION_FIELDS.map((f) => [f.key, f]));
export const isDecisionKey = (key: string): key is DecisionKey => FIELD.has(key);
export const decisionLabel = (key: DecisionKey): string => FIELD.get(key)!.label;

const MAX = { text: 200, date: 10, email: 200, phone: 40, longText: 8000, organisations: 4000 } as const;

export interface TenantOrganisation {
  readonly name: string;
  readonly address: readonly string[];
}

/** "Naam; straat; postcode plaats" per line. */
export function tenantOrganisations(value: string | undefined): TenantOrganisation[] {
  return (value ?? "")
    .split("\n")
    .map((line) => line.split(";").map((part) => part.trim()).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...address]) => ({ name: name!, address }));
}

export const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

function fieldProblem(field: DecisionField, value: string): string | null {
  if (value.length > MAX[field.kind]) return `Dit is te lang: hoogstens ${MAX[field.kind]} tekens.`;
  switch (field.kind) {
    case "date":
      return isDate(value) ? null : "Geef een datum als jjjj-mm-dd, bijvoorbeeld 2027-01-28.";
    case "email":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : "Geef een e-mailadres, bijvoorbeeld naam@almelo.nl.";
    case "phone":
      return /^\+?[0-9][0-9 ()-]{5,}$/.test(value) ? null : "Geef een telefoonnummer met alleen cijfers, spaties, haakjes of streepjes, bijvoorbeeld 0546 541 111.";
    case "organisations":
      return tenantOrganisations(value).every((o) => o.address.length >= 1)
        ? null
        : "Geef bij elke organisatie ook het adres, gescheiden door puntkomma's: naam; straat en huisnummer; postcode en plaats.";
    default:
      return null;
  }
}

/** Pairs of dates that must be in order: [earlier, later, message]. */
const ORDER: readonly [DecisionKey, DecisionKey, string][] = [
  ["collegeDate", "councilDate", "De raadsvergadering kan niet vóór het collegebesluit liggen."],
  ["adviceProvinceSentOn", "adviceProvinceReceivedOn", "Het advies kan niet eerder zijn ontvangen dan de aanvraag is verzonden."],
  ["adviceTenantsSentOn", "adviceTenantsReceivedOn", "Het advies kan niet eerder zijn ontvangen dan de aanvraag is verzonden."],
];

export type DecisionCheck = { ok: true; values: DecisionValues } | { ok: false; errors: Partial<Record<string, string>> };

/** Checks the whole set of decision data (as typed, keyed by field); returns the values to store or a Dutch message per field. */
export function checkDecisionData(input: Record<string, string>): DecisionCheck {
  const errors: Record<string, string> = {};
  const values: DecisionValues = {};
  for (const [key, raw] of Object.entries(input)) {
    const field = FIELD.get(key);
    if (!field) {
      errors[key] = `"${key}" is geen gegeven voor de besluitvorming.`;
      continue;
    }
    const value = raw.replace(/\r\n/g, "\n").trim();
    if (!value) continue;
    const problem = fieldProblem(field, value);
    if (problem) errors[key] = problem;
    else values[key as DecisionKey] = value;
  }
  for (const [earlier, later, message] of ORDER) {
    const [a, b] = [values[earlier], values[later]];
    if (a && b && b < a && !errors[later]) errors[later] = message;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}

/** Stored data read back: only known keys with string values (the store only ever holds checked values). */
export function storedValues(data: Record<string, unknown>): DecisionValues {
  return Object.fromEntries(Object.entries(data).filter(([k, v]) => isDecisionKey(k) && typeof v === "string")) as DecisionValues;
}
