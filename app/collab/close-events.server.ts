/** The close codes @hocuspocus/provider understands (the same values as @hocuspocus/common). */
export const UNAUTHORIZED = { code: 4401, reason: "Unauthorized" } as const;
export const FORBIDDEN = { code: 4403, reason: "Forbidden" } as const;
/** WebSocket's "internal error": the server could not store an update, so it is not acknowledged either. */
export const NOT_STORED = { code: 1011, reason: "Not stored" } as const;
/** WebSocket's own code for a message whose content does not fit its type. */
export const MALFORMED_FRAME = { code: 1007, reason: "Malformed message" } as const;

/** A Hocuspocus hook that throws one of these closes the connection with its code. */
class CollabRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const refusal = (event: { code: number; reason: string }) => new CollabRefusal(event.code, event.reason);
