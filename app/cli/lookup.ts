import type { Db } from "../../db/client";
import { findRegionBySlug, type Region } from "../../db/queries/regions";
import { UsageError } from "./io";

/** The region named by --regio; an unknown slug is a usage mistake. */
export function requireRegion(db: Db, slug: string): Region {
  const region = findRegionBySlug(db, slug);
  if (!region) throw new UsageError(`Onbekende regio "${slug}".`);
  return region;
}
