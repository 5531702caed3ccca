import type { AppLoadContext } from "@remix-run/node";
import type { Account } from "../db/queries/users";
import type { ModelRow } from "../db/queries/models";
import type { Db } from "../db/client";
import { listSuggestionDecisions, recordSuggestionDecisions, type SuggestionDecisionInput } from "../db/queries/suggestion-decisions";
import type { SuggestionHistoryEntry } from "./components/suggestion-history";
import { requireAccess } from "./access.server";
import type { SuggestionThreads } from "./consultation/views";

// The history of decided suggestions. The decision itself reaches the text through the sync server, like any edit by
// the redactie; its editor then reports here what it decided, and the policy is checked again.

const MAX_PER_REQUEST = 500;

/** Parses what the editor sent; null for anything that is not a list of decisions. */
function parseDecisions(body: unknown): Omit<SuggestionDecisionInput, "modelId" | "decidedBy">[] | null {
  if (!Array.isArray(body) || body.length > MAX_PER_REQUEST) return null;
  const rows: Omit<SuggestionDecisionInput, "modelId" | "decidedBy">[] = [];
  for (const entry of body as Record<string, unknown>[]) {
    const { suggestionId, kind, structural, articleId, text, authorId, authorName, proposedAt, decision } = entry ?? {};
    const when = new Date(String(proposedAt));
    const valid =
      typeof suggestionId === "string" && (kind === "insertion" || kind === "deletion") && typeof structural === "boolean" &&
      (articleId === null || typeof articleId === "string") && typeof text === "string" && typeof authorId === "number" &&
      typeof authorName === "string" && !Number.isNaN(when.getTime()) && (decision === "accept" || decision === "reject");
    if (!valid) return null;
    rows.push({ suggestionId, kind, structural, articleId: articleId as string | null, text: text.slice(0, 2000), authorId, authorName, proposedAt: when, decision });
  }
  return rows;
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function recordDecisions(context: AppLoadContext, user: Account, row: ModelRow, formData: FormData | null): Response {
  requireAccess(user, "model.acceptSuggestion", { regionId: row.regionId });
  // A form field holding JSON: the app accepts form encodings only (http-hardening.server.ts).
  const field = formData?.get("decisions");
  const rows = parseDecisions(typeof field === "string" ? jsonOrNull(field) : null);
  if (!rows) return Response.json({ error: "Deze besluiten over voorstellen zijn niet te lezen." }, { status: 400 });
  recordSuggestionDecisions(context.db, rows.map((r) => ({ ...r, modelId: row.id, decidedBy: user.id })));
  return Response.json({ recorded: rows.length });
}

const KIND_WORDS = { insertion: "invoeging", deletion: "schrapping" } as const;

/** The latest decided suggestions of a model, in words, with their threads where the reader may read them. */
export function decidedSuggestions(db: Db, modelId: number, articleName: (id: string) => string, threads: SuggestionThreads | null): SuggestionHistoryEntry[] {
  return listSuggestionDecisions(db, modelId, 50).map((d, i) => ({
    key: `${d.suggestionId}-${i}`,
    what: `${d.structural ? (d.kind === "insertion" ? "nieuwe bepaling" : "schrapping van een bepaling") : KIND_WORDS[d.kind]} “${d.text.length > 80 ? `${d.text.slice(0, 80)}…` : d.text}”`,
    article: d.articleId ? articleName(d.articleId) : "buiten de artikelen",
    authorName: d.authorName,
    proposedAt: d.proposedAt.toISOString(),
    decision: d.decision,
    decidedByName: d.decidedByName,
    decidedAt: d.decidedAt.toISOString(),
    thread: threads?.[d.suggestionId] ?? [],
  }));
}

