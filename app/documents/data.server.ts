import { formatSlotValue, isLocalChoice, provisions, wordDiff, type OrdinanceModel, type Provision, type ResolvedOrdinance } from "../../ordinance-model/index";
import { deviates } from "../../ordinance-model/deviation";
import type { Db } from "../../db/client";
import { getChoices } from "../../db/queries/models";
import { getVersion, listComments, listPhases, type CommentRow, type PhaseRow } from "../../db/queries/consultation";
import { motivations, proposalSectionTexts, versionNumber } from "../../db/queries/decisions";
import type { Municipality } from "../../db/queries/regions";
import { DISPOSITIONS } from "../../db/schema";
import { PROPOSAL_SECTIONS } from "../../db/seed/proposal-sections";
import type { LocalChoice } from "../../templates/choices";
import type { Advice, PhaseSummary, ReportedComment } from "../../templates/consultation";
import type { AdviceLetterInfo } from "../../db/queries/advice-letters";
import type { ProposalSection } from "../../templates/raadsvoorstel";
import { unanswered, type NotaData, type NotaEntry } from "../../templates/nota";
import { valueText } from "../choices/values.server";
import { commentsPublic } from "../consultation/threads.server";
import { versionModel } from "../consultation/versions.server";
import type { DecisionValues } from "../decisions/fields";
import { ROLE_LABELS } from "../labels";
import type { Basis } from "./basis.server";

// Plain data for the Word builders, read from the database: a municipality's local choices against the regional
// default, what the consultation brought, the section texts of the raadsvoorstel, and the comments of a phase.
// A document is read by everyone it is sent to, so it quotes only comments of phases whose comments all may see
// (commentsPublic, the rule the pages use); of other phases it gives counts per type of organisation and the answers.

export function localChoices(db: Db, modelId: number, municipalityId: number, text: OrdinanceModel, resolved: ResolvedOrdinance): LocalChoice[] {
  const own = getChoices(db, modelId, municipalityId);
  const why = motivations(db, modelId, municipalityId);
  return [...text.slots.values()].filter(isLocalChoice).map((def) => {
    const deviation = def.key in own && deviates(def, own[def.key]);
    return {
      label: def.label,
      value: valueText(def, resolved.values.get(def.key) ?? null),
      regional: def.default === null ? "geen" : valueText(def, def.default),
      deviates: deviation,
      motivation: deviation ? (why[def.key] ?? "") : "",
    };
  });
}

/** What was done with a comment as far as the public may know: only published answers count. */
const outcome = (c: CommentRow) => (c.publishedAt && c.disposition && c.disposition !== "open" ? c.disposition : unanswered);
const answerOf = (c: CommentRow) => (c.publishedAt ? (c.answer ?? "") : "");

/** The dispositions in the order of the workflow, "nog niet beantwoord" last. */
export const DISPOSITION_ORDER: readonly string[] = [...DISPOSITIONS.filter((d) => d !== "open"), unanswered];
const byWorkflow = (a: string, b: string) => DISPOSITION_ORDER.indexOf(a) - DISPOSITION_ORDER.indexOf(b);

/** The comments of some phases, without the replies: only a comment has a disposition and counts in the documents. */
const commentsOf = (db: Db, phaseIds: readonly number[]) => listComments(db, phaseIds).filter((c) => c.parentId === null);

function reported(c: CommentRow, open: boolean): ReportedComment {
  return {
    organisationType: ROLE_LABELS[c.authorRole],
    ...(open ? { from: c.onBehalfOf, body: c.body } : {}),
    disposition: outcome(c),
    answer: answerOf(c),
  };
}

export function consultation(db: Db, modelId: number): { phases: PhaseSummary[] } {
  const phaseRows = listPhases(db, modelId);
  const all = commentsOf(db, phaseRows.map((p) => p.id));
  const phases = phaseRows
    .map((phase): PhaseSummary => {
      const comments = all.filter((c) => c.phaseId === phase.id);
      const groups = new Map<string, { count: number; dispositions: Record<string, number> }>();
      for (const c of comments) {
        const group = groups.get(ROLE_LABELS[c.authorRole]) ?? { count: 0, dispositions: {} };
        group.count++;
        group.dispositions[outcome(c)] = (group.dispositions[outcome(c)] ?? 0) + 1;
        groups.set(ROLE_LABELS[c.authorRole], group);
      }
      const open = commentsPublic(phase);
      return {
        name: phase.name,
        public: open,
        groups: [...groups].map(([organisationType, g]) => ({
          organisationType,
          count: g.count,
          dispositions: Object.fromEntries(Object.entries(g.dispositions).sort(([a], [b]) => byWorkflow(a, b))),
        })),
        // Of a phase whose comments only their authors see, the answers are given, not the comments they answer.
        comments: comments.filter((c) => open || c.publishedAt).map((c) => reported(c, open)),
      };
    })
    .filter((p) => p.groups.length > 0);
  return { phases };
}

/** The advice received, from the decision data and the letters, with what was done with it. */
export function adviceReceived(data: DecisionValues, province: string, letters: readonly AdviceLetterInfo[]): Advice[] {
  const provinceName = `Gedeputeerde Staten van ${province}`;
  const lettersOf = (adviser: AdviceLetterInfo["adviser"]) =>
    letters.filter((l) => l.adviser === adviser).map((l) => ({ from: adviser === "provincie" ? provinceName : l.organisation, fileName: l.fileName }));
  const received = [
    { from: provinceName, receivedOn: data.adviceProvinceReceivedOn, text: data.adviceProvinceText, letters: lettersOf("provincie"), response: data.adviceProvinceResponse },
    { from: "De huurdersorganisaties", receivedOn: data.adviceTenantsReceivedOn, text: data.adviceTenantsText, letters: lettersOf("huurders"), response: data.adviceTenantsResponse },
  ];
  return received.filter((a) => a.text || a.letters.length).map((a) => ({ ...a, receivedOn: a.receivedOn ?? null, text: a.text ?? "", response: a.response ?? "" }));
}

const valueOf = (resolved: ResolvedOrdinance, key: string) => resolved.values.get(key) ?? null;

/**
 * The numbered decisions of the raadsvoorstel, from the choices: the ordinance is adopted; where the municipality charges
 * fees, its legesverordening is changed; where it has an old regulation, that one is withdrawn.
 */
export function beslispunten(resolved: ResolvedOrdinance, text: OrdinanceModel): string[] {
  const title = resolved.doc.firstChild!.textContent;
  const points = [`de ${title} vast te stellen`];
  const fee = valueOf(resolved, "applicationFee");
  const feeDef = text.slots.get("applicationFee");
  if (valueOf(resolved, "applicationFeeCharged") === true && fee !== null && feeDef)
    points.push(`de tarieventabel bij de Legesverordening ${resolved.municipality.name} aan te vullen met de leges voor een aanvraag om een urgentieverklaring van ${formatSlotValue(feeDef, fee)}`);
  const previous = valueOf(resolved, "previousRegulationTitle");
  if (valueOf(resolved, "repealPrevious") === true && typeof previous === "string" && previous) points.push(`de ${previous} in te trekken`);
  return points.map((p, i) => `${p}${i === points.length - 1 ? "." : ";"}`);
}

const fill = (text: string, m: Municipality, region: string) => text.replaceAll("{gemeente}", m.name).replaceAll("{regio}", region);
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/** Each section of the raadsvoorstel: the municipality's adaptation where it made one, else the regional text the version holds. */
export function proposalSections(db: Db, modelId: number, m: Municipality, region: string, basis: Basis): ProposalSection[] {
  const own = proposalSectionTexts(db, modelId, m.id);
  return PROPOSAL_SECTIONS.map((s) => {
    const adapted = Boolean(own[s.key]);
    const text = own[s.key] ?? basis.sections[s.key] ?? s.text;
    return { key: s.key, heading: s.heading, paragraphs: paragraphsOf(fill(text, m, region)), adapted };
  });
}

// ——— the nota van beantwoording ———

/** Provisions of a version by id, each version looked at once. */
function provisionIndex(db: Db, modelId: number) {
  const cache = new Map<number, Map<string, Provision>>();
  return (versionId: number) => {
    let index = cache.get(versionId);
    if (!index) {
      const version = getVersion(db, modelId, versionId);
      cache.set(versionId, (index = new Map(version ? provisions(versionModel(version)).map((p) => [p.id, p]) : [])));
    }
    return index;
  };
}

/** Every comment of one phase, numbered in the order of the text, with its place in words, its thread and what changed. */
export function notaSections(db: Db, modelId: number, phase: PhaseRow, text: OrdinanceModel): Pick<NotaData, "entries" | "public"> {
  const ofText = new Map(provisions(text).map((p) => [p.id, p]));
  const order = [...ofText.keys()];
  const index = provisionIndex(db, modelId);
  const rows = listComments(db, [phase.id]);
  const open = commentsPublic(phase);
  const position = (c: CommentRow) => (c.anchorNodeId && ofText.has(c.anchorNodeId) ? order.indexOf(c.anchorNodeId) : -1);
  const comments = rows.filter((c) => c.parentId === null && (open || c.publishedAt)).sort((a, b) => position(a) - position(b) || a.id - b.id);
  const entries = comments.map((c, i): NotaEntry => {
    const provision = c.anchorNodeId ? ofText.get(c.anchorNodeId) : undefined;
    const changedIn = c.publishedAt ? c.changedInVersionId : null;
    const after = changedIn !== null && provision ? index(changedIn).get(provision.id) : undefined;
    return {
      number: i + 1,
      place: provision ? `${provision.place} (${provision.heading})` : "De verordening als geheel",
      organisationType: ROLE_LABELS[c.authorRole],
      ...(open
        ? {
            organisation: c.onBehalfOf,
            type: c.type,
            body: c.body,
            proposal: c.proposal ? wordDiff(provision?.text ?? "", c.proposal) : null,
            replies: rows.filter((r) => r.parentId === c.id).map((r) => ({ from: `${r.authorName} (${r.onBehalfOf})`, body: r.body })),
          }
        : {}),
      disposition: outcome(c),
      answer: answerOf(c),
      changed: changedIn !== null ? { version: versionNumber(db, modelId, changedIn), redline: after && provision ? wordDiff(provision.text, after.text) : null } : null,
    };
  });
  return { entries, public: open };
}
