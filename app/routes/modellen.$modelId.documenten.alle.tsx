import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../session.server";
import { notFound, requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { batchProgress, findBatch, startBatch } from "../documents/batch.server";
import { withErrorPage } from "../file-routes.server";

// The batch "Alle gemeenten": POST starts a job, GET ?taak=ID reports its progress, GET ?taak=ID&zip=1 downloads it.

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  requireAccess(user, "documents.generateJoint", { regionId: row.regionId });
  return batchProgress(startBatch(context.db, row, model, user.id));
}

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  requireAccess(user, "documents.generateJoint", { regionId: row.regionId });
  const url = new URL(request.url);
  const job = findBatch(url.searchParams.get("taak"), user.id, row.id);
  if (!job) throw notFound();
  if (!url.searchParams.has("zip")) return batchProgress(job);
  if (!job.zip) return new Response("De documenten zijn nog niet klaar.", { status: 409, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(job.zip), {
    headers: { "content-type": "application/zip", "content-disposition": `attachment; filename="documenten-alle-gemeenten-model-${row.id}.zip"` },
  });
}

export const loader = withErrorPage(load);
