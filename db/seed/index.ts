import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { hashPassword } from "../password";
import { createAccount, countUsers } from "../queries/users";
import { municipalities, regions } from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { REGIONS, slugify } from "./regions";
import { seedModels } from "./models";
import { seedPhases } from "./phases";
import { seedProposalSections } from "./proposal-sections";
import { seedDemoDecisions } from "./demo-decisions";

/** Adds the regions and municipalities that are missing; running it again changes nothing. */
export function seedRegions(db: Db): void {
  db.transaction((tx) => {
    for (const region of REGIONS) {
      tx.insert(regions).values({ slug: region.slug, name: region.name, province: region.province }).onConflictDoNothing().run();
      const { id } = tx.select({ id: regions.id }).from(regions).where(eq(regions.slug, region.slug)).get()!;
      for (const name of region.municipalities) {
        tx.insert(municipalities).values({ regionId: id, slug: slugify(name), name }).onConflictDoNothing().run();
      }
    }
  });
}

/** One account per role with the public demo password; only into a database that has no users at all. */
export async function seedDemoAccounts(db: Db): Promise<boolean> {
  if (countUsers(db) > 0) return false;
  // Every demo account has the same published password, so one hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const twente = db.select().from(regions).where(eq(regions.slug, "twente")).get()!;
  const bySlug = new Map(db.select().from(municipalities).where(eq(municipalities.regionId, twente.id)).all().map((m) => [m.slug, m.id]));
  // better-sqlite3 is synchronous: calls on db inside the callback run in this transaction.
  db.transaction(() => {
    if (countUsers(db) > 0) return;
    for (const { municipality, ...account } of DEMO_ACCOUNTS) {
      createAccount(db, {
        ...account,
        regionId: twente.id,
        municipalityId: municipality ? bySlug.get(municipality)! : null,
        passwordHash,
      });
    }
  });
  return true;
}

/** Regions, municipalities and model content: what every installation has, demo or not. */
export function seedContent(db: Db): void {
  seedRegions(db);
  seedModels(db);
  seedPhases(db);
  seedProposalSections(db);
}

export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<void> {
  seedContent(db);
  if (options.demo) {
    await seedDemoAccounts(db);
    // Last: it marks Almelo gereed over the choices the other demo seeds made.
    seedDemoDecisions(db);
  }
}
