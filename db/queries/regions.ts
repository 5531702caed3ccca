import { asc, eq, sql } from "drizzle-orm";
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

// Issue 16: regions as tenants. Slugs and CBS codes are checked by the callers; uniqueness by the database.

export function insertRegion(db: Db, region: { slug: string; name: string; province: string }): number {
  return db.insert(regions).values(region).returning({ id: regions.id }).get().id;
}

export function listRegions(db: Db): (Region & { municipalityCount: number })[] {
  return db
    .select({ id: regions.id, slug: regions.slug, name: regions.name, province: regions.province, municipalityCount: sql<number>`count(${municipalities.id})` })
    .from(regions)
    .leftJoin(municipalities, eq(municipalities.regionId, regions.id))
    .groupBy(regions.id)
    .orderBy(asc(regions.name))
    .all();
}

export function insertMunicipality(db: Db, municipality: { regionId: number; slug: string; name: string; cbsCode: string }): number {
  return db.insert(municipalities).values(municipality).returning({ id: municipalities.id }).get().id;
}
