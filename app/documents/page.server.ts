import type { OrdinanceModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import type { ModelRow } from "../../db/queries/models";
import { findMunicipalityBySlug, listMunicipalities } from "../../db/queries/regions";
import { listPhases, listVersions } from "../../db/queries/consultation";
import { latestDefinitiveVersion } from "../../db/queries/decisions";
import { listStatuses } from "../../db/queries/choices";
import type { Account } from "../../db/queries/users";
import { can } from "../policy.server";
import { notFound } from "../access.server";
import { DOCUMENT_KINDS, DOCUMENT_LABELS, DocumentRun, MUNICIPAL_KINDS, REGIONAL_KINDS, type DocumentKind, type DocumentRequest } from "./generate.server";
import { HOUSE_STYLE_FONTS, houseStyleSummary } from "./house-style.server";
import { MARK_WORDS, versionLabel } from "./basis.server";
import { pendingSuggestions } from "./suggestion-changes.server";

// What /modellen/:id/documenten shows a user: which text the documents are built from, the municipalities whose
// documents they may make (per document what is still missing), their wijzigingen, and for redactie the joint
// documents. The server refuses the rest regardless.

const PER_MUNICIPALITY: readonly DocumentKind[] = [...MUNICIPAL_KINDS, "adviesaanvraag-provincie", "adviesaanvraag-huurders"];

export async function documentsPage(db: Db, user: Account, row: ModelRow, model: OrdinanceModel) {
  const region = { regionId: row.regionId };
  const mayJoint = can(user, "documents.generateJoint", region);
  const gereed = new Set(listStatuses(db, row.id).filter((s) => s.status === "gereed").map((s) => s.municipalityId));
  const run = new DocumentRun(db, row, model);
  const latest = latestDefinitiveVersion(db, row.id);
  const municipalities = [];
  // At a large model the first view after a change resolves every municipality (its problems then cached); that must
  // not hold up other requests, so missingForPage resolves and lints each in a turn of the event loop of its own
  // (resolved-cache.server.ts), and a cached one costs no turn at all.
  for (const m of listMunicipalities(db, row.regionId)) {
    const own = { ...region, municipalityId: m.id };
    if (!can(user, "documents.generate", own) && !can(user, "documents.changes", own)) continue;
    const mayGenerate = can(user, "documents.generate", own);
    const { basis, missing } = await run.missingForPage(m, mayGenerate ? PER_MUNICIPALITY : []);
    municipalities.push({
      slug: m.slug,
      name: m.name,
      gereed: gereed.has(m.id),
      mayGenerate,
      basis: { label: basis.label, mark: MARK_WORDS[basis.mark] },
      documents: mayGenerate ? PER_MUNICIPALITY.map((kind, i) => ({ kind, label: DOCUMENT_LABELS[kind], missing: missing[i]! })) : [],
      houseStyle: mayGenerate ? houseStyleSummary(db, m.id) : null,
    });
  }
  return {
    mayJoint,
    // Issue 17: the Word file of the working draft's pending suggestions, linked where there are any.
    pendingSuggestions: can(user, "documents.suggestions", region) ? pendingSuggestions(db, row).suggestions.length : 0,
    definitive: latest ? versionLabel(latest) : null,
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
