import type { Db } from "../db/client";
import { listVersions } from "../db/queries/consultation";
import type { ModelRow } from "../db/queries/models";
import { getVisit, saveVisit } from "../db/queries/visits";
import { diffVersions, parseModel, type OrdinanceModel, type VersionDiff } from "../ordinance-model/index";
import { articleChanged } from "./consultation/diff-words";
import { formatMoment } from "./consultation/labels";

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
  const document = model.doc.toJSON();
  const versions = listVersions(db, row.id);
  const newest = versions[0]?.id ?? null;
  const visit = getVisit(db, userId, row.id);
  const current = { lastDocument: document, lastVersionId: newest, lastAt: now };
  if (!visit) {
    saveVisit(db, { userId, modelId: row.id, seenDocument: document, seenVersionId: newest, seenAt: now, ...current });
    return null;
  }
  const newVisit = now.getTime() - visit.lastAt.getTime() > VISIT_GAP_MS;
  const baseline = newVisit
    ? { seenDocument: visit.lastDocument, seenVersionId: visit.lastVersionId, seenAt: visit.lastAt }
    : { seenDocument: visit.seenDocument, seenVersionId: visit.seenVersionId, seenAt: visit.seenAt };
  saveVisit(db, { userId, modelId: row.id, ...baseline, ...current });
  const newVersions = versions.filter((v) => baseline.seenVersionId === null || v.id > baseline.seenVersionId).map((v) => v.name);
  const since = formatMoment(baseline.seenAt);
  // The common case, nothing changed: no need to compare article by article.
  if (JSON.stringify(baseline.seenDocument) === JSON.stringify(document)) return { since, changed: [], newVersions, diff: { articles: [], slots: [] } };
  let before: OrdinanceModel;
  try {
    before = parseModel(baseline.seenDocument as object);
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
