import { and, asc, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { mailQueue, notificationPreferences, notifications, users, type Delivery, type NotificationKind, type Role } from "../schema";

// Notifications in the app, each user's mail preference per kind, and the outgoing mail queue.

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Pick<NotificationRow, "userId" | "kind" | "eventKey" | "subject" | "body" | "link">;

/** Inserts those not yet there (one per user and event) and returns the ones that are new. */
export function insertNotifications(db: Db, rows: readonly NewNotification[]): NotificationRow[] {
  if (rows.length === 0) return [];
  return db.insert(notifications).values([...rows]).onConflictDoNothing().returning().all();
}

export function listNotifications(db: Db, userId: number, limit = 50): NotificationRow[] {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.id)).limit(limit).all();
}

export function countUnread(db: Db, userId: number): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get()!.n;
}

/** Marks the user's own notifications read: the given ones, or all. */
export function markRead(db: Db, userId: number, ids: readonly number[] | "all", at = new Date()): void {
  const own = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  db.update(notifications)
    .set({ readAt: at })
    .where(ids === "all" ? own : and(own, inArray(notifications.id, [...ids])))
    .run();
}

export function getPreferences(db: Db, userIds: readonly number[]): Map<string, Delivery> {
  if (userIds.length === 0) return new Map();
  const rows = db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, [...userIds])).all();
  return new Map(rows.map((r) => [`${r.userId}:${r.kind}`, r.delivery]));
}

export function setPreferences(db: Db, userId: number, prefs: ReadonlyMap<NotificationKind, Delivery>): void {
  db.transaction((tx) => {
    for (const [kind, delivery] of prefs)
      tx.insert(notificationPreferences)
        .values({ userId, kind, delivery })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery } })
        .run();
  });
}

/** Notifications waiting for a digest: their kind is set to "digest" by their user and no digest carried them yet. */
export function pendingDigest(db: Db) {
  return db
    .select({ id: notifications.id, userId: notifications.userId, email: users.email, name: users.name, subject: notifications.subject, body: notifications.body, link: notifications.link })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(notificationPreferences, and(eq(notificationPreferences.userId, notifications.userId), eq(notificationPreferences.kind, notifications.kind)))
    .where(and(eq(notificationPreferences.delivery, "digest"), isNull(notifications.digestedAt), eq(users.active, true)))
    .orderBy(asc(notifications.userId), asc(notifications.id))
    .all();
}

export function markDigested(db: Db, ids: readonly number[], at: Date): void {
  if (ids.length) db.update(notifications).set({ digestedAt: at }).where(inArray(notifications.id, [...ids])).run();
}

// ——— mail queue ———

export type MailRow = typeof mailQueue.$inferSelect;
export interface NewMail {
  to: string;
  subject: string;
  body: string;
}

export function enqueueMails(db: Db, mails: readonly NewMail[]): void {
  if (mails.length) db.insert(mailQueue).values([...mails]).run();
}

/** Unsent mails whose next attempt is due, oldest first. */
export function dueMails(db: Db, now: Date, limit: number): MailRow[] {
  return db
    .select()
    .from(mailQueue)
    .where(and(isNull(mailQueue.sentAt), lte(mailQueue.nextAttemptAt, now)))
    .orderBy(asc(mailQueue.id))
    .limit(limit)
    .all();
}

export function markMailSent(db: Db, id: number, at: Date): void {
  db.update(mailQueue).set({ sentAt: at, lastError: null }).where(eq(mailQueue.id, id)).run();
}

export function markMailFailed(db: Db, id: number, error: string, nextAttemptAt: Date): void {
  db.update(mailQueue)
    .set({ attempts: sql`${mailQueue.attempts} + 1`, lastError: error.slice(0, 500), nextAttemptAt })
    .where(eq(mailQueue.id, id))
    .run();
}

/** Active accounts of a region with one of the roles (and, if given, of one municipality): who a notification may go to. */
export function listRecipients(db: Db, regionId: number, roles: readonly Role[], municipalityId?: number) {
  if (roles.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.active, true), inArray(users.role, [...roles]), municipalityId === undefined ? undefined : eq(users.municipalityId, municipalityId)))
    .orderBy(asc(users.id))
    .all();
}

/** Active accounts by id (the authors of comments, say). */
export function recipientsById(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, regionId: users.regionId, municipalityId: users.municipalityId, active: users.active })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.active, true)))
    .all();
}
