import type { Db } from "../../db/client";
import { liveSessionActor } from "../../db/queries/collab";
import { getModelRow } from "../../db/queries/models";
import type { Account } from "../../db/queries/users";
import type { ServerContext } from "../context.server";
import { withEditingMode } from "../editing-modes.server";
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
  /** Whether the connection may send updates at all: it edits, or it suggests. */
  canEdit: boolean;
  /** Whether the connection may change the settings of the whole text (the ordinance's own attributes). */
  canChangeSettings: boolean;
  /** May accept or reject others' suggestions (model.acceptSuggestion); without it no update may take one away. */
  canDecideSuggestions: boolean;
  /** May only suggest (Voorstellen): each update is checked by the update guard. */
  suggestOnly: boolean;
}

type GrantRefusal = "unauthorized" | "forbidden";

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
  return {
    account,
    sessionId,
    modelId: row.id,
    regionId: row.regionId,
    ...writing(context.db, account, row.regionId),
    canChangeSettings: can(account, "model.settings", resource),
    canDecideSuggestions: can(account, "model.acceptSuggestion", resource),
  };
}

function writing(db: Db, actor: Account | NonNullable<ReturnType<typeof liveSessionActor>>, regionId: number): Pick<CollabGrant, "canEdit" | "suggestOnly"> {
  const withMode = withEditingMode(db, actor);
  const edits = can(withMode, "model.edit", { regionId });
  const suggests = can(withMode, "model.suggest", { regionId });
  return { canEdit: edits || suggests, suggestOnly: !edits && suggests };
}

/**
 * Whether the grant still allows writing now: the session lives and the (possibly changed) account may still write as
 * it did when it connected; an account the redactie switched to Voorstellen reconnects as a suggester.
 */
export function stillMayWrite(db: Db, grant: CollabGrant): boolean {
  const actor = liveSessionActor(db, grant.sessionId);
  if (actor === undefined || actor.userId !== grant.account.id) return false;
  const now = writing(db, actor, grant.regionId);
  return now.canEdit && now.suggestOnly === grant.suggestOnly;
}
