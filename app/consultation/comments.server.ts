import { z } from "zod";
import type { Db } from "../../db/client";
import { countCommentsSince, getComment, insertComment, type PhaseRow } from "../../db/queries/consultation";
import { countSuggestionCommentsSince } from "../../db/queries/suggestion-threads";
import type { Account } from "../../db/queries/users";
import { COMMENT_TYPES } from "../../db/schema";
import type { OrdinanceModel } from "../../ordinance-model/index";
import { provisions } from "../../ordinance-model/index";
import { formValues, parseForm } from "../forms.server";
import { ROLE_LABELS } from "../labels";

/** Long enough for a considered letter, short enough that nobody pastes a book into a thread. */
export const BODY_MAX = 5000;
/** Posting limit per user: a council member writes a handful, a script writes hundreds. */
const RATE_LIMIT = { count: 12, windowMs: 10 * 60_000 };

/** The text of a comment or reply; suggestion threads use the same (suggestion-threads.server.ts). */
export const body = z.string().trim().min(1, "Schrijf uw reactie.").max(BODY_MAX, `Een reactie is hoogstens ${BODY_MAX} tekens.`);

const CommentInput = z
  .object({
    anchor: z.string().min(1, "Kies de bepaling waarop u reageert."),
    quote: z.string().trim().max(1000, "Een geciteerde passage is hoogstens 1000 tekens.").default(""),
    type: z.enum(COMMENT_TYPES, { message: "Kies het soort reactie." }),
    body,
    proposal: z.string().trim().max(BODY_MAX, `Een tekstvoorstel is hoogstens ${BODY_MAX} tekens.`).default(""),
  })
  .refine((c) => c.type !== "tekstvoorstel" || c.proposal !== "", { path: ["proposal"], message: "Schrijf de tekst die u voorstelt." });

const ReplyInput = z.object({ parentId: z.coerce.number().int().positive(), body });

export type PostResult = { ok: true; id: number } | { ok: false; status: 400 | 429; errors: Record<string, string>; values: Record<string, string> };

/** Who the author speaks for: a council member for the council of their municipality, everyone else for their organisation. */
export function onBehalfOf(user: Account): string {
  if (user.role === "raad" && user.municipalityName) return `Gemeenteraad ${user.municipalityName}`;
  return user.organisation || ROLE_LABELS[user.role];
}

/** One limit for everything a user posts: comments, replies and posts in suggestion threads. */
export function rateLimited(db: Db, user: Account, formData: FormData): Extract<PostResult, { ok: false }> | null {
  const since = new Date(Date.now() - RATE_LIMIT.windowMs);
  if (countCommentsSince(db, user.id, since) + countSuggestionCommentsSince(db, user.id, since) < RATE_LIMIT.count) return null;
  const message = `U hebt de afgelopen ${RATE_LIMIT.windowMs / 60_000} minuten al ${RATE_LIMIT.count} reacties geplaatst. Probeer het straks opnieuw.`;
  return { ok: false, status: 429, errors: { form: message }, values: formValues(formData) };
}

const author = (phase: PhaseRow, user: Account) => ({ phaseId: phase.id, versionId: phase.versionId!, authorId: user.id, onBehalfOf: onBehalfOf(user), municipalityId: user.municipalityId });

/**
 * A new comment on a provision of the phase's version. The caller has checked that the phase is open and that the
 * policy lets this user comment; the anchor must be an article, member or item of that version.
 */
export function postComment(db: Db, phase: PhaseRow, version: OrdinanceModel, user: Account, formData: FormData): PostResult {
  const form = parseForm(CommentInput, formData);
  if (!form.ok) return { ...form, status: 400 };
  if (!provisions(version).some((p) => p.id === form.data.anchor)) return { ok: false, status: 400, errors: { anchor: "Kies een bepaling uit de lijst." }, values: formValues(formData) };
  const limited = rateLimited(db, user, formData);
  if (limited) return limited;
  const { anchor, quote, type, body: text, proposal } = form.data;
  const id = insertComment(db, { ...author(phase, user), parentId: null, anchorNodeId: anchor, quote: quote || null, type, body: text, proposal: type === "tekstvoorstel" ? proposal : null });
  return { ok: true, id };
}

/** A reply in the thread of a comment of the same phase (threads are one level deep: a reply to a reply joins the thread). */
export function postReply(db: Db, phase: PhaseRow, user: Account, formData: FormData, canSee: (authorId: number) => boolean): PostResult {
  const form = parseForm(ReplyInput, formData);
  if (!form.ok) return { ...form, status: 400 };
  const parent = getComment(db, phase.id, form.data.parentId);
  const root = parent?.parentId ? getComment(db, phase.id, parent.parentId) : parent;
  if (!root || !canSee(root.authorId)) return { ok: false, status: 400, errors: { body: "Deze reactie bestaat niet (meer)." }, values: formValues(formData) };
  const limited = rateLimited(db, user, formData);
  if (limited) return limited;
  const id = insertComment(db, { ...author(phase, user), parentId: root.id, anchorNodeId: null, quote: null, type: null, body: form.data.body, proposal: null });
  return { ok: true, id };
}
