import type { Db } from "../../db/client";
import { getVersion, type CommentRow, type PhaseRow } from "../../db/queries/consultation";
import type { Account } from "../../db/queries/users";
import { provisions, wordDiff, type Provision } from "../../ordinance-model/index";
import { ROLE_LABELS } from "../labels";
import { formatMoment } from "./labels";
import { versionModel } from "./versions.server";
import type { AnswerView, CommentView, ThreadView } from "./views";

// What a reader may see of the comments of one or more phases, shaped for the page. Two rules live here: with
// "own" visibility a commenter sees only their own threads, and answers are shown only once published (the
// redactie and werkgroep, who write them, also see drafts).

/** The provision a comment is anchored to, looked up in the version the comment was made on. */
export type Anchors = (versionId: number | null, nodeId: string | null) => Provision | undefined;

/** Anchors of the versions of one model; each version's provisions are computed once per call site. */
export function anchorsOf(db: Db, modelId: number): Anchors {
  const byVersion = new Map<number, ReadonlyMap<string, Provision>>();
  return (versionId, nodeId) => {
    if (versionId === null || nodeId === null) return undefined;
    let index = byVersion.get(versionId);
    if (!index) {
      const version = getVersion(db, modelId, versionId);
      byVersion.set(versionId, (index = new Map(version ? provisions(versionModel(version)).map((p) => [p.id, p]) : [])));
    }
    return index.get(nodeId);
  };
}

export interface Reader {
  user: Account;
  /** May give dispositions: sees every thread and the draft answers. */
  canDispose: boolean;
}

export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Whether everyone who may read the phase may read each of its comments. Pages and documents share this rule: a
 * document is read by whoever it is sent to, so it quotes only comments that pass it, and gives counts otherwise.
 */
export const commentsPublic = (phase: Pick<PhaseRow, "commentsVisibleToAll">): boolean => phase.commentsVisibleToAll;

export function canSeeThread(reader: Reader, phase: PhaseRow, authorId: number): boolean {
  return reader.canDispose || commentsPublic(phase) || authorId === reader.user.id;
}

const placeOf = (p: Provision | undefined) => (p ? `${p.place} (${p.heading})` : null);

function view(row: CommentRow, anchors: Anchors, reader: Reader): CommentView {
  const provision = anchors(row.versionId, row.anchorNodeId);
  return {
    id: row.id,
    phaseId: row.phaseId,
    type: row.type,
    paragraphs: paragraphsOf(row.body),
    quote: row.quote,
    anchor: row.anchorNodeId,
    proposal: row.proposal === null ? null : wordDiff(provision?.text ?? "", row.proposal),
    place: placeOf(provision),
    article: placeOf(provision && anchors(row.versionId, provision.articleId)),
    authorName: row.authorName,
    onBehalfOf: row.onBehalfOf,
    roleLabel: ROLE_LABELS[row.authorRole],
    role: row.authorRole,
    municipalityName: row.municipalityName,
    createdAt: formatMoment(row.createdAt),
    own: row.authorId === reader.user.id,
  };
}

function answerOf(row: CommentRow, reader: Reader, versionNames: ReadonlyMap<number, string>): AnswerView | null {
  if (row.disposition === null || (row.publishedAt === null && !reader.canDispose)) return null;
  const changed = row.changedInVersionId;
  return {
    disposition: row.disposition,
    answeredBy: row.answeredByName,
    answeredAt: formatMoment(row.publishedAt ?? row.answeredAt!),
    answer: paragraphsOf(row.answer ?? ""),
    changedInVersion: changed === null ? null : { id: changed, name: versionNames.get(changed) ?? `versie ${changed}` },
    published: row.publishedAt !== null,
  };
}

/** The threads the reader may see, oldest first, each with its replies and (where allowed) its answer. */
export function visibleThreads(
  rows: readonly CommentRow[],
  phases: readonly PhaseRow[],
  anchors: Anchors,
  reader: Reader,
  versionNames: ReadonlyMap<number, string>,
): ThreadView[] {
  const phaseById = new Map(phases.map((p) => [p.id, p]));
  const threads = new Map<number, ThreadView>();
  for (const row of rows) {
    const phase = phaseById.get(row.phaseId);
    if (!phase) continue;
    if (row.parentId === null) {
      if (canSeeThread(reader, phase, row.authorId)) threads.set(row.id, { ...view(row, anchors, reader), answer: answerOf(row, reader, versionNames), replies: [] });
    } else threads.get(row.parentId)?.replies.push(view(row, anchors, reader));
  }
  return [...threads.values()];
}
