import { data } from "@remix-run/node";
import { z } from "zod";
import type { OrdinanceModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getStatus } from "../../db/queries/choices";
import { saveMotivation } from "../../db/queries/decisions";
import { markGereed, moveToLatestDefinitive, reopen } from "../../db/queries/gereed";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { parseForm } from "../forms.server";
import { LOCKED_MESSAGE, saveChoice } from "./save.server";
import { valueFromFields, type FieldValues } from "./values.server";

// The form posts of the choices page: save one slot, take over the regional default, mark ready, reopen.

export type ChoicesActionData =
  | { intent: "save"; slot: string; ok: true; message: string }
  | {
      intent: "save";
      slot: string;
      ok: false;
      message: string;
      values: FieldValues;
    }
  | { intent: "status"; ok: boolean; message: string };

interface Target {
  row: ModelRow;
  model: OrdinanceModel;
  municipality: Municipality;
  userId: number;
}

const saveForm = z.object({
  intent: z.enum(["save", "default"]),
  slot: z.string().min(1),
  version: z.coerce.number().int().nonnegative(),
});
const statusForm = z.object({
  intent: z.enum(["ready", "reopen", "move"]),
  reason: z.string().trim().max(2000).optional(),
});

/** Form fields as the slot controls name them: one string, or a list for checkboxes. */
function fieldValues(form: FormData): FieldValues {
  const values: FieldValues = {};
  for (const name of new Set(form.keys())) {
    const all = form.getAll(name).filter((v): v is string => typeof v === "string");
    values[name] = name === "value" && all.length !== 1 ? all : all[0] ?? "";
  }
  return values;
}

const badRequest = () => new Response("Ongeldig verzoek", { status: 400 });

export function handleChoicesAction(db: Db, target: Target, form: FormData) {
  const intent = form.get("intent");
  return intent === "ready" || intent === "reopen" || intent === "move" ? changeStatus(db, target, form) : save(db, target, form);
}

function save(db: Db, { row, model, municipality, userId }: Target, form: FormData) {
  const parsed = parseForm(saveForm, form);
  if (!parsed.ok) throw badRequest();
  const { intent, slot, version } = parsed.data;
  const def = model.slots.get(slot);
  if (!def) throw badRequest();
  const values = fieldValues(form);
  const value = intent === "default" ? def.default : valueFromFields(def, values);
  const result = saveChoice(db, {
    row,
    model,
    municipality,
    slotKey: slot,
    value,
    seenVersion: version,
    userId,
  });
  // The motivation comes with the choice; the regional default needs none. A post without the field leaves it as it was.
  if (result.ok && (intent === "default" || form.has("motivation"))) saveMotivation(db, row.id, municipality.id, slot, intent === "default" ? "" : String(form.get("motivation")).trim().slice(0, 4000), userId);
  if (result.ok)
    return {
      intent: "save" as const,
      slot,
      ok: true as const,
      message: intent === "default" ? "Regionale standaard overgenomen." : "Keuze opgeslagen.",
    };
  const status = result.reason === "invalid" ? 400 : 409;
  return data(
    {
      intent: "save" as const,
      slot,
      ok: false as const,
      message: result.message,
      values,
    },
    { status },
  );
}

function changeStatus(db: Db, { row, municipality, userId }: Target, form: FormData) {
  const parsed = parseForm(statusForm, form);
  if (!parsed.ok) throw badRequest();
  const { intent, reason } = parsed.data;
  const current = getStatus(db, row.id, municipality.id)?.status ?? "concept";
  if (intent === "ready" || intent === "move") {
    if (intent === "ready" && current === "gereed") return data({ intent: "status" as const, ok: false, message: LOCKED_MESSAGE }, { status: 409 });
    const problems = (intent === "ready" ? markGereed : moveToLatestDefinitive)(db, row.id, municipality.id, userId);
    if (problems.length) return data({ intent: "status" as const, ok: false, message: `Nog niet gereed: ${problems.join(" ")}` }, { status: 409 });
    return {
      intent: "status" as const,
      ok: true,
      message:
        intent === "ready"
          ? "Gemarkeerd als gereed voor besluitvorming en vastgezet op de definitieve versie. De keuzes zijn vergrendeld."
          : "Overgestapt op de nieuwe definitieve versie. De documenten komen nu uit die versie.",
    };
  }
  if (!reason)
    return data(
      {
        intent: "status" as const,
        ok: false,
        message: "Geef een reden om te heropenen.",
      },
      { status: 400 },
    );
  reopen(db, row.id, municipality.id, reason, userId);
  return {
    intent: "status" as const,
    ok: true,
    message: "Heropend. De keuzes kunnen weer worden gewijzigd.",
  };
}
