import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { houseStyles } from "../schema";

// House styles for the Word documents. Versions, phases and comments the documents read through the consultation
// queries (./consultation), so both see the same rows.

export type HouseStyleRow = typeof houseStyles.$inferSelect;

export function getHouseStyle(db: Db, municipalityId: number): HouseStyleRow | undefined {
  return db.select().from(houseStyles).where(eq(houseStyles.municipalityId, municipalityId)).get();
}

/** Stores the parts given; a part left out keeps what was stored. */
export function saveHouseStyle(db: Db, municipalityId: number, parts: Partial<Omit<HouseStyleRow, "municipalityId" | "updatedAt">>): void {
  const set = { ...parts, updatedAt: new Date() };
  db.insert(houseStyles).values({ municipalityId, ...set }).onConflictDoUpdate({ target: houseStyles.municipalityId, set }).run();
}
