import type { Connection } from "@hocuspocus/server";
import type { CollabGrant } from "./access.server";

/** The Hocuspocus connection context: the grant decided when the connection authenticated. */
export interface CollabContext {
  grant?: CollabGrant;
}

/** The client connection a Yjs transaction came from, or null for the server's own transactions. */
export function connectionOfOrigin(origin: unknown): Connection<CollabContext> | null {
  if (typeof origin !== "object" || origin === null || (origin as { source?: unknown }).source !== "connection") return null;
  return (origin as { connection: Connection<CollabContext> }).connection;
}
