import { and, asc, count, desc, eq, lte } from "drizzle-orm";
import type { Db } from "../client";
import { choiceMotivations, decisionData as decisionDataTable, definitiveVersions, municipalityPins, municipalityStatuses, proposalSections, versionProposalSections, versions } from "../schema";

// The definitive version, the pins of the municipalities, their decision data, the motivations of their deviations
// and the section texts of the raadsvoorstel. The process page reads the same facts through these functions.

export interface VersionRef {
  id: number;
  name: string;
  /** 1 for the first frozen version of the model: "Modelversie 3". */
  number: number;
  frozenAt: Date;
}

/** The ordinal of a version among the versions of its model, oldest first. */
export function versionNumber(db: Db, modelId: number, versionId: number): number {
  return db.select({ n: count() }).from(versions).where(and(eq(versions.modelId, modelId), lte(versions.id, versionId))).get()!.n;
}

export function versionRef(db: Db, modelId: number, versionId: number): VersionRef | undefined {
  const row = db.select({ id: versions.id, name: versions.name, frozenAt: versions.createdAt }).from(versions).where(and(eq(versions.modelId, modelId), eq(versions.id, versionId))).get();
  return row && { ...row, number: versionNumber(db, modelId, row.id) };
}

/** Marks a version definitive; marking an earlier one again makes it the one that counts. */
export function markDefinitive(db: Db, modelId: number, versionId: number, userId: number | null): void {
  const set = { markedBy: userId, markedAt: new Date() };
  db.insert(definitiveVersions).values({ versionId, modelId, ...set }).onConflictDoUpdate({ target: definitiveVersions.versionId, set }).run();
}

/** The ids of the versions marked definitive, newest mark first. */
export function definitiveVersionIds(db: Db, modelId: number): number[] {
  return db.select({ id: definitiveVersions.versionId }).from(definitiveVersions).where(eq(definitiveVersions.modelId, modelId)).orderBy(desc(definitiveVersions.markedAt), desc(definitiveVersions.versionId)).all().map((r) => r.id);
}

/** The version that counts for decisions: the one marked definitive last. */
export function latestDefinitiveVersion(db: Db, modelId: number): VersionRef | undefined {
  const id = definitiveVersionIds(db, modelId)[0];
  return id === undefined ? undefined : versionRef(db, modelId, id);
}

export interface Pin {
  version: VersionRef;
  pinnedAt: Date;
}

/** The definitive version a municipality is pinned to; none while it is not gereed. */
export function pinnedVersion(db: Db, modelId: number, municipalityId: number): Pin | undefined {
  const row = db.select().from(municipalityPins).where(and(eq(municipalityPins.modelId, modelId), eq(municipalityPins.municipalityId, municipalityId))).get();
  const version = row && versionRef(db, modelId, row.versionId);
  return version && { version, pinnedAt: row.pinnedAt };
}

export function setPin(db: Db, modelId: number, municipalityId: number, versionId: number, userId: number | null): void {
  const set = { versionId, pinnedBy: userId, pinnedAt: new Date() };
  db.insert(municipalityPins).values({ modelId, municipalityId, ...set }).onConflictDoUpdate({ target: [municipalityPins.modelId, municipalityPins.municipalityId], set }).run();
}

export function removePin(db: Db, modelId: number, municipalityId: number): void {
  db.delete(municipalityPins).where(and(eq(municipalityPins.modelId, modelId), eq(municipalityPins.municipalityId, municipalityId))).run();
}

// ——— decision data ———

/** A municipality's decision data as stored (checked on the way in); empty when nothing was recorded. */
export function decisionData(db: Db, modelId: number, municipalityId: number): Record<string, unknown> {
  return db.select({ data: decisionDataTable.data }).from(decisionDataTable).where(and(eq(decisionDataTable.modelId, modelId), eq(decisionDataTable.municipalityId, municipalityId))).get()?.data ?? {};
}

export function saveDecisionData(db: Db, modelId: number, municipalityId: number, data: Record<string, unknown>, userId: number | null): void {
  const set = { data, updatedBy: userId, updatedAt: new Date() };
  db.insert(decisionDataTable).values({ modelId, municipalityId, ...set }).onConflictDoUpdate({ target: [decisionDataTable.modelId, decisionDataTable.municipalityId], set }).run();
}

/** What the process page shows per municipality: gereed and against which version, the advice requests, the council meeting. */
export function decisionProcess(db: Db, modelId: number, municipalityId: number) {
  const status = db.select({ status: municipalityStatuses.status }).from(municipalityStatuses).where(and(eq(municipalityStatuses.modelId, modelId), eq(municipalityStatuses.municipalityId, municipalityId))).get();
  const data = decisionData(db, modelId, municipalityId);
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : null);
  return {
    gereed: status?.status === "gereed",
    pinnedVersion: pinnedVersion(db, modelId, municipalityId)?.version ?? null,
    councilMeetingDate: text("councilDate"),
    adviceProvince: { sentOn: text("adviceProvinceSentOn"), receivedOn: text("adviceProvinceReceivedOn") },
    adviceTenants: { sentOn: text("adviceTenantsSentOn"), receivedOn: text("adviceTenantsReceivedOn") },
  };
}

// ——— motivations ———

/** The motivation per slot key of a municipality's deviations. */
export function motivations(db: Db, modelId: number, municipalityId: number): Record<string, string> {
  const rows = db.select({ key: choiceMotivations.slotKey, text: choiceMotivations.motivation }).from(choiceMotivations).where(and(eq(choiceMotivations.modelId, modelId), eq(choiceMotivations.municipalityId, municipalityId))).all();
  return Object.fromEntries(rows.map((r) => [r.key, r.text]));
}

/** Stores a motivation; an empty one removes it. */
export function saveMotivation(db: Db, modelId: number, municipalityId: number, slotKey: string, motivation: string, userId: number | null): void {
  const key = and(eq(choiceMotivations.modelId, modelId), eq(choiceMotivations.municipalityId, municipalityId), eq(choiceMotivations.slotKey, slotKey));
  if (!motivation) {
    db.delete(choiceMotivations).where(key).run();
    return;
  }
  const set = { motivation, updatedBy: userId, updatedAt: new Date() };
  db.insert(choiceMotivations).values({ modelId, municipalityId, slotKey, ...set }).onConflictDoUpdate({ target: [choiceMotivations.modelId, choiceMotivations.municipalityId, choiceMotivations.slotKey], set }).run();
}

// ——— section texts of the raadsvoorstel ———

export const REGIONAL = 0;

/** Section → text, of the live regional default (REGIONAL) or of one municipality's adaptations. */
export function proposalSectionTexts(db: Db, modelId: number, municipalityId: number): Record<string, string> {
  const rows = db.select({ section: proposalSections.section, text: proposalSections.text }).from(proposalSections).where(and(eq(proposalSections.modelId, modelId), eq(proposalSections.municipalityId, municipalityId))).orderBy(asc(proposalSections.section)).all();
  return Object.fromEntries(rows.map((r) => [r.section, r.text]));
}

/** Stores a section text; an empty one removes it (a municipality then follows the regional default again). */
export function saveProposalSection(db: Db, modelId: number, municipalityId: number, section: string, text: string, userId: number | null): void {
  const key = and(eq(proposalSections.modelId, modelId), eq(proposalSections.municipalityId, municipalityId), eq(proposalSections.section, section));
  if (!text) {
    db.delete(proposalSections).where(key).run();
    return;
  }
  const set = { text, updatedBy: userId, updatedAt: new Date() };
  db.insert(proposalSections).values({ modelId, municipalityId, section, ...set }).onConflictDoUpdate({ target: [proposalSections.modelId, proposalSections.municipalityId, proposalSections.section], set }).run();
}

export function saveVersionSections(db: Db, versionId: number, sections: Record<string, string>): void {
  db.insert(versionProposalSections).values({ versionId, sections }).onConflictDoNothing().run();
}

/** The regional section texts a version holds; empty for a version frozen before they were kept. */
export function versionSections(db: Db, versionId: number): Record<string, string> {
  return db.select().from(versionProposalSections).where(eq(versionProposalSections.versionId, versionId)).get()?.sections ?? {};
}
