import { type OrdinanceModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getStatus } from "../../db/queries/choices";
import { latestDefinitiveVersion, pinnedVersion, proposalSectionTexts, REGIONAL, versionSections, type VersionRef } from "../../db/queries/decisions";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { versionModelById } from "../consultation/versions.server";
import { dutchDate } from "../../templates/parts";

// Which text a document is built from. A municipality that is gereed: the definitive version it is pinned to. One that
// is not: the latest definitive version with its current choices, marked concept. Before any version is definitive:
// the live draft, marked werkversie. The regional section texts of the raadsvoorstel come with the version.

export type BasisMark = "definitief" | "concept" | "werkversie";

export interface Basis {
  readonly mark: BasisMark;
  readonly text: OrdinanceModel;
  readonly version: VersionRef | null;
  /** The regional default texts of the raadsvoorstel's sections, as this text holds them. */
  readonly sections: Readonly<Record<string, string>>;
  /** "Modelversie 3, vastgezet op 12 november 2026", or what the text is when it is no version. */
  readonly label: string;
}

/** The words every page and document carries for a text that is not the one to decide on. */
export const MARK_WORDS: Record<BasisMark, string | null> = {
  definitief: null,
  concept: "Concept",
  werkversie: "Werkversie – niet voor besluitvorming",
};

export const versionLabel = (v: VersionRef): string => `Modelversie ${v.number}, vastgezet op ${dutchDate(v.frozenAt.toISOString())}`;

function ofVersion(db: Db, row: ModelRow, version: VersionRef, mark: BasisMark): Basis {
  return { mark, text: versionModelById(db, row.id, version.id)!, version, sections: versionSections(db, version.id), label: versionLabel(version) };
}

/**
 * The text of a municipality's documents, or (without a municipality) of the joint and regional ones. The live text (or
 * how to read it) is used only for a werkversie.
 */
export function documentBasis(db: Db, row: ModelRow, live: OrdinanceModel | (() => OrdinanceModel), municipality?: Municipality): Basis {
  if (municipality && getStatus(db, row.id, municipality.id)?.status === "gereed") {
    const pin = pinnedVersion(db, row.id, municipality.id);
    if (pin) return ofVersion(db, row, pin.version, "definitief");
  }
  const latest = latestDefinitiveVersion(db, row.id);
  if (latest) return ofVersion(db, row, latest, municipality ? "concept" : "definitief");
  return { mark: "werkversie", text: typeof live === "function" ? live() : live, version: null, sections: proposalSectionTexts(db, row.id, REGIONAL), label: "Werkversie (de actuele tekst, nog niet vastgezet)" };
}
