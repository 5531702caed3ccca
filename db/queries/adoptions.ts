import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { adoptionAmendments, adoptions, users } from "../schema";

// The adoptions of a municipality's ordinance by its council, each with the council's amendments. Rows are written
// once, in one transaction with their amendments, and never updated: the adopted text is frozen.

export interface StoredAmendment {
  number: string;
  title: string;
  changes: { provision: string; text: string }[];
}

export interface AdoptionRow {
  id: number;
  modelId: number;
  municipalityId: number;
  versionId: number;
  councilDate: string;
  decisionNumber: string;
  values: Record<string, unknown>;
  proposedDocument: unknown;
  document: unknown;
  recordedBy: number | null;
  recordedByName: string | null;
  recordedAt: Date;
  amendments: StoredAmendment[];
}

export type NewAdoption = Omit<AdoptionRow, "id" | "recordedAt" | "recordedByName">;

export function insertAdoption(db: Db, adoption: NewAdoption): number {
  const { amendments, ...row } = adoption;
  return db.transaction(() => {
    const id = db.insert(adoptions).values(row).returning({ id: adoptions.id }).get().id;
    amendments.forEach((a, position) => db.insert(adoptionAmendments).values({ adoptionId: id, position, ...a }).run());
    return id;
  });
}

function amendmentsOf(db: Db, adoptionId: number): StoredAmendment[] {
  return db
    .select({ number: adoptionAmendments.number, title: adoptionAmendments.title, changes: adoptionAmendments.changes })
    .from(adoptionAmendments)
    .where(eq(adoptionAmendments.adoptionId, adoptionId))
    .orderBy(asc(adoptionAmendments.position))
    .all();
}

/** A municipality's adoptions, oldest council meeting first; the last one is the text in force. */
export function listAdoptions(db: Db, modelId: number, municipalityId: number): AdoptionRow[] {
  const rows = db
    .select({ adoption: adoptions, recordedByName: users.name })
    .from(adoptions)
    .leftJoin(users, eq(users.id, adoptions.recordedBy))
    .where(and(eq(adoptions.modelId, modelId), eq(adoptions.municipalityId, municipalityId)))
    .orderBy(asc(adoptions.councilDate), asc(adoptions.id))
    .all();
  return rows.map(({ adoption, recordedByName }) => ({ ...adoption, recordedByName, amendments: amendmentsOf(db, adoption.id) }));
}

export interface AdoptionSummary {
  municipalityId: number;
  versionId: number;
  councilDate: string;
  decisionNumber: string;
}

/** Per municipality of a model that adopted: its latest adoption, for the process overview, the matrix and the model page. */
export function latestAdoptions(db: Db, modelId: number): Map<number, AdoptionSummary> {
  const rows = db
    .select({ municipalityId: adoptions.municipalityId, versionId: adoptions.versionId, councilDate: adoptions.councilDate, decisionNumber: adoptions.decisionNumber })
    .from(adoptions)
    .where(eq(adoptions.modelId, modelId))
    .orderBy(asc(adoptions.councilDate), asc(adoptions.id))
    .all();
  return new Map(rows.map((r) => [r.municipalityId, r]));
}
