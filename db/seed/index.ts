import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { hashPassword } from "../password";
import { createAccount, countUsers } from "../queries/users";
import { municipalities, regions } from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { CBS_CODES, MUNICIPALITY_NOTES, REGIONS, slugify } from "./regions";
import { seedDemoChoices } from "./demo-choices";
import { seedModels } from "./models";
import { seedPhases } from "./phases";
import { seedProposalSections } from "./proposal-sections";
import { seedDemoDecisions } from "./demo-decisions";
import { seedDemoAdoption } from "./demo-adoption";
import { seedDemoEditingModes } from "./demo-editing-modes";
import { seedDemoMonitor, seedFloors } from "./monitor";

/** Adds the regions and municipalities that are missing; running it again changes nothing. */
export function seedRegions(db: Db): void {
  db.transaction((tx) => {
    for (const region of REGIONS) {
      tx.insert(regions).values({ slug: region.slug, name: region.name, province: region.province }).onConflictDoNothing().run();
      const { id } = tx.select({ id: regions.id }).from(regions).where(eq(regions.slug, region.slug)).get()!;
      for (const name of region.municipalities) {
        tx.insert(municipalities).values({ regionId: id, slug: slugify(name), name, cbsCode: CBS_CODES[name] ?? null, note: MUNICIPALITY_NOTES[name] ?? "" })
          // A database from before issue 16 gets the codes and notes; what the redactie entered since stays.
          .onConflictDoUpdate({
            target: [municipalities.regionId, municipalities.slug],
            set: { cbsCode: sql`coalesce(${municipalities.cbsCode}, excluded.cbs_code)`, note: sql`case when ${municipalities.note} = '' then excluded.note else ${municipalities.note} end` },
          })
          .run();
      }
    }
  });
}

/** One account per role with the public demo password; only into a database that has no users at all. */
export async function seedDemoAccounts(db: Db): Promise<boolean> {
  if (countUsers(db) > 0) return false;
  // Every demo account has the same published password, so one hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const regionIds = new Map(db.select().from(regions).all().map((r) => [r.slug, r.id]));
  const municipalityIds = new Map(db.select().from(municipalities).all().map((m) => [`${m.regionId}/${m.slug}`, m.id]));
  // better-sqlite3 is synchronous: calls on db inside the callback run in this transaction.
  db.transaction(() => {
    if (countUsers(db) > 0) return;
    for (const { municipality, region = "twente", ...account } of DEMO_ACCOUNTS) {
      const regionId = regionIds.get(region)!;
      createAccount(db, {
        ...account,
        regionId,
        municipalityId: municipality ? municipalityIds.get(`${regionId}/${municipality}`)! : null,
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
  seedFloors(db);
}

export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<void> {
  seedContent(db);
  if (options.demo) {
    await seedDemoAccounts(db);
    seedDemoEditingModes(db);
    seedDemoChoices(db);
    seedDemoMonitor(db);
    // Last: it marks Almelo gereed over the choices the other demo seeds made.
    seedDemoDecisions(db);
    // After it: Borne adopts against the first definitive version, then the region marks a newer one (issue 15).
    seedDemoAdoption(db);
  }
}
