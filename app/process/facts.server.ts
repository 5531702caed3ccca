import type { Db } from "../../db/client";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import type { OrdinanceModel } from "../../ordinance-model/index";
import { listMunicipalities } from "../../db/queries/regions";
import { buildMatrix } from "../choices/matrix.server";

// What the process page and the start page know of each municipality's way to a council decision. The decision
// facts (pin against a definitive version, advice requests, council meeting) come with issue 10's tables; until
// they are merged, `decisionFacts` answers "not recorded" for every municipality.

export interface DecisionFacts {
  /** The version the municipality marked gereed against, by name. */
  pinnedVersion: string | null;
  adviceRequestsSent: string | null;
  adviceRequestsReceived: string | null;
  councilMeeting: string | null;
}

const NOT_RECORDED: DecisionFacts = { pinnedVersion: null, adviceRequestsSent: null, adviceRequestsReceived: null, councilMeeting: null };

/** PLACEHOLDER(i10): reads the decision data per municipality once issue 10's tables are in this branch. */
export function decisionFacts(_db: Db, _row: ModelRow, _municipalityId: number): DecisionFacts {
  return NOT_RECORDED;
}

/** The facts a municipality still has to record for its decision (none while they cannot be recorded). */
export function decisionDataMissing(_db: Db, _row: ModelRow, _municipality: Municipality): string[] {
  return [];
}

export interface MunicipalityProgress extends DecisionFacts {
  slug: string;
  name: string;
  made: number;
  total: number;
  gereed: boolean;
}

export function municipalityProgress(db: Db, row: ModelRow, model: OrdinanceModel): MunicipalityProgress[] {
  const matrix = buildMatrix(db, row, model);
  const ids = new Map(listMunicipalities(db, row.regionId).map((m) => [m.slug, m.id]));
  return matrix.columns.map((c) => ({
    slug: c.slug,
    name: c.name,
    made: c.made,
    total: matrix.total,
    gereed: c.status === "gereed",
    ...decisionFacts(db, row, ids.get(c.slug)!),
  }));
}
