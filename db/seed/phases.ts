import type { Db } from "../client";
import { insertPhases, listPhases, type NewPhase } from "../queries/consultation";
import { models } from "../schema";

/** The process of seed 000, one phase per step; redactie sets dates, status and the version per phase. */
const PROCESS_PHASES: readonly NewPhase[] = [
  {
    name: "Bestaande regels in beeld",
    description: "RIGO brengt met de woningcorporaties de huidige voorrangsgroepen, hun voorwaarden en hun omvang in beeld (maart).",
    commentingRoles: [],
  },
  {
    name: "Informatiebijeenkomst raden",
    description: "De gemeenteraden worden geïnformeerd over het traject en het eindproduct, eenmaal fysiek en eenmaal digitaal (eind maart, april).",
    commentingRoles: [],
  },
  {
    name: "Verschillen overbruggen",
    description: "Werksessie met de werkgroep: welke verschillen overbrugbaar zijn en welke lokaal maatwerk worden (april).",
    commentingRoles: ["werkgroep"],
  },
  {
    name: "Opstellen concept",
    description: "RIGO schrijft het concept; werkgroepsessies per deel van de tekst, juridische toets, regionale ambtelijke en bestuurlijke bespreking (april, mei).",
    commentingRoles: ["werkgroep"],
  },
  {
    name: "Consultatie raden en huurdersorganisaties",
    description: "Raden en huurdersorganisaties horen de keuzes en geven wensen en bedenkingen mee; er is nog niets besloten (september).",
    commentingRoles: ["raad", "huurders"],
  },
  {
    name: "Verwerking",
    description: "De werkgroep besluit welke aanpassingen nodig zijn en voert ze door.",
    commentingRoles: ["werkgroep"],
  },
  {
    name: "Adviezen en ter inzage",
    description: "Colleges stemmen in; adviesaanvraag aan de provincie en aan de huurdersorganisaties, zo mogelijk gezamenlijk; eventueel ter inzage (vierde kwartaal).",
    commentingRoles: ["provincie", "huurders"],
  },
  {
    name: "Besluitvorming",
    description: "Elke gemeenteraad besluit over de eigen verordening op voorstel van het college.",
    commentingRoles: [],
  },
];

/** Gives every model without phases the process of seed 000; running it again changes nothing. */
export function seedPhases(db: Db): void {
  db.transaction(() => {
    for (const { id } of db.select({ id: models.id }).from(models).all()) {
      if (listPhases(db, id).length === 0) insertPhases(db, id, PROCESS_PHASES);
    }
  });
}
