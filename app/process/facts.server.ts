import type { Db } from "../../db/client";
import type { ModelRow } from "../../db/queries/models";
import { decisionData, decisionProcess } from "../../db/queries/decisions";
import { latestAdoptions } from "../../db/queries/adoptions";
import { listMunicipalities, type Municipality } from "../../db/queries/regions";
import type { OrdinanceModel } from "../../ordinance-model/index";
import { buildMatrix } from "../choices/matrix.server";
import { decisionLabel, type DecisionKey } from "../decisions/fields";

// What the process page and the start page know of each municipality's way to a council decision: its choices (the
// matrix), gereed against which definitive version, the advice requests and the council meeting (issue 10's data).

export interface AdviceRequest {
  /** "provincie", "huurdersorganisaties" */
  to: string;
  sentOn: string | null;
  receivedOn: string | null;
}

export interface DecisionFacts {
  /** The definitive version the municipality is gereed against, by name. */
  pinnedVersion: string | null;
  advice: AdviceRequest[];
  councilMeeting: string | null;
  /** The council's adoption, once recorded (issue 15). */
  adoption: { councilDate: string; decisionNumber: string } | null;
}

export function decisionFacts(db: Db, row: ModelRow, municipalityId: number): DecisionFacts {
  const facts = decisionProcess(db, row.id, municipalityId);
  return {
    pinnedVersion: facts.pinnedVersion?.name ?? null,
    advice: [
      { to: "provincie", ...facts.adviceProvince },
      { to: "huurdersorganisaties", ...facts.adviceTenants },
    ],
    councilMeeting: facts.councilMeetingDate,
    adoption: latestAdoptions(db, row.id).get(municipalityId) ?? null,
  };
}

/** What the besluitvorming page should still record before the council meets, by its label. */
const NEEDED: readonly DecisionKey[] = ["councilDate", "adviceProvinceSentOn", "adviceTenantsSentOn"];

export function decisionDataMissing(db: Db, row: ModelRow, municipality: Municipality): string[] {
  const data = decisionData(db, row.id, municipality.id);
  return NEEDED.filter((key) => typeof data[key] !== "string" || data[key] === "").map((key) => decisionLabel(key).toLowerCase());
}

export interface MunicipalityProgress extends DecisionFacts {
  slug: string;
  name: string;
  made: number;
  total: number;
  gereed: boolean;
}

export async function municipalityProgress(db: Db, row: ModelRow, model: OrdinanceModel): Promise<MunicipalityProgress[]> {
  const matrix = await buildMatrix(db, row, model);
  const ids = new Map(listMunicipalities(db, row.regionId).map((m) => [m.slug, m.id]));
  return matrix.columns.map((c) => ({
    slug: c.slug,
    name: c.name,
    made: c.made,
    total: matrix.total,
    // An adopted municipality stays pinned: it is gereed and vastgesteld.
    gereed: c.status !== "concept",
    ...decisionFacts(db, row, ids.get(c.slug)!),
  }));
}
