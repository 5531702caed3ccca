import type { Db } from "../../db/client";
import { enqueueMails, markDigested, pendingDigest } from "../../db/queries/notifications";
import { mailText } from "./notify.server";

/**
 * One mail per user with everything they asked to receive daily and have not had yet. The caller decides when a day's
 * digest is due; this only gathers, queues and marks, in one transaction.
 */
export function queueDigests(db: Db, publicUrl: string, at = new Date()): number {
  return db.transaction(() => {
    const rows = pendingDigest(db);
    const perUser = new Map<number, typeof rows>();
    for (const row of rows) perUser.set(row.userId, [...(perUser.get(row.userId) ?? []), row]);
    for (const items of perUser.values()) {
      const { email, name } = items[0]!;
      const lines = items.map((n) => `- ${n.subject}\n  ${n.body}\n  ${publicUrl}${n.link}`);
      const subject = items.length === 1 ? "Modelwerk: 1 nieuwe melding" : `Modelwerk: ${items.length} nieuwe meldingen`;
      enqueueMails(db, [{ to: email, subject, body: mailText(publicUrl, name, ["Dit is er sinds het vorige overzicht gebeurd:", lines.join("\n\n")]) }]);
    }
    markDigested(db, rows.map((r) => r.id), at);
    return perUser.size;
  });
}
