import type { Db } from "../db/client";
import { consumeAccountToken, inspectAccountToken, type TokenState } from "../db/queries/account-tokens";
import { deleteUserSessions } from "../db/queries/sessions";
import { setPasswordHash } from "../db/queries/users";
import { hashPassword } from "../db/password";
import { dictionary } from "@zxcvbn-ts/language-common";

// The 49,000 most common passwords of zxcvbn-ts's list (from leaked password sets), compared without case.
const COMMON_PASSWORDS = new Set(dictionary["passwords-common"]);

const comparable = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/**
 * Why a password that is long enough is still too easy to guess, in Dutch, or null. Refused: a listed common
 * password, one short part repeated ("aaaaaaaaaaaa", "welkomwelkom"), and the account's own e-mail address or name.
 */
export function weakPasswordProblem(password: string, account: { email: string; name: string } | undefined): string | null {
  const typed = comparable(password);
  if (COMMON_PASSWORDS.has(typed)) return "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.";
  if (/^(.+?)\1+$/u.test(typed)) return "Dit wachtwoord is steeds hetzelfde stukje herhaald. Kies een ander.";
  const own = account ? [account.email, account.email.split("@")[0]!, account.name].map(comparable) : [];
  if (own.includes(typed)) return "Kies een wachtwoord dat niet gelijk is aan uw e-mailadres of naam.";
  return null;
}

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
