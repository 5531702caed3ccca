import type { LoaderFunctionArgs } from "@remix-run/node";
import { getAdviceLetter } from "../../db/queries/advice-letters";
import { requireUser } from "../session.server";
import { notFound, requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { withErrorPage } from "../file-routes.server";
import { LETTER_MEDIA_TYPES } from "../decisions/advice-letters";

// A received advice letter, for whoever may read that municipality's correspondence (decisions.readAdvice). The
// letter is looked up within the municipality and model of the address, so another municipality's id finds nothing.

async function load({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "decisions.readAdvice", { regionId: row.regionId, municipalityId: municipality.id });
  const id = Number(params.letterId);
  const letter = Number.isSafeInteger(id) ? getAdviceLetter(context.db, row.id, municipality.id, id) : undefined;
  if (!letter) throw notFound();
  // The stored name keeps only letters, digits, spaces, dots, dashes and underscores; the header gets it UTF-8 encoded.
  const ascii = letter.fileName.replace(/[^\x20-\x7e]/g, "_");
  return new Response(new Uint8Array(letter.data), {
    headers: {
      "content-type": LETTER_MEDIA_TYPES[letter.fileType],
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(letter.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}

export const loader = withErrorPage(load);
