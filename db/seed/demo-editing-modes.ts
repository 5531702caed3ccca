import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { accountEditingModes, users } from "../schema";
import { setAccountEditingMode } from "../queries/editing-modes";

/** The demo's suggest-only account. */
export const DEMO_SUGGESTER = "werkgroep2@modelwerk.test";

/** Sets the demo suggester to Voorstellen, once: a mode the redactie changed since is kept. */
export function seedDemoEditingModes(db: Db): void {
  const account = db.select({ id: users.id, mode: accountEditingModes.mode }).from(users).leftJoin(accountEditingModes, eq(accountEditingModes.userId, users.id)).where(eq(users.email, DEMO_SUGGESTER)).get();
  if (account && account.mode === null) setAccountEditingMode(db, account.id, "suggest", null);
}
