import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { accountEditingModes, roleEditingModes, users, type EditingMode, type Role } from "../schema";

// Bewerken or Voorstellen per account (decision 060): the account's own setting, else its role's default in the region,
// else the built-in default. The built-in default is Bewerken for every role that writes (redactie and werkgroep).

export const BUILT_IN_EDITING_MODE: EditingMode = "edit";

function preparedStatements(db: Db) {
  return {
    // One statement on the path of every write from the sync socket.
    mode: db
      .select({ own: accountEditingModes.mode, byRole: roleEditingModes.mode })
      .from(users)
      .leftJoin(accountEditingModes, eq(accountEditingModes.userId, users.id))
      .leftJoin(roleEditingModes, and(eq(roleEditingModes.regionId, users.regionId), eq(roleEditingModes.role, users.role)))
      .where(eq(users.id, sql.placeholder("userId")))
      .prepare(),
  };
}
const statements = new WeakMap<Db, ReturnType<typeof preparedStatements>>();
const prepared = (db: Db) => statements.get(db) ?? statements.set(db, preparedStatements(db)).get(db)!;

export function editingModeOf(db: Db, userId: number): EditingMode {
  const row = prepared(db).mode.get({ userId });
  return row?.own ?? row?.byRole ?? BUILT_IN_EDITING_MODE;
}

/** The account's own setting; null returns it to its role's default. */
export function setAccountEditingMode(db: Db, userId: number, mode: EditingMode | null, changedBy: number | null): void {
  if (mode === null) db.delete(accountEditingModes).where(eq(accountEditingModes.userId, userId)).run();
  else
    db.insert(accountEditingModes)
      .values({ userId, mode, changedBy, changedAt: new Date() })
      .onConflictDoUpdate({ target: accountEditingModes.userId, set: { mode, changedBy, changedAt: new Date() } })
      .run();
}

export function setRoleEditingMode(db: Db, regionId: number, role: Role, mode: EditingMode): void {
  db.insert(roleEditingModes).values({ regionId, role, mode }).onConflictDoUpdate({ target: [roleEditingModes.regionId, roleEditingModes.role], set: { mode } }).run();
}

/** The region's defaults per role, and the accounts that have their own setting. */
export function regionEditingModes(db: Db, regionId: number): { byRole: Map<Role, EditingMode>; byAccount: Map<number, EditingMode> } {
  const byRole = new Map(db.select().from(roleEditingModes).where(eq(roleEditingModes.regionId, regionId)).all().map((r) => [r.role, r.mode] as const));
  const byAccount = new Map(
    db
      .select({ userId: accountEditingModes.userId, mode: accountEditingModes.mode })
      .from(accountEditingModes)
      .innerJoin(users, eq(users.id, accountEditingModes.userId))
      .where(eq(users.regionId, regionId))
      .all()
      .map((r) => [r.userId, r.mode] as const),
  );
  return { byRole, byAccount };
}
