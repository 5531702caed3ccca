import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { dueMails, enqueueMails } from "../../db/queries/notifications";
import { mailQueue } from "../../db/schema";
import { retryDelay, sendDueMails } from "./sender.server";
import { smtpMailer, type Mailer } from "./transport.server";
import { startSmtp } from "../../test/support/smtp";

let db: Db;
beforeEach(() => {
  db = openDatabase(":memory:");
});
afterEach(() => closeDatabase(db));

const failing: Mailer = { send: () => Promise.reject(new Error("Verbinding geweigerd")), close: () => {} };

describe("the mail queue", () => {
  it("keeps a failed mail with its error, retries it later, and sends it once the server answers", async () => {
    enqueueMails(db, [{ to: "raad@example.nl", subject: "Reageren kan", body: "Beste raadslid," }]);
    const start = new Date(Date.now() + 1000);
    expect(await sendDueMails(db, failing, start)).toEqual({ sent: 0, failed: 1 });
    const [row] = db.select().from(mailQueue).all();
    expect(row).toMatchObject({ attempts: 1, lastError: "Verbinding geweigerd", sentAt: null });
    // Not due again before the back-off has passed.
    expect(dueMails(db, new Date(start.getTime() + retryDelay(0) - 1), 10)).toHaveLength(0);

    const smtp = await startSmtp();
    const mailer = smtpMailer(smtp.url, "Modelwerk <noreply@modelwerk.test>");
    try {
      expect(await sendDueMails(db, mailer, new Date(start.getTime() + retryDelay(0)))).toEqual({ sent: 1, failed: 0 });
      expect(smtp.mails).toEqual([{ to: ["raad@example.nl"], subject: "Reageren kan", body: expect.stringContaining("Beste raadslid,") }]);
      expect(db.select().from(mailQueue).all()[0]!.sentAt).not.toBeNull();
      // A sent mail is never sent again.
      expect(await sendDueMails(db, mailer, new Date(start.getTime() + 10 * retryDelay(5)))).toEqual({ sent: 0, failed: 0 });
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it("backs off longer after every failure, up to an hour", () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 7, 10].map(retryDelay);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBe(3_600_000);
    expect(delays[0]).toBe(60_000);
  });
});
