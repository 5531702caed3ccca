import type { Db } from "../../db/client";
import { enqueueMails, getPreferences, insertNotifications, type NewMail } from "../../db/queries/notifications";
import type { NotificationKind } from "../../db/schema";

/** Where mail goes out, when it does: the public origin the links in a mail point to. */
export interface MailContext {
  /** Null when no SMTP server is configured: notifications then live in the app only. */
  publicUrl: string | null;
}

export const mailContext = (config: { mail: unknown; publicUrl: string }): MailContext => ({ publicUrl: config.mail ? config.publicUrl : null });

export interface Recipient {
  id: number;
  email: string;
  name: string;
}

export interface NotificationEvent {
  kind: NotificationKind;
  /** Identifies the event; a user gets one notification per key however often it is raised. */
  eventKey: string;
  subject: string;
  body: string;
  link: string;
}

export function mailText(publicUrl: string, name: string, paragraphs: readonly string[]): string {
  return [
    `Beste ${name},`,
    ...paragraphs,
    `U krijgt deze e-mail van Modelwerk. Welke meldingen u per e-mail krijgt, kiest u op ${publicUrl}/meldingen.`,
  ].join("\n\n");
}

/**
 * Records the event as a notification for each recipient (once per event) and, for those who want it at once, queues
 * the mail in the same transaction. Callers pass only recipients who may see what the notification is about.
 */
export function notify(db: Db, mail: MailContext, recipients: readonly Recipient[], event: NotificationEvent): number {
  return db.transaction(() => {
    const created = insertNotifications(
      db,
      recipients.map((r) => ({ userId: r.id, kind: event.kind, eventKey: event.eventKey, subject: event.subject, body: event.body, link: event.link })),
    );
    if (mail.publicUrl && created.length) {
      const prefs = getPreferences(db, created.map((n) => n.userId));
      const byId = new Map(recipients.map((r) => [r.id, r]));
      const mails: NewMail[] = created
        .filter((n) => (prefs.get(`${n.userId}:${n.kind}`) ?? "immediately") === "immediately")
        .map((n) => {
          const r = byId.get(n.userId)!;
          return { to: r.email, subject: n.subject, body: mailText(mail.publicUrl!, r.name, [n.body, `Bekijk het in Modelwerk: ${mail.publicUrl}${n.link}`]) };
        });
      enqueueMails(db, mails);
    }
    return created.length;
  });
}
