import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../session.server";
import { notFound, requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { docxDownload, notYetMade, withErrorPage } from "../file-routes.server";
import { adoptedTexts } from "../adoption/adopted.server";
import { adoptionDocument, ADOPTION_DOCUMENTS, type AdoptionDocumentKind } from "../adoption/documents.server";
import { DocumentRefused } from "../documents/generate.server";

// The Word files of one adoption: the adopted text, and its raadsbesluit. ?vaststelling=ID&soort=tekst|raadsbesluit

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "adoption.read", { regionId: row.regionId, municipalityId: municipality.id });
  const url = new URL(request.url);
  const kind = url.searchParams.get("soort") ?? "";
  const all = adoptedTexts(context.db, row.id, municipality);
  const adoption = all.find((a) => String(a.id) === url.searchParams.get("vaststelling"));
  if (!adoption || !(kind in ADOPTION_DOCUMENTS)) throw notFound();
  try {
    const document = await adoptionDocument(context.db, municipality, adoption, kind as AdoptionDocumentKind, adoption === all.at(-1));
    return docxDownload(document);
  } catch (error) {
    if (!(error instanceof DocumentRefused)) throw error;
    return notYetMade(`Dit document kan nog niet worden gemaakt:\n${error.message}`);
  }
}

export const loader = withErrorPage(load);
