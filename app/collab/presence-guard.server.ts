import type { Extension } from "@hocuspocus/server";
import { z } from "zod";
import { colourFor } from "../editor/presence-colours";
import type { CollabContext } from "./context.server";

// Awareness (presence) is relayed to every open editor, so what a client says about itself is not trusted: the name
// and colour come from its session, and the cursor must be Yjs relative positions, the only thing an editor renders.

const yId = z.strictObject({ client: z.number().int().nonnegative().max(2 ** 53), clock: z.number().int().nonnegative().max(2 ** 53) });

/**
 * A Y.RelativePosition as JSON: y-prosemirror stores the object itself (absent parts null), `Y.relativePositionToJSON`
 * leaves them out. Yjs needs at least one of item, tname or type to resolve it.
 */
const relativePosition = z
  .strictObject({
    type: yId.nullish(),
    tname: z.string().max(200).nullish(),
    item: yId.nullish(),
    assoc: z.number().int().min(-1).max(1).nullish(),
  })
  .refine((p) => p.type != null || p.tname != null || p.item != null);

const cursor = z.strictObject({ anchor: relativePosition, head: relativePosition });

export interface Presence {
  user: { name: string; colour: string };
  cursor: z.infer<typeof cursor> | null;
}

/** The state relayed for one client: its session's name and colour, and its cursor only where it is well formed. */
export function presenceOf(account: { id: number; name: string }, claimed: Record<string, unknown>): Presence {
  const parsed = cursor.safeParse(claimed.cursor);
  return { user: { name: account.name, colour: colourFor(account.id) }, cursor: parsed.success ? parsed.data : null };
}

/** A provider keeps one Yjs client id per document; more than this per connection is someone speaking for others. */
const CLIENT_IDS_PER_CONNECTION = 4;

export function presenceGuard(): Extension<CollabContext> {
  return {
    extensionName: "modelwerk-presence",
    async beforeHandleAwareness({ states, context, document, connection }) {
      const account = context?.grant?.account;
      // Server-internal awareness (no client connection) is the server's own.
      if (!connection) return;
      const own = document.getClients(connection);
      const others = new Set<number>();
      for (const other of document.getConnections()) {
        if (other !== connection) for (const id of document.getClients(other)) others.add(id);
      }
      for (const [clientId, state] of states) {
        const newcomer = !own.has(clientId);
        if (!account || others.has(clientId) || (newcomer && own.size >= CLIENT_IDS_PER_CONNECTION)) states.delete(clientId);
        else states.set(clientId, presenceOf(account, state));
      }
    },
  };
}
