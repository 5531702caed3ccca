import { MessageType } from "@hocuspocus/server";
import { messageYjsSyncStep1 } from "y-protocols/sync";
import { readFrame } from "./sync-frame.server";

/** WebSocket's "policy violation": the client sent more than any editor does. */
export const TOO_MANY_MESSAGES = { code: 1008, reason: "Too many messages" } as const;

/** A token bucket: `burst` at once, then `perSecond`. */
function bucket(burst: number, perSecond: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/**
 * What one connection may send. A sync step 1 or an awareness query makes the server answer with up to the whole
 * document or every presence, so a reader repeating it 2,000 times in a second made the server send 96 MB. An honest
 * provider sends step 1 once per document when it connects (and a reconnect is a new connection with a new budget);
 * typing sends a few updates a second, and offline edits come back as one sync step 2. Over budget: close.
 */
export function frameBudget(now: () => number = Date.now) {
  const any = bucket(1000, 200, now);
  const costly = bucket(8, 0.2, now);
  return (frame: Uint8Array): boolean => {
    if (!any()) return false;
    const { type, syncType } = readFrame(frame);
    const asksForState = (type === MessageType.Sync && syncType === messageYjsSyncStep1) || type === MessageType.QueryAwareness;
    return !asksForState || costly();
  };
}
