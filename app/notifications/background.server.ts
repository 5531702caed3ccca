import type { Db } from "../../db/client";
import { ensureSetting, writeSetting } from "../../db/queries/settings";
import type { Config } from "../config.server";
import { smtpMailer, type Mailer } from "../mail/transport.server";
import { sendDueMails } from "../mail/sender.server";
import { today } from "../consultation/phases.server";
import { phasesClosing } from "./events.server";
import { queueDigests } from "./digest.server";
import { mailContext } from "./notify.server";

/** The daily digest goes out on the first tick after this hour, Dutch time. */
const DIGEST_HOUR = 7;
const DIGEST_SETTING = "digest-sent-on";

function dutchHour(at: Date): number {
  return Number(new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "numeric", hourCycle: "h23" }).format(at));
}

/** Once a day after DIGEST_HOUR: queues the digests and remembers the day, so a restart does not send them twice. */
export function digestIfDue(db: Db, publicUrl: string, at = new Date()): number {
  const day = today();
  if (dutchHour(at) < DIGEST_HOUR || ensureSetting(db, DIGEST_SETTING, () => "") === day) return 0;
  writeSetting(db, DIGEST_SETTING, day);
  return queueDigests(db, publicUrl, at);
}

/** One pass: notifications of phases about to close, the daily digest, then the mail that is due. */
export async function tick(db: Db, config: Config, mailer: Mailer | null): Promise<void> {
  phasesClosing(db, mailContext(config));
  if (!mailer) return;
  digestIfDue(db, config.publicUrl);
  await sendDueMails(db, mailer);
}

/** Started by server.ts; the returned function stops it on shutdown. Errors are logged, never thrown into a request. */
export function startBackground(db: Db, config: Config): () => void {
  const mailer = config.mail ? smtpMailer(config.mail.smtpUrl, config.mail.from) : null;
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    tick(db, config, mailer)
      .catch((error) => console.error("Meldingen en e-mail:", error))
      .finally(() => (running = false));
  };
  const timer = setInterval(run, config.mailIntervalMs);
  run();
  return () => {
    clearInterval(timer);
    mailer?.close();
  };
}
