import type { OrdinanceModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import type { ModelRow } from "../../db/queries/models";
import { findMunicipalityBySlug, listMunicipalities } from "../../db/queries/regions";
import { listPhases, listVersions } from "../../db/queries/consultation";
import { listStatuses } from "../../db/queries/choices";
import type { Account } from "../../db/queries/users";
import { can } from "../policy.server";
import { notFound } from "../access.server";
import { DOCUMENT_KINDS, DOCUMENT_LABELS, missingFor, REGIONAL_KINDS, type DocumentKind, type DocumentRequest } from "./generate.server";
import { HOUSE_STYLE_FONTS, houseStyleSummary } from "./house-style.server";

// What /modellen/:id/documenten shows a user: the municipalities whose documents they may make (with what is still
// missing), and for redactie the joint documents. The server refuses the rest regardless.

export async function documentsPage(db: Db, user: Account, row: ModelRow, model: OrdinanceModel) {
  const region = { regionId: row.regionId };
  const mayJoint = can(user, "documents.generateJoint", region);
  const gereed = new Set(listStatuses(db, row.id).filter((s) => s.status === "gereed").map((s) => s.municipalityId));
  const municipalities = [];
  // One after the other, each in its own turns of the event loop (see municipalProblems): at a large model the first
  // view after a change resolves every municipality, and that must not hold up the other requests meanwhile.
  for (const m of listMunicipalities(db, row.regionId).filter((m) => can(user, "documents.generate", { ...region, municipalityId: m.id })))
    municipalities.push({ slug: m.slug, name: m.name, gereed: gereed.has(m.id), missing: await missingFor(db, row, model, m), houseStyle: houseStyleSummary(db, m.id) });
  return {
    mayJoint,
    municipalities,
    kinds: DOCUMENT_KINDS.map((kind) => ({ kind, label: DOCUMENT_LABELS[kind], regional: REGIONAL_KINDS.includes(kind) })),
    phases: listPhases(db, row.id).map((p) => ({ id: p.id, name: p.name })),
    // The query lists the newest first (for the version pages); the "van/naar" choice reads oldest first.
    versions: listVersions(db, row.id).map((v) => ({ id: v.id, name: v.name })).reverse(),
    fonts: [...HOUSE_STYLE_FONTS],
  };
}

const numberParam = (url: URL, name: string): number | undefined => {
  const value = url.searchParams.get(name);
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
};

/** A download URL's query (?soort=…&gemeente=…&fase=…&van=…&naar=…) as a request; 404 for what does not exist. */
export function requestFromUrl(db: Db, row: ModelRow, url: URL): DocumentRequest {
  const kind = url.searchParams.get("soort") as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) throw notFound();
  const slug = url.searchParams.get("gemeente");
  const municipality = slug && !REGIONAL_KINDS.includes(kind) ? findMunicipalityBySlug(db, row.regionId, slug) : undefined;
  if (slug && !REGIONAL_KINDS.includes(kind) && !municipality) throw notFound();
  return { kind, municipality, phaseId: numberParam(url, "fase"), from: numberParam(url, "van"), to: numberParam(url, "naar") };
}
