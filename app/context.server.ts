import type { Db } from "../db/client";
import type { Config } from "./config.server";
import type { LiveDocuments } from "./collab/sync-server.server";

/** What the one server process hands every loader and action. */
export interface ServerContext {
  db: Db;
  config: Config;
  sessionSecret: string;
  clientAddress: string;
}

declare module "@remix-run/node" {
  interface AppLoadContext extends ServerContext {
    /** The Content-Security-Policy nonce of this response's inline scripts (server.ts, HTTP requests only). */
    cspNonce?: string;
    /** The sync server's live documents (server.ts); absent only where no sync server runs. */
    liveDocuments?: LiveDocuments;
    /** On a document request, the ordinance HTML that is written only in the markup (app/markup-only.server.ts). */
    markupOnlyHtml?: Map<string, string>;
  }
}
