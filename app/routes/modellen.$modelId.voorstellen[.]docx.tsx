import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { docxDownload, notYetMade, withErrorPage } from "../file-routes.server";
import { DocumentRefused } from "../documents/generate.server";
import { pendingSuggestionsDocument } from "../documents/suggestion-changes.server";

// The Word file of the working draft's pending suggestions, as tracked changes under their authors (decision 066).

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  requireAccess(user, "documents.suggestions", { regionId: row.regionId });
  try {
    return docxDownload(await pendingSuggestionsDocument(context.db, row));
  } catch (error) {
    if (error instanceof DocumentRefused) return notYetMade(error.problems.join("\n"));
    throw error;
  }
}

export const loader = withErrorPage(load);
