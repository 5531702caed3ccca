import type { AppLoadContext } from "@remix-run/node";
import { clearFailures, releaseAttempt, reserveAttempt, type ThrottleRule } from "../db/queries/login-throttle";
import { findCredentials, normaliseEmail, type Account } from "../db/queries/users";
import { hashPassword, verifyPassword } from "../db/password";
import { queuedHash } from "./hash-queue.server";

const PER_ACCOUNT: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60 * 1000 };
const PER_ADDRESS: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60 * 1000 };

// Unknown e-mail addresses are checked against this hash too, so response time does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

export type LoginResult =
  | { ok: true; account: Account }
  | { ok: false; reason: "invalid" | "busy" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

/**
 * Checks a password login. Each attempt is counted per account and per client address before the hash is checked,
 * and taken back when it succeeds (the address) or is never checked because the hash queue is full.
 */
export async function attemptLogin(context: AppLoadContext, email: string, password: string): Promise<LoginResult> {
  const { db } = context;
  const keys: [string, ThrottleRule][] = [
    [`account:${normaliseEmail(email)}`, PER_ACCOUNT],
    [`ip:${context.clientAddress}`, PER_ADDRESS],
  ];
  const wait = reserveAttempt(db, keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterMs: wait };

  const found = findCredentials(db, email);
  const hash = found?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy")));
  const verified = queuedHash(() => verifyPassword(password, hash));
  if (!verified) {
    for (const [key] of keys) releaseAttempt(db, key);
    return { ok: false, reason: "busy" };
  }
  const valid = (await verified) && Boolean(found?.passwordHash);
  if (!found || !valid || !found.account.active) return { ok: false, reason: "invalid" };
  clearFailures(db, keys[0][0]);
  releaseAttempt(db, keys[1][0]);
  return { ok: true, account: found.account };
}
