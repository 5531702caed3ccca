import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { accountChanges, municipalities, regions, users, type Role } from "../schema";

/** A user as every access decision sees it: identity, role and where they belong. */
export interface Account {
  id: number;
  email: string;
  name: string;
  organisation: string;
  role: Role;
  active: boolean;
  regionId: number;
  regionSlug: string;
  regionName: string;
  municipalityId: number | null;
  municipalitySlug: string | null;
  municipalityName: string | null;
  hasPassword: boolean;
}

function accountQuery(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      organisation: users.organisation,
      role: users.role,
      active: users.active,
      regionId: users.regionId,
      regionSlug: regions.slug,
      regionName: regions.name,
      municipalityId: users.municipalityId,
      municipalitySlug: municipalities.slug,
      municipalityName: municipalities.name,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .innerJoin(regions, eq(regions.id, users.regionId))
    .leftJoin(municipalities, eq(municipalities.id, users.municipalityId));
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountQuery>["all"]>>[number];

function toAccount({ passwordHash, ...row }: AccountRow): Account {
  return { ...row, hasPassword: passwordHash !== null };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function getAccount(db: Db, id: number): Account | undefined {
  const row = accountQuery(db).where(eq(users.id, id)).get();
  return row && toAccount(row);
}

export function findCredentials(db: Db, email: string) {
  const row = accountQuery(db).where(eq(users.email, normaliseEmail(email))).get();
  return row && { account: toAccount(row), passwordHash: row.passwordHash };
}

export function listAccounts(db: Db, regionId?: number): Account[] {
  const query = accountQuery(db);
  const rows = regionId === undefined ? query.orderBy(asc(users.name)).all() : query.where(eq(users.regionId, regionId)).orderBy(asc(users.name)).all();
  return rows.map(toAccount);
}

export interface NewAccount {
  email: string;
  name: string;
  organisation: string;
  role: Role;
  regionId: number;
  municipalityId: number | null;
  passwordHash?: string | null;
}

export class DuplicateEmailError extends Error {
  constructor(readonly email: string) {
    super(`Er bestaat al een account met e-mailadres ${email}.`);
  }
}

export function createAccount(db: Db, account: NewAccount): number {
  const email = normaliseEmail(account.email);
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) throw new DuplicateEmailError(email);
  return db
    .insert(users)
    .values({ ...account, email })
    .returning({ id: users.id })
    .get().id;
}

export function setPasswordHash(db: Db, userId: number, passwordHash: string): void {
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

export function setActive(db: Db, userId: number, regionId: number, active: boolean): void {
  db.update(users)
    .set({ active })
    .where(and(eq(users.id, userId), eq(users.regionId, regionId)))
    .run();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()!.n;
}

/** Sets an account's role and municipality and logs the change, in one transaction. */
export function updateRole(db: Db, change: Omit<typeof accountChanges.$inferInsert, "id" | "createdAt">): void {
  db.transaction((tx) => {
    tx.update(users).set({ role: change.newRole, municipalityId: change.newMunicipalityId }).where(eq(users.id, change.userId)).run();
    tx.insert(accountChanges).values(change).run();
  });
}
