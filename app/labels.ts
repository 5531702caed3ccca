import type { SlotKind } from "../ordinance-model/index";
import type { MunicipalityStatus, Role } from "../db/schema";

/** Dutch names of the roles, as the UI shows them. */
export const ROLE_LABELS: Record<Role, string> = {
  redactie: "Redactie",
  werkgroep: "Werkgroep",
  gemeente: "Gemeente",
  raad: "Gemeenteraad",
  huurders: "Huurdersorganisatie",
  corporatie: "Woningcorporatie",
  provincie: "Provincie",
};

export const SLOT_KIND_LABELS: Record<SlotKind, string> = {
  text: "Tekst",
  integer: "Geheel getal",
  amount: "Bedrag in euro's",
  duration: "Duur",
  date: "Datum",
  automatic: "Automatisch ingevuld",
  alternatives: "Alternatieve formuleringen",
  optional: "Optionele bepaling",
  multiselect: "Keuzelijst",
};

/** The status pages show: the stored one, or vastgesteld once the council adopted the ordinance (issue 15). */
export type ShownStatus = MunicipalityStatus | "vastgesteld";

export const MUNICIPALITY_STATUS_LABELS: Record<ShownStatus, string> = {
  concept: "concept",
  gereed: "gereed voor besluitvorming",
  vastgesteld: "vastgesteld",
};

/** Who a person works for, said once: "gemeente Almelo" for municipal staff and council, else the organisation. */
export function organisationOf(user: { role: Role; organisation: string; municipalityName: string | null }): string {
  if (user.municipalityName && (user.role === "gemeente" || user.role === "raad")) {
    return user.role === "raad" ? `gemeenteraad ${user.municipalityName}` : `gemeente ${user.municipalityName}`;
  }
  return user.organisation || ROLE_LABELS[user.role];
}
