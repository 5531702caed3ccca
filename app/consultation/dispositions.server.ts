import { z } from "zod";
import type { Db } from "../../db/client";
import { getComment, getVersion, saveDisposition, type PhaseRow } from "../../db/queries/consultation";
import { DISPOSITIONS } from "../../db/schema";
import { formValues, parseForm, type FormResult } from "../forms.server";
import { BODY_MAX } from "./comments.server";

const DispositionInput = z.object({
  commentId: z.coerce.number().int().positive(),
  disposition: z.enum(DISPOSITIONS, { message: "Kies wat er met de reactie is gedaan." }),
  answer: z.string().trim().max(BODY_MAX, `Een antwoord is hoogstens ${BODY_MAX} tekens.`).default(""),
  changedInVersionId: z.string().default(""),
});

/**
 * Saves the answer to a comment of this phase as a draft (published later for the whole phase). Only a comment has a
 * disposition, not a reply; a changed text must point at a version of the same model.
 */
export function answerComment(db: Db, phase: PhaseRow, formData: FormData, userId: number): FormResult<{ commentId: number }> {
  const form = parseForm(DispositionInput, formData);
  if (!form.ok) return form;
  const { commentId, disposition, answer, changedInVersionId } = form.data;
  const comment = getComment(db, phase.id, commentId);
  const fail = (errors: Record<string, string>) => ({ ok: false as const, errors, values: formValues(formData) });
  if (!comment || comment.parentId !== null) return fail({ commentId: "Deze reactie bestaat niet in deze fase." });
  const versionId = changedInVersionId ? Number(changedInVersionId) : null;
  if (versionId !== null && !(Number.isInteger(versionId) && getVersion(db, phase.modelId, versionId))) return fail({ changedInVersionId: "Kies een versie uit de lijst." });
  if (disposition !== "open" && answer === "") return fail({ answer: "Schrijf een antwoord bij deze afhandeling." });
  saveDisposition(db, commentId, { disposition, answer, changedInVersionId: versionId }, userId);
  return { ok: true, data: { commentId } };
}
