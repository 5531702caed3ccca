import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { loginThrottle } from "../schema";

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

/** Milliseconds until the key may try again, or 0 when it may try now. */
function throttleWait(db: Db, key: string, rule: ThrottleRule, now: number): number {
  const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
  if (!row) return 0;
  const windowEnd = row.windowStart.getTime() + rule.windowMs;
  if (windowEnd <= now) return 0;
  return row.failures >= rule.maxFailures ? windowEnd - now : 0;
}

function countAttempt(db: Db, key: string, rule: ThrottleRule, now: number): void {
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

/**
 * Counts one attempt against every key before its password is checked, or none when any key is at its limit; returns
 * the wait in milliseconds then, else 0. Checked and counted in one transaction, so parallel attempts cannot all pass
 * the check while the slow hashes run.
 */
export function reserveAttempt(db: Db, keys: [string, ThrottleRule][], now = Date.now()): number {
  return db.transaction(() => {
    const wait = Math.max(...keys.map(([key, rule]) => throttleWait(db, key, rule, now)));
    if (wait === 0) for (const [key, rule] of keys) countAttempt(db, key, rule, now);
    return wait;
  });
}

/** Takes back one reserved attempt that turned out not to be a failure (a right password, or one never checked). */
export function releaseAttempt(db: Db, key: string): void {
  db.update(loginThrottle)
    .set({ failures: sql`${loginThrottle.failures} - 1` })
    .where(and(eq(loginThrottle.key, key), gt(loginThrottle.failures, 0)))
    .run();
}

export function clearFailures(db: Db, key: string): void {
  db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
