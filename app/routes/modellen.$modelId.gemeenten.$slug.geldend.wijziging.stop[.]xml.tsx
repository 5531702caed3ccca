import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { withErrorPage } from "../file-routes.server";
import { draftAmendment } from "../amendments/draft.server";
import { amendingDecisionFromQuery, amendmentStop } from "../amendments/stop.server";

// The STOP XML of the draft amending ordinance (?datum=&nummer= of the decision that is to adopt it): the besluit with
// the changes of the text in force. The access is that of the draft's Word files (documents.generate).

const plain = (status: number, message: string) => new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "documents.generate", { regionId: row.regionId, municipalityId: municipality.id });
  const query = amendingDecisionFromQuery(new URL(request.url).searchParams);
  if (!query.ok) return plain(400, Object.values(query.errors).join("\n"));
  const result = draftAmendment(context.db, row, municipality);
  if (!result.ok) return plain(409, result.message);
  const stop = amendmentStop(context.db, row.id, municipality, result.draft, query.decision);
  if (!stop.ok) return plain(409, stop.message);
  const filename = `wijzigingsverordening-${municipality.slug}-${query.decision.date}.xml`;
  return new Response(stop.xml, { headers: { "content-type": "application/xml; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` } });
}

export const loader = withErrorPage(load);
