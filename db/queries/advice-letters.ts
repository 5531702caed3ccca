import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Db } from "../client";
import { adviceLetters } from "../schema";

// The letters in which advice came in (app/decisions/advice-letters.ts checks them before they get here).

export type AdviceLetterRow = typeof adviceLetters.$inferSelect;
export type AdviceLetterInfo = Omit<AdviceLetterRow, "data"> & { size: number };

const ofMunicipality = (modelId: number, municipalityId: number) => and(eq(adviceLetters.modelId, modelId), eq(adviceLetters.municipalityId, municipalityId));

/** A municipality's letters without their contents: the province first, then the tenant organisations by name. */
export function listAdviceLetters(db: Db, modelId: number, municipalityId: number): AdviceLetterInfo[] {
  const { data, ...columns } = getTableColumns(adviceLetters);
  return db
    .select({ ...columns, size: sql<number>`length(${data})` })
    .from(adviceLetters)
    .where(ofMunicipality(modelId, municipalityId))
    .orderBy(asc(adviceLetters.adviser), asc(adviceLetters.organisation))
    .all();
}

/** One letter with its contents, only when it belongs to this municipality's decision data for this model. */
export function getAdviceLetter(db: Db, modelId: number, municipalityId: number, id: number): AdviceLetterRow | undefined {
  return db.select().from(adviceLetters).where(and(ofMunicipality(modelId, municipalityId), eq(adviceLetters.id, id))).get();
}

export interface StoredLetter {
  adviser: "provincie" | "huurders";
  organisation: string;
  fileName: string;
  fileType: "pdf" | "docx";
  data: Buffer;
}

/** Stores a letter, replacing the one from the same adviser. */
export function saveAdviceLetter(db: Db, modelId: number, municipalityId: number, letter: StoredLetter, userId: number | null): void {
  const set = { fileName: letter.fileName, fileType: letter.fileType, data: letter.data, uploadedBy: userId, uploadedAt: new Date() };
  db.insert(adviceLetters)
    .values({ modelId, municipalityId, adviser: letter.adviser, organisation: letter.organisation, ...set })
    .onConflictDoUpdate({ target: [adviceLetters.modelId, adviceLetters.municipalityId, adviceLetters.adviser, adviceLetters.organisation], set })
    .run();
}

export function removeAdviceLetter(db: Db, modelId: number, municipalityId: number, adviser: "provincie" | "huurders", organisation: string): void {
  db.delete(adviceLetters).where(and(ofMunicipality(modelId, municipalityId), eq(adviceLetters.adviser, adviser), eq(adviceLetters.organisation, organisation))).run();
}
