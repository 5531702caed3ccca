import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { municipalities, regions } from "../schema";

export type Region = typeof regions.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;

export function getRegion(db: Db, id: number): Region | undefined {
  return db.select().from(regions).where(eq(regions.id, id)).get();
}

export function findRegionBySlug(db: Db, slug: string): Region | undefined {
  return db.select().from(regions).where(eq(regions.slug, slug)).get();
}

export function listMunicipalities(db: Db, regionId: number): Municipality[] {
  return db.select().from(municipalities).where(eq(municipalities.regionId, regionId)).orderBy(asc(municipalities.name)).all();
}

export function findMunicipalityBySlug(db: Db, regionId: number, slug: string): Municipality | undefined {
  return listMunicipalities(db, regionId).find((m) => m.slug === slug);
}
