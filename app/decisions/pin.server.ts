import { detectImpact } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import type { ChoiceRow } from "../../db/queries/choices";
import { latestDefinitiveVersion, pinnedVersion } from "../../db/queries/decisions";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { versionDiff, versionModelById } from "../consultation/versions.server";
import { versionLabel } from "../documents/basis.server";

// What the choices page says about the version a municipality's documents come from: the pin, and when a newer
// version was marked definitive, what that changes for this municipality (the impact on its choices and a redline
// of the changed provisions), until it confirms the move.

export function pinView(db: Db, row: ModelRow, municipality: Municipality, rows: readonly ChoiceRow[]) {
  const pin = pinnedVersion(db, row.id, municipality.id);
  const latest = latestDefinitiveVersion(db, row.id);
  const model = (id: number) => versionModelById(db, row.id, id)!;
  const newer =
    pin && latest && latest.id !== pin.version.id
      ? {
          label: versionLabel(latest),
          impacts: detectImpact(model(latest.id), rows.map((r) => ({ key: r.slotKey, value: r.value, definition: model(pin.version.id).slots.get(r.slotKey) ?? r.slotDefinition }))),
          diff: versionDiff(model(pin.version.id), model(latest.id)),
        }
      : null;
  return { pinned: pin ? versionLabel(pin.version) : null, definitive: latest ? versionLabel(latest) : null, newer };
}
