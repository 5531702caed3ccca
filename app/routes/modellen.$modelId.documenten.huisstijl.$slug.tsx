import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { checkHouseStyle, storeHouseStyle, MAX_UPLOAD_BYTES } from "../documents/house-style.server";

// Upload of a municipality's house style, by redactie or that municipality's staff (the same right as its documents).

const fileBytes = async (value: FormDataEntryValue | null): Promise<Uint8Array | null> =>
  value instanceof File && value.size > 0 ? new Uint8Array(await value.arrayBuffer()) : null;

/** The upload has no page of its own: opened directly, the address leads to the documents page with the form. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  return redirect(`/modellen/${row.id}/documenten`);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "documents.generate", { regionId: row.regionId, municipalityId: municipality.id });
  // Refuse an oversized body without keeping it: logo and Word file together stay well under this.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) {
    // Read and drop the body unkept: a browser still sending it would not read an answer that came before its end.
    await request.body?.pipeTo(new WritableStream());
    return { slug: municipality.slug, ok: false, errors: { stylesDocx: "De bestanden zijn samen te groot (meer dan 7 MB). Kies kleinere bestanden." } };
  }
  const form = await request.formData();
  const upload = {
    logo: await fileBytes(form.get("logo")),
    font: String(form.get("font") ?? ""),
    // A colour picker always sends a colour; "no colour of our own" is its checkbox.
    colour: form.get("standaardkleur") ? "" : String(form.get("colour") ?? ""),
    stylesDocx: await fileBytes(form.get("stylesDocx")),
  };
  const errors = checkHouseStyle(upload);
  if (Object.keys(errors).length) return { slug: municipality.slug, ok: false, errors, values: { font: upload.font, colour: upload.colour } };
  storeHouseStyle(context.db, municipality.id, upload, user.id);
  return { slug: municipality.slug, ok: true, errors: {} };
}
