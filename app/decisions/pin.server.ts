import { detectImpact, diffVersions, type OrdinanceModel, type VersionDiff } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import type { ChoiceRow } from "../../db/queries/choices";
import { latestDefinitiveVersion, pinnedVersion } from "../../db/queries/decisions";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { versionModelById } from "../consultation/versions.server";
import { versionLabel } from "../documents/basis.server";
import { diffForPage } from "../consultation/diff-words";

// What the choices page says about the version a municipality's documents come from: the pin, and when a newer
// version was marked definitive, what that changes for this municipality (the impact on its choices and a redline
// of the changed provisions), until it confirms the move.

// Frozen versions never change and each is parsed once per process (versionModelById), so the redline between two of
// them is computed once per pair, not on every view of the choices page (about a tenth of its cost before).
const diffs = new WeakMap<OrdinanceModel, WeakMap<OrdinanceModel, VersionDiff>>();
function versionDiff(from: OrdinanceModel, to: OrdinanceModel): VersionDiff {
  let byTarget = diffs.get(from);
  if (!byTarget) diffs.set(from, (byTarget = new WeakMap()));
  let diff = byTarget.get(to);
  if (!diff) byTarget.set(to, (diff = diffForPage(diffVersions(from, to))));
  return diff;
}

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
