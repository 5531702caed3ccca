import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { getVersion, insertVersion, type VersionRow } from "../../db/queries/consultation";
import type { ModelRow } from "../../db/queries/models";
import { proposalSectionTexts, REGIONAL, saveVersionSections } from "../../db/queries/decisions";
import type { Db } from "../../db/client";
import { diffVersions, parseModel, type OrdinanceModel, type VersionDiff } from "../../ordinance-model/index";
import { diffForPage } from "./diff-words";
import { notFound } from "../access.server";
import { currentModel } from "../models.server";

export const VersionInput = z.object({
  name: z.string().trim().min(1, "Geef de versie een naam, bijvoorbeeld “Consultatieversie september 2025”.").max(160, "Een naam is hoogstens 160 tekens."),
});

/** A live text with structure problems cannot be frozen: a version must be a finished ordinance. */
export class FreezeRefused extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Versie niet vastgezet: ${problems.join(" ")}`);
  }
}

/** Freezes the live co-edited text as it is now, with the regional section texts of the raadsvoorstel; never updated afterwards. */
export function freezeVersion(db: Db, row: ModelRow, name: string, userId: number): number {
  const model = currentModel(db, row);
  if (model.problems.length) throw new FreezeRefused(model.problems.map((p) => p.message));
  const document = model.doc.toJSON();
  return db.transaction(() => {
    const id = insertVersion(db, row.id, name, document, userId);
    saveVersionSections(db, id, proposalSectionTexts(db, row.id, REGIONAL));
    return id;
  });
}

const parsed = new Map<number, OrdinanceModel>();

/** A frozen version as a model; versions never change, so one parse per process is enough. */
export function versionModel(version: VersionRow): OrdinanceModel {
  let model = parsed.get(version.id);
  if (!model) parsed.set(version.id, (model = parseModel(version.document)));
  return model;
}

// Frozen versions never change and each is parsed once per process (above), so the redline between two of them, as a
// page sends it, is computed once per pair, not on every view (about a tenth of the choices page's cost before).
const diffs = new WeakMap<OrdinanceModel, WeakMap<OrdinanceModel, VersionDiff>>();

/** The redline between two frozen versions as a page sends it (diffForPage), once per pair. */
export function versionDiff(from: OrdinanceModel, to: OrdinanceModel): VersionDiff {
  let byTarget = diffs.get(from);
  if (!byTarget) diffs.set(from, (byTarget = new WeakMap()));
  let diff = byTarget.get(to);
  if (!diff) byTarget.set(to, (diff = diffForPage(diffVersions(from, to))));
  return diff;
}

/** The same by id, without reading the stored document again once it was parsed. */
export function versionModelById(db: Db, modelId: number, id: number): OrdinanceModel | undefined {
  const known = parsed.get(id);
  if (known) return known;
  const version = getVersion(db, modelId, id);
  return version && versionModel(version);
}

/** A version of this model by id (from a URL or form), or 404. */
export function requireVersion(context: AppLoadContext, row: ModelRow, id: unknown): VersionRow {
  const n = Number(id);
  const version = Number.isInteger(n) ? getVersion(context.db, row.id, n) : undefined;
  if (!version) throw notFound();
  return version;
}
