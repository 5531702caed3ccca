import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { accountTokens, type AccountTokenPurpose } from "../schema";

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  invite: 7 * 24 * 60 * 60 * 1000,
  reset: 24 * 60 * 60 * 1000,
};

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a fresh link token; earlier unused tokens of the same user stop working. */
export function issueAccountToken(
  db: Db,
  userId: number,
  purpose: AccountTokenPurpose,
  createdBy: number | null,
  now = Date.now(),
): string {
  const token = randomBytes(32).toString("base64url");
  db.transaction((tx) => {
    tx.update(accountTokens)
      .set({ usedAt: new Date(now) })
      .where(and(eq(accountTokens.userId, userId), isNull(accountTokens.usedAt)))
      .run();
    tx.insert(accountTokens)
      .values({ tokenHash: hash(token), userId, purpose, createdBy, expiresAt: new Date(now + TOKEN_LIFETIME_MS[purpose]) })
      .run();
  });
  return token;
}

export type TokenState = { ok: true; userId: number; purpose: AccountTokenPurpose } | { ok: false; reason: "unknown" | "used" | "expired" };

export function inspectAccountToken(db: Db, token: string, now = Date.now()): TokenState {
  const row = db.select().from(accountTokens).where(eq(accountTokens.tokenHash, hash(token))).get();
  if (!row) return { ok: false, reason: "unknown" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now) return { ok: false, reason: "expired" };
  return { ok: true, userId: row.userId, purpose: row.purpose };
}

/** Marks the token used; false when another request used it first. */
export function consumeAccountToken(db: Db, token: string, now = Date.now()): boolean {
  const result = db
    .update(accountTokens)
    .set({ usedAt: new Date(now) })
    .where(and(eq(accountTokens.tokenHash, hash(token)), isNull(accountTokens.usedAt)))
    .run();
  return result.changes === 1;
}
