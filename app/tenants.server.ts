import type { Db } from "../db/client";
import { findMunicipalityBySlug, findRegionBySlug, insertMunicipality, insertRegion } from "../db/queries/regions";

// Adding regions and municipalities (issue 16): the checks the CLI and any later admin page share, in Dutch.

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CBS_CODE = /^GM\d{4}$/;

export type AddResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

export function addRegion(db: Db, input: { name: string; slug: string; province: string }): AddResult {
  const errors: Record<string, string> = {};
  if (!input.name.trim()) errors.naam = "Geef de naam van de regio.";
  if (!SLUG.test(input.slug)) errors.slug = "Een slug bestaat uit kleine letters, cijfers en streepjes, zoals west-overijssel.";
  else if (findRegionBySlug(db, input.slug)) errors.slug = `Er bestaat al een regio "${input.slug}".`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, id: insertRegion(db, { slug: input.slug, name: input.name.trim(), province: input.province.trim() }) };
}

export function checkCbsCode(code: string): string | null {
  return CBS_CODE.test(code) ? null : "Een CBS-gemeentecode is GM met vier cijfers, zoals GM0193.";
}

export function addMunicipality(db: Db, regionId: number, input: { name: string; slug: string; cbsCode: string }): AddResult {
  const errors: Record<string, string> = {};
  if (!input.name.trim()) errors.naam = "Geef de naam van de gemeente.";
  if (!SLUG.test(input.slug)) errors.slug = "Een slug bestaat uit kleine letters, cijfers en streepjes, zoals olst-wijhe.";
  else if (findMunicipalityBySlug(db, regionId, input.slug)) errors.slug = `De regio heeft al een gemeente "${input.slug}".`;
  const cbs = checkCbsCode(input.cbsCode);
  if (cbs) errors["cbs-code"] = cbs;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, id: insertMunicipality(db, { regionId, slug: input.slug, name: input.name.trim(), cbsCode: input.cbsCode }) };
}
