import type { Db } from "../db/client";
import { editingModeOf } from "../db/queries/editing-modes";
import type { Actor } from "./policy.server";

/** The actor with the editing mode the redactie set for it, so that `can` knows Bewerken from Voorstellen. */
export function withEditingMode<T extends Actor & ({ id: number } | { userId: number })>(db: Db, actor: T): T {
  return { ...actor, editingMode: editingModeOf(db, "id" in actor ? actor.id : actor.userId) };
}
