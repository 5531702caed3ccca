import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../session.server";
import { notFound, requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { docxDownload, notYetMade, withErrorPage } from "../file-routes.server";
import { decisionData } from "../../db/queries/decisions";
import { draftAmendment } from "../amendments/draft.server";
import { amendmentDocument, AMENDMENT_DOCUMENTS, type AmendmentDocumentKind } from "../amendments/documents.server";
import { amendingDecisionFromQuery } from "../amendments/stop.server";

// The Word files of the draft amending ordinance: ?soort=raadsbesluit|raadsvoorstel, and ?datum=&nummer= of the
// decision that is to adopt it once the page's form has them (then the raadsbesluit is dated on it). Drafts are the municipality's own
// council documents in the making, so the access is that of its other council documents (documents.generate).

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "documents.generate", { regionId: row.regionId, municipalityId: municipality.id });
  const query = new URL(request.url).searchParams;
  const kind = query.get("soort") ?? "";
  if (!(kind in AMENDMENT_DOCUMENTS)) throw notFound();
  const decision = query.has("datum") || query.has("nummer") ? amendingDecisionFromQuery(query) : null;
  if (decision && !decision.ok) return new Response(`${Object.values(decision.errors).join(" ")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const result = draftAmendment(context.db, row, municipality);
  if (!result.ok) return notYetMade(result.message);
  const document = await amendmentDocument(result.draft, kind as AmendmentDocumentKind, decisionData(context.db, row.id, municipality.id), decision?.decision.date);
  return docxDownload(document);
}

export const loader = withErrorPage(load);
