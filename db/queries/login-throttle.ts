import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { loginThrottle } from "../schema";

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

/** Milliseconds until the key may try again, or 0 when it may try now. */
export function throttleWait(db: Db, key: string, rule: ThrottleRule, now = Date.now()): number {
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
  if (!row) return 0;
  const windowEnd = row.windowStart.getTime() + rule.windowMs;
  if (windowEnd <= now) return 0;
  return row.failures >= rule.maxFailures ? windowEnd - now : 0;
}

export function recordFailure(db: Db, key: string, rule: ThrottleRule, now = Date.now()): void {
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
  if (!row || row.windowStart.getTime() + rule.windowMs <= now) {
    db.insert(loginThrottle)
      .values({ key, failures: 1, windowStart: new Date(now) })
      .onConflictDoUpdate({ target: loginThrottle.key, set: { failures: 1, windowStart: new Date(now) } })
      .run();
  } else {
    db.update(loginThrottle).set({ failures: row.failures + 1 }).where(eq(loginThrottle.key, key)).run();
  }
}

export function clearFailures(db: Db, key: string): void {
  db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
