import type { Db } from "../db/client";
import { listVersions } from "../db/queries/consultation";
import type { ModelRow } from "../db/queries/models";
import { insertVisit, recordView, seenDocument, visitState } from "../db/queries/visits";
import { diffVersions, parseModel, type OrdinanceModel, type VersionDiff } from "../ordinance-model/index";
import { articleChanged } from "./consultation/diff-words";
import { formatMoment } from "./consultation/labels";

/** The JSON text of a model's document, made once per model state (the live model is cached per state). */
const jsonCache = new WeakMap<OrdinanceModel, string>();
function jsonOf(model: OrdinanceModel): string {
  let json = jsonCache.get(model);
  if (json === undefined) jsonCache.set(model, (json = JSON.stringify(model.doc.toJSON())));
  return json;
}

/** A page view this long after the previous one begins a new visit. */
const VISIT_GAP_MS = 60 * 60_000;

export interface SinceLastVisit {
  /** When the previous visit was, in words. */
  since: string;
  /** Articles changed since then (ids in the current text), in their order. */
  changed: { id: string; title: string }[];
  /** Versions frozen since then, newest first. */
  newVersions: string[];
  diff: VersionDiff;
}

/**
 * Records this view of the model page and returns what changed since the user's previous visit (null on a first
 * visit). Within one visit the comparison stays with the same baseline, so a reload keeps the marks.
 */
export function sinceLastVisit(db: Db, userId: number, row: ModelRow, model: OrdinanceModel, now = new Date()): SinceLastVisit | null {
  const documentJson = jsonOf(model);
  const versions = listVersions(db, row.id);
  const view = { documentJson, versionId: versions[0]?.id ?? null, at: now };
  const visit = visitState(db, userId, row.id, documentJson);
  if (!visit) {
    insertVisit(db, userId, row.id, view);
    return null;
  }
  const newVisit = now.getTime() - visit.lastAt.getTime() > VISIT_GAP_MS;
  const baseline = newVisit ? { versionId: visit.lastVersionId, at: visit.lastAt, same: visit.lastSame } : { versionId: visit.seenVersionId, at: visit.seenAt, same: visit.seenSame };
  recordView(db, userId, row.id, view, { newVisit, documentChanged: !visit.lastSame });
  const newVersions = versions.filter((v) => baseline.versionId === null || v.id > baseline.versionId).map((v) => v.name);
  const since = formatMoment(baseline.at);
  // The common case, nothing changed: no need to compare article by article.
  if (baseline.same) return { since, changed: [], newVersions, diff: { articles: [], slots: [] } };
  let before: OrdinanceModel;
  try {
    before = parseModel(seenDocument(db, userId, row.id) as object);
  } catch {
    return null; // A baseline from an older document format: nothing sensible to compare with.
  }
  const diff = diffVersions(before, model);
  return {
    since,
    changed: diff.articles.filter((a) => articleChanged(a) && a.after !== null).map((a) => ({ id: a.id, title: `${a.after} (${a.heading})` })),
    newVersions,
    diff,
  };
}
