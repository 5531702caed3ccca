import { articleHeadings, isLocalChoice, type OrdinanceModel, type ResolvedOrdinance } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getChoices } from "../../db/queries/models";
import { listComments, listPhases, type CommentRow } from "../../db/queries/consultation";
import type { LocalChoice } from "../../templates/choices";
import type { Advice, PhaseSummary } from "../../templates/consultation";
import { unanswered, type NotaSection } from "../../templates/nota";
import { deviates } from "../choices/assess.server";
import { valueText } from "../choices/values.server";
import { ROLE_LABELS } from "../labels";

// Plain data for the Word builders, read from the database: a municipality's local choices against the regional
// default, what the consultation brought, and the comments of a phase per article.

export function localChoices(db: Db, modelId: number, municipalityId: number, model: OrdinanceModel, resolved: ResolvedOrdinance): LocalChoice[] {
  const own = getChoices(db, modelId, municipalityId);
  return [...model.slots.values()].filter(isLocalChoice).map((def) => ({
    label: def.label,
    value: valueText(def, resolved.values.get(def.key) ?? null),
    regional: def.default === null ? "geen" : valueText(def, def.default),
    deviates: def.key in own && deviates(def, own[def.key]),
  }));
}

/** What was done with a comment as far as the public may know: only published answers count. */
const outcome = (c: CommentRow) => (c.publishedAt && c.disposition ? c.disposition : unanswered);

/** Advice comes from the province and the tenant organisations, whatever phase they wrote in. */
const ADVISER_ROLES = new Set(["provincie", "huurders"]);

/** The comments of some phases, without the replies: only a comment has a disposition and counts in the documents. */
const commentsOf = (db: Db, phaseIds: readonly number[]) => listComments(db, phaseIds).filter((c) => c.parentId === null);

export function consultation(db: Db, modelId: number): { phases: PhaseSummary[]; advice: Advice[] } {
  const phaseRows = listPhases(db, modelId);
  const all = commentsOf(db, phaseRows.map((p) => p.id));
  // Per phase in the order of the phases, oldest comment first within one: the order of the advice as well.
  const perPhase = phaseRows.map((phase) => ({ phase, comments: all.filter((c) => c.phaseId === phase.id) }));
  const phases = perPhase
    .map(({ phase, comments }) => {
      const groups = new Map<string, { count: number; dispositions: Record<string, number> }>();
      for (const c of comments) {
        const group = groups.get(ROLE_LABELS[c.authorRole]) ?? { count: 0, dispositions: {} };
        group.count++;
        group.dispositions[outcome(c)] = (group.dispositions[outcome(c)] ?? 0) + 1;
        groups.set(ROLE_LABELS[c.authorRole], group);
      }
      return { name: phase.name, groups: [...groups].map(([organisationType, g]) => ({ organisationType, ...g })) };
    })
    .filter((p) => p.groups.length > 0);
  const advice = perPhase.flatMap(({ comments }) => comments.filter((c) => ADVISER_ROLES.has(c.authorRole)).map((c) => ({ from: c.onBehalfOf, summary: c.body })));
  return { phases, advice };
}

/** The comments of one phase (of the model; the caller checks that) per article of the text they were made on, in the order of the articles. */
export function notaSections(db: Db, phaseId: number, text: OrdinanceModel): NotaSection[] {
  const headings = articleHeadings(text.doc);
  const order = [...headings.keys()];
  const articleOf = (anchor: string | null) => text.numbering.get(anchor ?? "")?.path.find((id) => text.numbering.get(id)?.kind === "article") ?? null;
  const sections = new Map<string | null, NotaSection["comments"][number][]>();
  for (const c of commentsOf(db, [phaseId])) {
    const article = articleOf(c.anchorNodeId);
    const list = sections.get(article) ?? [];
    list.push({
      organisation: c.onBehalfOf,
      organisationType: ROLE_LABELS[c.authorRole],
      type: c.type,
      body: c.body,
      disposition: outcome(c),
      answer: c.publishedAt ? (c.answer ?? "") : "",
    });
    sections.set(article, list);
  }
  return [...sections]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : order.indexOf(a) - order.indexOf(b)))
    .map(([article, comments]) => ({ heading: article ? `${text.numbering.get(article)!.label} ${headings.get(article)}` : "Algemeen", comments }));
}
