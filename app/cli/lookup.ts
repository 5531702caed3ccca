import type { Db } from "../../db/client";
import { findMunicipalityBySlug, findRegionBySlug, type Municipality, type Region } from "../../db/queries/regions";
import { UsageError } from "./io";

/** The region named by --regio; an unknown slug is a usage mistake. */
export function requireRegion(db: Db, slug: string): Region {
  const region = findRegionBySlug(db, slug);
  if (!region) throw new UsageError(`Onbekende regio "${slug}".`);
  return region;
}

/** The municipality named by --gemeente within the model's region. */
export function requireMunicipality(db: Db, regionId: number, slug: string): Municipality {
  const municipality = findMunicipalityBySlug(db, regionId, slug);
  if (!municipality) throw new UsageError(`Onbekende gemeente "${slug}".`);
  return municipality;
}
