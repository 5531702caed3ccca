import { and, asc, desc, eq } from "drizzle-orm";
import { decideSave, type SaveDecision, type SlotDefinition } from "../../ordinance-model/index";
import type { Db } from "../client";
import { choiceChanges, choices, municipalityStatuses, users, type MunicipalityStatus } from "../schema";

export interface ChoiceRow {
  municipalityId: number;
  slotKey: string;
  value: unknown;
  slotDefinition: SlotDefinition | null;
  version: number;
  updatedAt: Date;
}

const choiceColumns = {
  municipalityId: choices.municipalityId,
  slotKey: choices.slotKey,
  value: choices.value,
  slotDefinition: choices.slotDefinition,
  version: choices.version,
  updatedAt: choices.updatedAt,
};

/** Stored choices of one model; of one municipality when given. One query for the whole matrix. */
export function listChoiceRows(db: Db, modelId: number, municipalityId?: number): ChoiceRow[] {
  const where = municipalityId === undefined ? eq(choices.modelId, modelId) : and(eq(choices.modelId, modelId), eq(choices.municipalityId, municipalityId));
  return db.select(choiceColumns).from(choices).where(where).all() as ChoiceRow[];
}

export interface ChoiceWrite {
  modelId: number;
  municipalityId: number;
  slotKey: string;
  /** A value validateChoices accepted for this slot. */
  value: unknown;
  definition: SlotDefinition | null;
  /** The version the author saw; 0 for "no stored choice". */
  seenVersion: number;
  userId: number | null;
}

/**
 * Stores one choice under the concurrency rule, and its audit record, in one transaction: the read of the current
 * version and the write cannot be interleaved with another save.
 */
export function writeChoice(db: Db, write: ChoiceWrite): SaveDecision {
  return db.transaction((tx) => {
    const key = and(eq(choices.modelId, write.modelId), eq(choices.municipalityId, write.municipalityId), eq(choices.slotKey, write.slotKey));
    const current = tx.select({ version: choices.version, value: choices.value }).from(choices).where(key).get() ?? null;
    const decision = decideSave(current, write.seenVersion, write.value);
    if (!decision.ok || decision.version === (current?.version ?? 0)) return decision;
    const row = {
      value: write.value,
      slotDefinition: write.definition,
      version: decision.version,
      updatedBy: write.userId,
      updatedAt: new Date(),
    };
    tx.insert(choices)
      .values({
        modelId: write.modelId,
        municipalityId: write.municipalityId,
        slotKey: write.slotKey,
        ...row,
      })
      .onConflictDoUpdate({
        target: [choices.modelId, choices.municipalityId, choices.slotKey],
        set: row,
      })
      .run();
    tx.insert(choiceChanges)
      .values({
        modelId: write.modelId,
        municipalityId: write.municipalityId,
        slotKey: write.slotKey,
        oldValue: current?.value ?? null,
        newValue: write.value,
        userId: write.userId,
      })
      .run();
    return decision;
  });
}

export interface ChoiceChange {
  slotKey: string;
  oldValue: unknown;
  newValue: unknown;
  userName: string | null;
  createdAt: Date;
}

/** The audit trail of one municipality, newest first. */
export function listChoiceChanges(db: Db, modelId: number, municipalityId: number): ChoiceChange[] {
  return db
    .select({
      slotKey: choiceChanges.slotKey,
      oldValue: choiceChanges.oldValue,
      newValue: choiceChanges.newValue,
      userName: users.name,
      createdAt: choiceChanges.createdAt,
    })
    .from(choiceChanges)
    .leftJoin(users, eq(users.id, choiceChanges.userId))
    .where(and(eq(choiceChanges.modelId, modelId), eq(choiceChanges.municipalityId, municipalityId)))
    .orderBy(desc(choiceChanges.id))
    .all();
}

/** The name of whoever last saved a choice, to show beside a refused save. */
export function lastEditorName(db: Db, modelId: number, municipalityId: number, slotKey: string): string | null {
  const row = db
    .select({ name: users.name })
    .from(choiceChanges)
    .leftJoin(users, eq(users.id, choiceChanges.userId))
    .where(and(eq(choiceChanges.modelId, modelId), eq(choiceChanges.municipalityId, municipalityId), eq(choiceChanges.slotKey, slotKey)))
    .orderBy(desc(choiceChanges.id))
    .get();
  return row?.name ?? null;
}

export interface StatusRow {
  municipalityId: number;
  status: MunicipalityStatus;
  reason: string | null;
  updatedBy: string | null;
  updatedAt: Date;
}

const selectStatuses = (db: Db) =>
  db
    .select({
      municipalityId: municipalityStatuses.municipalityId,
      status: municipalityStatuses.status,
      reason: municipalityStatuses.reason,
      updatedBy: users.name,
      updatedAt: municipalityStatuses.updatedAt,
    })
    .from(municipalityStatuses)
    .leftJoin(users, eq(users.id, municipalityStatuses.updatedBy));

/** Statuses of the municipalities of one model; a municipality without a row is still "concept". */
export function listStatuses(db: Db, modelId: number): StatusRow[] {
  return selectStatuses(db).where(eq(municipalityStatuses.modelId, modelId)).orderBy(asc(municipalityStatuses.municipalityId)).all();
}

/** The status of one municipality; null while it is still "concept" without ever having been marked. */
export function getStatus(db: Db, modelId: number, municipalityId: number): StatusRow | null {
  return selectStatuses(db).where(and(eq(municipalityStatuses.modelId, modelId), eq(municipalityStatuses.municipalityId, municipalityId))).get() ?? null;
}

/** Sets the status; a reason (for reopening) replaces the kept one, no reason leaves the last one in place. */
export function setStatus(
  db: Db,
  modelId: number,
  municipalityId: number,
  status: MunicipalityStatus,
  reason: string | undefined,
  userId: number | null,
): void {
  const row = {
    status,
    updatedBy: userId,
    updatedAt: new Date(),
    ...(reason === undefined ? {} : { reason }),
  };
  db.insert(municipalityStatuses)
    .values({ modelId, municipalityId, ...row })
    .onConflictDoUpdate({
      target: [municipalityStatuses.modelId, municipalityStatuses.municipalityId],
      set: row,
    })
    .run();
}
