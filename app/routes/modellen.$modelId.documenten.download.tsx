import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { DocumentRefused, DocumentRun, generateDocument, requiredAccess } from "../documents/generate.server";
import { requestFromUrl } from "../documents/page.server";
import { docxDownload, notYetMade, withErrorPage } from "../file-routes.server";

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const wanted = requestFromUrl(context.db, row, new URL(request.url));
  const { action, municipalityId } = requiredAccess(wanted);
  requireAccess(user, action, { regionId: row.regionId, municipalityId });
  try {
    const document = await generateDocument(new DocumentRun(context.db, row, model), wanted);
    return docxDownload(document);
  } catch (error) {
    if (!(error instanceof DocumentRefused)) throw error;
    return notYetMade(`Dit document kan nog niet worden gemaakt:\n${error.message}`);
  }
}

export const loader = withErrorPage(load);
