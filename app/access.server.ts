import type { Account } from "../db/queries/users";
import { can, type Action, type Resource } from "./policy.server";

/** Throws the 403 response the error boundary renders in Dutch; every loader and action calls this. */
export function requireAccess(user: Account, action: Action, resource: Resource): void {
  if (!can(user, action, resource)) throw new Response("Geen toegang", { status: 403, statusText: "Forbidden" });
}

export function notFound(): Response {
  return new Response("Niet gevonden", { status: 404, statusText: "Not Found" });
}
