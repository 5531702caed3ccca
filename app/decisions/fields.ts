// The decision data of a municipality: the facts the council documents and letters need. One list of fields serves
// the besluitvorming page, `modelwerk besluitvorming set|show` and the documents' list of what is missing, so the
// three name and check every field the same way.

export type FieldKind = "text" | "date" | "email" | "phone" | "longText" | "organisations";

export interface DecisionField {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly description?: string;
  readonly group: string;
}

export const DECISION_FIELDS = [
  { key: "proposalNumber", label: "Registratienummer van het voorstel", kind: "text", group: "Voorstel en vergadering" },
  { key: "collegeDate", label: "Datum van het collegebesluit", kind: "date", group: "Voorstel en vergadering" },
  { key: "councilDate", label: "Datum van de raadsvergadering", kind: "date", group: "Voorstel en vergadering" },
  { key: "portfolioHolder", label: "Portefeuillehouder", kind: "text", group: "Voorstel en vergadering" },
  { key: "entryIntoForce", label: "Beoogde datum van inwerkingtreding", kind: "date", group: "Voorstel en vergadering", description: "Alleen als de verordening die datum niet zelf als keuze heeft." },
  { key: "mayor", label: "Burgemeester (voorzitter van de raad)", kind: "text", group: "Ondertekening" },
  { key: "clerk", label: "Griffier", kind: "text", group: "Ondertekening" },
  { key: "secretary", label: "Gemeentesecretaris", kind: "text", group: "Ondertekening" },
  { key: "contactName", label: "Contactpersoon voor de brieven", kind: "text", group: "Brieven" },
  { key: "contactEmail", label: "E-mailadres van de contactpersoon", kind: "email", group: "Brieven" },
  { key: "contactPhone", label: "Telefoonnummer van de contactpersoon", kind: "phone", group: "Brieven" },
  { key: "provinceReference", label: "Kenmerk van de adviesaanvraag aan de provincie", kind: "text", group: "Brieven" },
  { key: "tenantsReference", label: "Kenmerk van de adviesaanvraag aan de huurdersorganisaties", kind: "text", group: "Brieven" },
  {
    key: "tenantOrganisations",
    label: "Huurdersorganisaties",
    kind: "organisations",
    group: "Brieven",
    description: "Eén organisatie per regel: naam; straat en huisnummer; postcode en plaats. Bijvoorbeeld: Huurdersvereniging Almelo; Grotestraat 1; 7607 CA Almelo",
  },
  { key: "adviceProvinceSentOn", label: "Adviesaanvraag provincie verzonden op", kind: "date", group: "Adviezen" },
  { key: "adviceProvinceReceivedOn", label: "Advies provincie ontvangen op", kind: "date", group: "Adviezen" },
  { key: "adviceProvinceText", label: "Advies van de provincie", kind: "longText", group: "Adviezen", description: "De tekst van het advies, of de kern ervan." },
  { key: "adviceProvinceResponse", label: "Wat met het advies van de provincie is gedaan", kind: "longText", group: "Adviezen" },
  { key: "adviceTenantsSentOn", label: "Adviesaanvraag huurdersorganisaties verzonden op", kind: "date", group: "Adviezen" },
  { key: "adviceTenantsReceivedOn", label: "Advies huurdersorganisaties ontvangen op", kind: "date", group: "Adviezen" },
  { key: "adviceTenantsText", label: "Advies van de huurdersorganisaties", kind: "longText", group: "Adviezen" },
  { key: "adviceTenantsResponse", label: "Wat met het advies van de huurdersorganisaties is gedaan", kind: "longText", group: "Adviezen" },
] as const satisfies readonly DecisionField[];

export type DecisionKey = (typeof DECISION_FIELDS)[number]["key"];
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
