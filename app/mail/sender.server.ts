import type { Db } from "../../db/client";
import { dueMails, markMailFailed, markMailSent } from "../../db/queries/notifications";
import type { Mailer } from "./transport.server";

/** Per tick at most this many mails, so a long queue cannot hold the process for long. */
const BATCH = 20;
const MINUTE = 60_000;

/** 1, 2, 4 … minutes after each failure, at most an hour: a mail server that is down for a day still gets every mail. */
export function retryDelay(attempts: number): number {
  return Math.min(MINUTE * 2 ** attempts, 60 * MINUTE);
}

/**
 * Sends the mails that are due. A failure is written to the row and retried later; the row stays until it is sent,
 * so nothing is lost, and the request that queued it never waited for the mail server.
 */
export async function sendDueMails(db: Db, mailer: Mailer, now = new Date()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const mail of dueMails(db, now, BATCH)) {
    try {
      await mailer.send(mail);
      markMailSent(db, mail.id, new Date());
      sent++;
    } catch (error) {
      markMailFailed(db, mail.id, error instanceof Error ? error.message : String(error), new Date(now.getTime() + retryDelay(mail.attempts)));
      failed++;
    }
  }
  return { sent, failed };
}
