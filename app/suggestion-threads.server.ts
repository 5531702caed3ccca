import { z } from "zod";
import type { Db } from "../db/client";
import type { ModelRow } from "../db/queries/models";
import { insertSuggestionComment, listSuggestionComments } from "../db/queries/suggestion-threads";
import { isSuggestionDecided } from "../db/queries/suggestion-decisions";
import type { Account } from "../db/queries/users";
import { body, onBehalfOf, rateLimited, type PostResult } from "./consultation/comments.server";
import { formatMoment } from "./consultation/labels";
import { paragraphsOf } from "./consultation/threads.server";
import type { SuggestionThreads } from "./consultation/views";
import { pendingSuggestions } from "./documents/suggestion-changes.server";
import { formValues, parseForm } from "./forms.server";
import { ROLE_LABELS } from "./labels";

// The thread of each suggestion (decision 066): posts like the replies in a consultation comment's thread, with the
// same text rules and the same posting limit. A suggestion is found by its id in the live text; once decided, its thread
// is only read (in the history).

export function suggestionThreads(db: Db, modelId: number): SuggestionThreads {
  const threads: SuggestionThreads = {};
  for (const row of listSuggestionComments(db, modelId)) {
    (threads[row.suggestionId] ??= []).push({
      id: row.id,
      paragraphs: paragraphsOf(row.body),
      authorName: row.authorName,
      onBehalfOf: row.onBehalfOf,
      roleLabel: ROLE_LABELS[row.authorRole],
      createdAt: formatMoment(row.createdAt),
    });
  }
  return threads;
}

const PostInput = z.object({ suggestionId: z.string().min(1, "Kies het voorstel waarover u schrijft.").max(100), body });

/** A post in the thread of a pending suggestion of the model's live text. The caller checked `suggestion.discuss`. */
export function postInSuggestionThread(db: Db, row: ModelRow, user: Account, formData: FormData): PostResult {
  const form = parseForm(PostInput, formData);
  if (!form.ok) return { ...form, status: 400 };
  const { suggestionId } = form.data;
  const pending = pendingSuggestions(db, row).suggestions.some((s) => s.id === suggestionId);
  if (!pending) {
    const message = isSuggestionDecided(db, row.id, suggestionId) ? "Over dit voorstel is al besloten; de draad is alleen nog te lezen." : "Dit voorstel bestaat niet (meer).";
    return { ok: false, status: 400, errors: { body: message }, values: formValues(formData) };
  }
  const limited = rateLimited(db, user, formData);
  if (limited) return limited;
  const id = insertSuggestionComment(db, { modelId: row.id, suggestionId, body: form.data.body, authorId: user.id, onBehalfOf: onBehalfOf(user) });
  return { ok: true, id };
}
