import type { Db } from "../../db/client";
import { liveSessionActor } from "../../db/queries/collab";
import { getModelRow } from "../../db/queries/models";
import type { Account } from "../../db/queries/users";
import type { ServerContext } from "../context.server";
import { can } from "../policy.server";
import { readSessionId, sessionAccount } from "../session.server";
import { modelIdFromDocumentName } from "./document-name";

/** What a connection to one model document may do, decided when it authenticates. */
export interface CollabGrant {
  account: Account;
  /** Kept to re-check the session before every write: a blocked or logged-out account stops writing at once. */
  sessionId: string;
  modelId: number;
  regionId: number;
  canEdit: boolean;
  /** Whether the connection may change the settings of the whole text (the ordinance's own attributes). */
  canChangeSettings: boolean;
}

type GrantRefusal = "unauthorized" | "forbidden";

/** The live, active account behind a session id, or null once it was logged out, expired or blocked. */
/** The same policy as every route: region members read, redactie and werkgroep write, everyone else gets nothing. */
export async function grantFor(
  context: Omit<ServerContext, "clientAddress">,
  cookieHeader: string | null,
  documentName: string,
): Promise<CollabGrant | GrantRefusal> {
  const sessionId = await readSessionId(cookieHeader, { ...context, clientAddress: "" });
  const account = sessionId ? sessionAccount(context.db, sessionId) : null;
  if (!sessionId || !account) return "unauthorized";
  const modelId = modelIdFromDocumentName(documentName);
  const row = modelId === null ? undefined : getModelRow(context.db, modelId);
  if (!row || !can(account, "model.read", { regionId: row.regionId })) return "forbidden";
  const resource = { regionId: row.regionId };
  return { account, sessionId, modelId: row.id, regionId: row.regionId, canEdit: can(account, "model.edit", resource), canChangeSettings: can(account, "model.settings", resource) };
}

/** Whether the grant still allows writing now: the session lives and the (possibly changed) account may edit. */
export function stillMayWrite(db: Db, grant: CollabGrant): boolean {
  const actor = liveSessionActor(db, grant.sessionId);
  return actor !== undefined && actor.userId === grant.account.id && can(actor, "model.edit", { regionId: grant.regionId });
}
