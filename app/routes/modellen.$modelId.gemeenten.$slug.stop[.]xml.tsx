import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { adoptedStop } from "../adoption/stop.server";
import { withErrorPage } from "../file-routes.server";

// The STOP XML of the municipality's text in force, or of an earlier adoption (?vaststelling=ID), for its publication in
// the Gemeenteblad (decision 055).

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "adoption.read", { regionId: row.regionId, municipalityId: municipality.id });
  const wanted = new URL(request.url).searchParams.get("vaststelling");
  const result = adoptedStop(context.db, row.id, municipality, wanted === null ? undefined : Number(wanted));
  if (!result.ok) return new Response(`${result.message}\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(result.xml, { headers: { "content-type": "application/xml; charset=utf-8", "content-disposition": `attachment; filename="${result.filename}"` } });
}

export const loader = withErrorPage(load);
