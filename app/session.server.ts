import { createCookie, redirect, type AppLoadContext, type Cookie } from "@remix-run/node";
import { createSession, deleteSession, sessionUserId, SESSION_LIFETIME_MS } from "../db/queries/sessions";
import { getAccount, type Account } from "../db/queries/users";
import type { Db } from "../db/client";

const cookies = new Map<string, Cookie>();

/** The session cookie carries only the id of a session row, signed so it cannot be guessed or forged. */
function sessionCookie(context: AppLoadContext, secure = false): Cookie {
  const key = `${context.sessionSecret}:${secure}`;
  let cookie = cookies.get(key);
  if (!cookie) {
    cookie = createCookie("modelwerk_session", {
      httpOnly: true,
      sameSite: "lax",
      // Secure follows the scheme the request came in on, so a plain-http intranet install still works.
      secure,
      path: "/",
      maxAge: SESSION_LIFETIME_MS / 1000,
      secrets: [context.sessionSecret],
    });
    cookies.set(key, cookie);
  }
  return cookie;
}

export async function readSessionId(cookieHeader: string | null | undefined, context: AppLoadContext): Promise<string | null> {
  const value: unknown = await sessionCookie(context).parse(cookieHeader ?? null);
  return typeof value === "string" ? value : null;
}

/** The signed-in, active account behind a Cookie header, or null. Also used by the sync socket. */
/** The active account behind a live session id, or null. */
export function sessionAccount(db: Db, sessionId: string): Account | null {
  const userId = sessionUserId(db, sessionId);
  const account = userId === undefined ? undefined : getAccount(db, userId);
  return account?.active ? account : null;
}

export async function accountFromCookie(cookieHeader: string | null | undefined, context: AppLoadContext): Promise<Account | null> {
  const id = await readSessionId(cookieHeader, context);
  return id ? sessionAccount(context.db, id) : null;
}

// A page's loaders (the root, a model's frame, the route) each ask who is signed in, in the same request and with the
// same load context. A read changes no session, so it checks the cookie and reads the account once; a write asks
// afresh, since its action may sign someone in or out before the loaders run again.
const readsOf = new WeakMap<AppLoadContext, Map<string | null, Promise<Account | null>>>();

export function getUser(request: Request, context: AppLoadContext): Promise<Account | null> {
  const cookieHeader = request.headers.get("Cookie");
  if (request.method !== "GET" && request.method !== "HEAD") return accountFromCookie(cookieHeader, context);
  let reads = readsOf.get(context);
  if (!reads) readsOf.set(context, (reads = new Map()));
  let account = reads.get(cookieHeader);
  if (!account) reads.set(cookieHeader, (account = accountFromCookie(cookieHeader, context)));
  return account;
}

export async function requireUser(request: Request, context: AppLoadContext): Promise<Account> {
  const user = await getUser(request, context);
  if (user) return user;
  const url = new URL(request.url);
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

const isHttps = (request: Request) => new URL(request.url).protocol === "https:";

export async function startSession(request: Request, context: AppLoadContext, userId: number, redirectTo: string): Promise<Response> {
  const id = createSession(context.db, userId);
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie(context, isHttps(request)).serialize(id) } });
}

export async function endSession(request: Request, context: AppLoadContext): Promise<Response> {
  const id = await readSessionId(request.headers.get("Cookie"), context);
  if (id) deleteSession(context.db, id);
  const expired = await sessionCookie(context, isHttps(request)).serialize("", { maxAge: 0 });
  return redirect("/login", { headers: { "Set-Cookie": expired } });
}

/**
 * Only paths of this origin. The target is parsed the way a browser will follow it (the URL API drops tabs and line
 * breaks and reads a backslash as a slash), so "/\t/evil.example" is seen as the "//evil.example" it becomes.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, origin: string, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  let target: URL;
  try {
    target = new URL(to, origin);
  } catch {
    return fallback;
  }
  const path = target.pathname + target.search + target.hash;
  // A path that normalises to "//host" would leave the origin again when sent back as a relative Location.
  return target.origin === new URL(origin).origin && !path.startsWith("//") ? path : fallback;
}
