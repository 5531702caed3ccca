import type { OrdinanceModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getStatus, lastEditorName, writeChoice } from "../../db/queries/choices";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { valueProblem, valueText } from "./values.server";

// Saving one local choice: the one path for the choices page and `modelwerk choices set`, so both refuse the same
// values with the same words, respect the "gereed" lock, and keep the audit trail.

export type SaveResult = { ok: true } | { ok: false; reason: "invalid" | "conflict" | "locked"; message: string };

export interface SaveRequest {
  row: ModelRow;
  model: OrdinanceModel;
  municipality: Municipality;
  slotKey: string;
  /** As read from the form or the command line; null when nothing was entered. */
  value: unknown;
  seenVersion: number;
  userId: number | null;
}

export const LOCKED_MESSAGE = "Deze gemeente is gereed voor besluitvorming; keuzes zijn vergrendeld. Heropen eerst, met een reden.";

export function saveChoice(db: Db, request: SaveRequest): SaveResult {
  const { row, model, municipality, slotKey, value } = request;
  const def = model.slots.get(slotKey);
  if (!def)
    return {
      ok: false,
      reason: "invalid",
      message: `"${slotKey}" is geen keuzemogelijkheid van dit model.`,
    };
  if (getStatus(db, row.id, municipality.id)?.status === "gereed") return { ok: false, reason: "locked", message: LOCKED_MESSAGE };
  const problem = valueProblem(model, def, value);
  if (problem) return { ok: false, reason: "invalid", message: problem };
  const decision = writeChoice(db, {
    modelId: row.id,
    municipalityId: municipality.id,
    slotKey,
    value,
    definition: def,
    seenVersion: request.seenVersion,
    userId: request.userId,
  });
  if (decision.ok) return { ok: true };
  const who = lastEditorName(db, row.id, municipality.id, slotKey) ?? "Iemand anders";
  return {
    ok: false,
    reason: "conflict",
    message: `${who} heeft deze keuze intussen gewijzigd in: ${valueText(
      def,
      decision.current?.value ?? null,
    )}. Uw waarde is niet opgeslagen; bekijk de nieuwe waarde en sla zo nodig opnieuw op.`,
  };
}
