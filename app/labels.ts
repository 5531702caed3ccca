import type { Role } from "../db/schema";

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
