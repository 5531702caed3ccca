import type { Db } from "../db/client";
import { consumeAccountToken, inspectAccountToken, type TokenState } from "../db/queries/account-tokens";
import { deleteUserSessions } from "../db/queries/sessions";
import { setPasswordHash } from "../db/queries/users";
import { hashPassword } from "../db/password";

type Reason = Extract<TokenState, { ok: false }>["reason"];

export function tokenProblem(reason: Reason): string {
  return {
    unknown: "Deze link is onbekend. Controleer of u hem helemaal hebt gekopieerd.",
    used: "Deze link is al gebruikt of vervangen door een nieuwere link.",
    expired: "Deze link is verlopen.",
  }[reason];
}

/** Sets a password through a single-use link; other sessions of the account end, because a reset may follow a leak. */
export async function setPasswordWithToken(db: Db, token: string, password: string): Promise<{ ok: true; userId: number } | { ok: false; problem: string }> {
  const state = inspectAccountToken(db, token);
  if (!state.ok) return { ok: false, problem: tokenProblem(state.reason) };
  const hash = await hashPassword(password);
  const stored = db.transaction(() => {
    if (!consumeAccountToken(db, token)) return false;
    setPasswordHash(db, state.userId, hash);
    deleteUserSessions(db, state.userId);
    return true;
  });
  return stored ? { ok: true, userId: state.userId } : { ok: false, problem: tokenProblem("used") };
}
