import { colourFor, isPaletteColour } from "./presence-colours";
import type { PresenceUser } from "./collab";

// Awareness states come from other clients unchecked (the server checks them too, but a client must not depend on
// that): anything that is not a well-formed user and cursor is ignored, never rendered and never fatal. Colours
// only ever come from the palette, so no text from another client reaches a style attribute.

export interface RelativePositionJson {
  readonly type?: { client: number; clock: number } | null;
  readonly tname?: string | null;
  readonly item?: { client: number; clock: number } | null;
  readonly assoc?: number;
}

export interface Presence {
  readonly user: PresenceUser;
  readonly cursor: { readonly anchor: RelativePositionJson; readonly head: RelativePositionJson };
}

const MAX_NAME = 80;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isId = (value: unknown) => value === null || value === undefined || (isRecord(value) && Number.isSafeInteger(value.client) && Number.isSafeInteger(value.clock) && (value.client as number) >= 0 && (value.clock as number) >= 0);

/** The JSON of a Yjs relative position as Y.createRelativePositionFromJSON reads it, or null. */
function relativePosition(value: unknown): RelativePositionJson | null {
  if (!isRecord(value) || !isId(value.type) || !isId(value.item)) return null;
  if (value.tname !== undefined && value.tname !== null && typeof value.tname !== "string") return null;
  if (value.assoc !== undefined && !Number.isSafeInteger(value.assoc)) return null;
  if (value.type == null && value.item == null && value.tname == null) return null;
  return value as RelativePositionJson;
}

/** The user of an awareness state with a name (plain text, shortened) and a palette colour, or null. */
export function presenceUser(value: unknown, clientId: number): PresenceUser | null {
  if (!isRecord(value) || typeof value.name !== "string" || value.name.trim() === "") return null;
  const colour = typeof value.colour === "string" && isPaletteColour(value.colour) ? value.colour : colourFor(clientId);
  return { name: value.name.trim().slice(0, MAX_NAME), colour };
}

/** The presence in an awareness state, or null when it is not one this editor can show. */
export function readPresence(state: unknown, clientId: number): Presence | null {
  if (!isRecord(state) || !isRecord(state.cursor)) return null;
  const user = presenceUser(state.user, clientId);
  const anchor = relativePosition(state.cursor.anchor);
  const head = relativePosition(state.cursor.head);
  return user && anchor && head ? { user, cursor: { anchor, head } } : null;
}
