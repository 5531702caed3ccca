import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "../../db/password";
import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { seedDatabase } from "../../db/seed/index";

/** A seeded database of a test's own, in a fresh temporary folder; `close` closes it and removes the folder. */
export async function seededDatabase(prefix: string, demo = true): Promise<{ db: Db; dir: string; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = openDatabase(join(dir, "modelwerk.db"));
  await seedDatabase(db, { demo });
  return {
    db,
    dir,
    close() {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Short-lived connections to a running server's database file. Each helper opens, works and closes, so the server
 * stays the last connection and can remove its WAL file on shutdown.
 */
export function readDb<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function writeDb<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: string;
  region_id: number;
  municipality_id: number | null;
  password_hash: string | null;
  active: number;
}

export const userByEmail = (path: string, email: string): UserRow | undefined =>
  readDb(path, (db) => db.prepare("SELECT * FROM users WHERE email = ?").get(email.toLowerCase()) as UserRow | undefined);

export const userCount = (path: string): number => readDb(path, (db) => (db.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n);

export const tokenCount = (path: string, userId: number): number =>
  readDb(path, (db) => (db.prepare("SELECT count(*) AS n FROM account_tokens WHERE user_id = ?").get(userId) as { n: number }).n);

export const regionId = (path: string, slug: string): number =>
  readDb(path, (db) => (db.prepare("SELECT id FROM regions WHERE slug = ?").get(slug) as { id: number }).id);

/** Adds an account straight into the database, as an installer's CLI would, with a real scrypt hash. */
export async function insertUser(
  path: string,
  user: { email: string; name: string; role: string; regionSlug: string; password: string; organisation?: string },
): Promise<number> {
  const hash = await hashPassword(user.password);
  return writeDb(path, (db) => {
    const region = db.prepare("SELECT id FROM regions WHERE slug = ?").get(user.regionSlug) as { id: number } | undefined;
    if (!region) throw new Error(`Regio ${user.regionSlug} bestaat niet`);
    const result = db
      .prepare("INSERT INTO users (email, name, organisation, role, region_id, municipality_id, password_hash, active) VALUES (?, ?, ?, ?, ?, NULL, ?, 1)")
      .run(user.email, user.name, user.organisation ?? "", user.role, region.id, hash);
    return Number(result.lastInsertRowid);
  });
}

/** The id of the first model ordinance (the seeded Twente model). */
export const firstModelId = (path: string): number =>
  readDb(path, (db) => (db.prepare("SELECT id FROM models ORDER BY id LIMIT 1").get() as { id: number }).id);

/**
 * A municipality back to how a fresh installation has it: no choices, motivations, status, pin or decision data. For tests of the
 * choices that start from nothing, while the demo seeds Almelo gereed with choices of its own.
 */
export function resetMunicipality(path: string, slug: string): void {
  writeDb(path, (db) => {
    const { id } = db.prepare("SELECT id FROM municipalities WHERE slug = ?").get(slug) as { id: number };
    for (const table of ["choices", "choice_changes", "choice_motivations", "municipality_statuses", "municipality_pins", "decision_data"]) db.prepare(`DELETE FROM ${table} WHERE municipality_id = ?`).run(id);
  });
}
