import { randomBytes } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import { sessions } from "../schema";

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export function createSession(db: Db, userId: number, now = Date.now()): string {
  const id = randomBytes(32).toString("base64url");
  db.insert(sessions).values({ id, userId, expiresAt: new Date(now + SESSION_LIFETIME_MS) }).run();
  return id;
}

/** The user id of a live session, or undefined; expired sessions are removed on sight. */
export function sessionUserId(db: Db, id: string, now = Date.now()): number | undefined {
  const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
  if (!row) return undefined;
  if (row.expiresAt.getTime() <= now) {
    deleteSession(db, id);
    return undefined;
  }
  return row.userId;
}

export function deleteSession(db: Db, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function deleteUserSessions(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function purgeExpiredSessions(db: Db, now = Date.now()): void {
  db.delete(sessions).where(lt(sessions.expiresAt, new Date(now))).run();
}
