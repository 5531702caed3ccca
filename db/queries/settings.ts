import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { settings } from "../schema";

/** Reads a setting, creating it with `create()` the first time so every later start sees the same value. */
export function ensureSetting(db: Db, key: string, create: () => string): string {
  db.insert(settings).values({ key, value: create() }).onConflictDoNothing().run();
  return db.select().from(settings).where(eq(settings.key, key)).get()!.value;
}

export const generatedSecret = () => randomBytes(32).toString("base64url");

export function writeSetting(db: Db, key: string, value: string): void {
  db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

/** The secret that signs session cookies: the configured one, else the one generated into the database on first start. */
export function sessionSecret(db: Db, configured: string | undefined): string {
  return configured ?? ensureSetting(db, "session-secret", generatedSecret);
}
