import { formatDate, type OrdinanceModel, type SlotDefinition, type SlotKind, type SlotValue } from "../../ordinance-model/index";
import { latestAdoptions } from "../../db/queries/adoptions";
import type { Db } from "../../db/client";
import { getStatus, listChoiceChanges, listChoiceRows, type ChoiceChange } from "../../db/queries/choices";
import { motivations } from "../../db/queries/decisions";
import { pinView } from "../decisions/pin.server";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { SLOT_KIND_LABELS } from "../labels";
import { municipalPage } from "../resolved-cache.server";
import { assess, deviates } from "./assess.server";
import { slotPlaces } from "./slots.server";
import { fieldsFromValue, valueText, type FieldValues } from "./values.server";
import { formatMoment } from "../consultation/labels";

// Everything the choices page shows of one municipality, as plain data for the components.

export interface SlotHistoryEntry {
  when: string;
  who: string;
  from: string;
  to: string;
}

export interface ChoiceSlotView {
  key: string;
  label: string;
  kind: SlotKind;
  kindLabel: string;
  guidance: string;
  mode: "local" | "fixed" | "automatic";
  place: string | null;
  context: string[];
  defaultText: string | null;
  options: { value: string; label: string; text: string }[];
  provision: string[];
  unit: string | null;
  min: number | string | null;
  max: number | string | null;
  /** The version of the stored choice the form is based on; 0 when the municipality made none. */
  version: number;
  ownText: string | null;
  effectiveText: string;
  deviates: boolean;
  /** Why the municipality deviates from the regional default, as it entered it with the choice. */
  motivation: string;
  /** What the form shows: the own choice, else the regional default. */
  fields: FieldValues;
  history: SlotHistoryEntry[];
}

// One way of writing a date everywhere: "1 december 2026 om 14:32".
const formatWhen = formatMoment;

function modeOf(def: SlotDefinition): ChoiceSlotView["mode"] {
  return def.kind === "automatic" ? "automatic" : def.fixed ? "fixed" : "local";
}

export async function choicesPage(db: Db, row: ModelRow, model: OrdinanceModel, municipality: Municipality) {
  const rows = listChoiceRows(db, row.id, municipality.id);
  const { impacts, own } = assess(model, rows);
  // Versions of every stored row, refused ones too: a save must name the version it replaces.
  const versions = new Map(rows.map((r) => [r.slotKey, r.version]));
  const history = new Map<string, ChoiceChange[]>();
  for (const change of listChoiceChanges(db, row.id, municipality.id)) {
    const list = history.get(change.slotKey);
    if (list) list.push(change);
    else history.set(change.slotKey, [change]);
  }
  const { resolved, errors, html } = await municipalPage(db, row, model, municipality, 3);
  const why = motivations(db, row.id, municipality.id);

  const slots = slotPlaces(model).map(({ def, place, context, optionTexts, provision, unit }): ChoiceSlotView => {
    const choice = own.get(def.key);
    const effective = resolved.values.get(def.key) ?? null;
    // The current model accepted the own choice (assess), so it is a value of this slot.
    const shown = choice ? (choice.value as SlotValue) : def.default;
    return {
      key: def.key,
      label: def.label,
      kind: def.kind,
      kindLabel: SLOT_KIND_LABELS[def.kind],
      guidance: def.guidance,
      mode: modeOf(def),
      place,
      context,
      defaultText: def.default === null ? null : valueText(def, def.default),
      options: def.options.map((o) => ({
        value: o.value,
        label: o.label,
        text: optionTexts[o.value] ?? o.label,
      })),
      provision,
      unit,
      min: def.constraints.min ?? null,
      max: def.constraints.max ?? null,
      version: versions.get(def.key) ?? 0,
      ownText: choice ? valueText(def, choice.value) : null,
      effectiveText: effective === null ? "nog open" : valueText(def, effective),
      deviates: Boolean(choice && deviates(def, choice.value)),
      motivation: why[def.key] ?? "",
      fields: shown === null ? {} : fieldsFromValue(def, shown),
      history: (history.get(def.key) ?? []).map((h) => ({
        when: formatWhen(h.createdAt),
        who: h.userName ?? "opdrachtregel",
        from: valueText(def, h.oldValue),
        to: valueText(def, h.newValue),
      })),
    };
  });
  const local = slots.filter((s) => s.mode === "local");
  const archived = rows
    .filter((r) => !model.slots.has(r.slotKey))
    .map((r) => ({
      key: r.slotKey,
      label: r.slotDefinition?.label ?? r.slotKey,
      value: valueText(r.slotDefinition, r.value),
      when: formatWhen(r.updatedAt),
    }));
  const status = getStatus(db, row.id, municipality.id);
  const adoption = latestAdoptions(db, row.id).get(municipality.id);
  return {
    slots,
    progress: {
      made: local.filter((s) => own.has(s.key)).length,
      total: local.length,
    },
    impacts,
    archived,
    status: {
      value: status?.status ?? "concept",
      reason: status?.reason ?? null,
      by: status?.updatedBy ?? null,
      when: status ? formatWhen(status.updatedAt) : null,
      /** The council's last adoption (issue 15): its date and the text in force. */
      adopted: adoption ? { on: formatDate(adoption.councilDate), href: `/modellen/${row.id}/gemeenten/${municipality.slug}/geldend` } : null,
    },
    pin: pinView(db, row, municipality, rows),
    html,
    errors: errors.map((e) => ({
      place: e.place,
      message: e.message,
      nodeId: e.nodeId,
    })),
  };
}
