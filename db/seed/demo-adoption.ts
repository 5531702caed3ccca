import { amendableProvisions, applyAmendments, parseModel, resolve, validateChoices, type CouncilAmendment, type OrdinanceModel } from "../../ordinance-model/index";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { getChoices, getModelRow, listModels } from "../queries/models";
import { getStatus, writeChoice } from "../queries/choices";
import { getVersion, insertVersion } from "../queries/consultation";
import { decisionData, definitiveVersionIds, markDefinitive, pinnedVersion, proposalSectionTexts, REGIONAL, saveDecisionData, saveMotivation, saveVersionSections } from "../queries/decisions";
import { insertAdoption, listAdoptions } from "../queries/adoptions";
import { markGereed } from "../queries/gereed";
import { findMunicipalityBySlug, findRegionBySlug } from "../queries/regions";
import { readYState } from "../queries/collab";
import { models } from "../schema";

// Demo only (issue 15): Borne's council adopted its ordinance on 26 November 2026, with one amendment, and the region
// has since marked a newer definitive version of the model, so that a newcomer sees a text in force, its STOP XML and a
// draft amending ordinance at once. Runs after seedDemoDecisions (which marks the first definitive version); each part
// is seeded only where it is missing.

const BORNE_DECISIONS: Record<string, string> = {
  proposalNumber: "RV-2026-087",
  collegeDate: "2026-10-27",
  councilDate: "2026-11-26",
  portfolioHolder: "wethouder M. Hofman (Wonen)",
  mayor: "R. Welten",
  clerk: "mr. drs. L. Nijhuis",
  secretary: "M. ter Horst",
  contactName: "Bram Borne",
  contactEmail: "wonen@borne.nl",
  contactPhone: "074 265 8585",
  provinceReference: "BOR/2026/2210",
  tenantsReference: "BOR/2026/2211",
  tenantOrganisations: "Huurdersvereniging Borne; Hof 1; 7621 AA Borne",
  adviceProvinceSentOn: "2026-09-15",
  adviceProvinceReceivedOn: "2026-10-13",
  adviceProvinceText: "Gedeputeerde Staten hebben geen opmerkingen bij de regionale regeling.",
  adviceProvinceResponse: "Geen aanpassing nodig.",
  adviceTenantsSentOn: "2026-09-15",
  adviceTenantsReceivedOn: "2026-10-20",
  adviceTenantsText: "De huurdersvereniging vraagt de raad te informeren over hoe vaak de hardheidsclausule wordt toegepast.",
  adviceTenantsResponse: "Het college neemt dit op in de monitor; de raad kan het bij amendement ook in de verordening vastleggen.",
};

const BORNE_CHOICES: Record<string, { value: unknown; motivation: string }> = {
  effectiveDate: { value: "2027-01-01", motivation: "De raad besluit eind november 2026; de verordening treedt in werking bij het begin van het nieuwe jaar, na bekendmaking." },
};

const BORNE_COUNCIL = { councilDate: "2026-11-26", decisionNumber: "2026-112" };

/** The amendment Borne's council adopted, as an edit of its own resolved text. */
function borneAmendment(text: { doc: Parameters<typeof amendableProvisions>[0]["doc"]; numbering: Parameters<typeof amendableProvisions>[0]["numbering"] }): CouncilAmendment {
  const provision = "art-hardheid-lid-verantwoording";
  const proposed = amendableProvisions(text).find((p) => p.id === provision)?.text ?? "";
  const amended = proposed.replace("en neemt het aantal keren dat het die bepaling heeft toegepast op in de gegevens", "en informeert de raad jaarlijks over het aantal keren dat het die bepaling heeft toegepast; het neemt dat aantal ook op in de gegevens");
  if (amended === proposed) throw new Error(`Demo: het amendement van Borne past niet meer op ${provision}.`);
  return { number: "A1", title: "Raad jaarlijks informeren over de hardheidsclausule", changes: [{ provision, text: amended }] };
}

const NEWER_DEFINITIVE_NAME = "Definitieve versie na evaluatie bemiddelingstafel";
/** After Borne's council meeting of 26 November 2026. */
const NEWER_DEFINITIVE_FROZEN_AT = new Date("2026-11-30T11:00:00+01:00");
const NEWER_MEMBER = "art-bemiddelingstafel-lid-reglement";

/** The model after the region's later change: the colleges also publish the mediation table's rules. */
function newerText(document: unknown): unknown {
  const json = structuredClone(document) as { attrs?: { id?: string }; content?: unknown[]; text?: string };
  let changed = false;
  const visit = (node: typeof json, inTarget: boolean) => {
    const here = inTarget || node.attrs?.id === NEWER_MEMBER;
    if (here && typeof node.text === "string" && node.text.endsWith("werkwijze van de bemiddelingstafel.")) {
      node.text = node.text.replace(/\.$/, " en maken het reglement openbaar.");
      changed = true;
    }
    for (const child of (node.content ?? []) as (typeof json)[]) visit(child, here);
  };
  visit(json, false);
  if (!changed) throw new Error(`Demo: ${NEWER_MEMBER} luidt niet meer zoals de demo verwacht.`);
  return json;
}

function adoptBorne(db: Db, modelId: number, borne: { id: number; name: string; slug: string }): void {
  const pin = pinnedVersion(db, modelId, borne.id)!;
  const version: OrdinanceModel = parseModel(getVersion(db, modelId, pin.version.id)!.document);
  const stored = Object.fromEntries(Object.entries(getChoices(db, modelId, borne.id)).filter(([key]) => version.slots.has(key)));
  if (validateChoices(version, stored).length) throw new Error("Demo: de keuzes van Borne passen niet op de definitieve versie.");
  const proposed = resolve(version, stored, { name: borne.name, slug: borne.slug });
  const amendments = [borneAmendment(proposed)];
  const adopted = applyAmendments(proposed.doc, proposed.numbering, amendments);
  if (adopted.problems.length) throw new Error(`Demo: ${adopted.problems.map((p) => p.message).join(" ")}`);
  insertAdoption(db, {
    modelId,
    municipalityId: borne.id,
    versionId: pin.version.id,
    ...BORNE_COUNCIL,
    values: Object.fromEntries(proposed.values),
    proposedDocument: proposed.doc.toJSON(),
    document: adopted.doc.toJSON(),
    recordedBy: null,
    amendments: amendments.map((a) => ({ ...a, changes: [...a.changes] })),
  });
}

export function seedDemoAdoption(db: Db): void {
  const twente = findRegionBySlug(db, "twente");
  const first = twente && listModels(db, twente.id)[0];
  const definitive = first && definitiveVersionIds(db, first.id);
  if (!twente || !first || !definitive?.length) return;
  const row = getModelRow(db, first.id)!;
  const model = parseModel(row.document);
  const borne = findMunicipalityBySlug(db, twente.id, "borne")!;
  db.transaction(() => {
    if (Object.keys(decisionData(db, row.id, borne.id)).length === 0) saveDecisionData(db, row.id, borne.id, BORNE_DECISIONS, null);
    const stored = getChoices(db, row.id, borne.id);
    for (const [key, { value, motivation }] of Object.entries(BORNE_CHOICES)) {
      if (key in stored || !model.slots.has(key)) continue;
      writeChoice(db, { modelId: row.id, municipalityId: borne.id, slotKey: key, value, definition: model.slots.get(key)!, seenVersion: 0, userId: null });
      saveMotivation(db, row.id, borne.id, key, motivation, null);
    }
    if (listAdoptions(db, row.id, borne.id).length === 0) {
      if (getStatus(db, row.id, borne.id)?.status !== "gereed") {
        const problems = markGereed(db, row.id, borne.id, null);
        if (problems.length) throw new Error(`Demo: Borne kan niet gereed worden: ${problems.join(" ")}`);
      }
      adoptBorne(db, row.id, borne);
    }
    // After Borne's adoption the region marks a newer definitive version; Borne's adopted text stays as it was.
    if (definitiveVersionIds(db, row.id).length === 1) {
      const basis = getVersion(db, row.id, definitive[0]!)!;
      const document = newerText(basis.document);
      const id = insertVersion(db, row.id, NEWER_DEFINITIVE_NAME, document, null, NEWER_DEFINITIVE_FROZEN_AT);
      saveVersionSections(db, id, proposalSectionTexts(db, row.id, REGIONAL));
      markDefinitive(db, row.id, id, null);
      // The version was frozen from the live text: before anyone co-edited it, the live text is still the seeded document.
      const live = readYState(db, row.id);
      if (!live.snapshot && live.lastUpdateId === 0) db.update(models).set({ document }).where(eq(models.id, row.id)).run();
    }
  });
}
