import type { Db } from "../../db/client";
import { enqueueMails } from "../../db/queries/notifications";
import type { Config } from "../config.server";
import { mailText } from "../notifications/notify.server";
import { passwordLink } from "../accounts.server";

/**
 * Queues the mail with a link to set a password, when mail is configured; returns whether it did. Without SMTP the
 * caller shows the link to the redactie to pass on.
 */
export function mailPasswordLink(db: Db, config: Config, to: { email: string; name: string }, token: string, purpose: "invite" | "reset"): boolean {
  if (!config.mail) return false;
  const link = passwordLink(config.publicUrl, token);
  const invite = purpose === "invite";
  enqueueMails(db, [
    {
      to: to.email,
      subject: invite ? "Uw uitnodiging voor Modelwerk" : "Een nieuw wachtwoord voor Modelwerk",
      body: mailText(config.publicUrl, to.name, [
        invite
          ? "De redactie heeft een account voor u gemaakt in Modelwerk, waar de regio samen de modelverordening schrijft. Kies via deze link een wachtwoord:"
          : "De redactie heeft een link voor u gemaakt om een nieuw wachtwoord te kiezen:",
        link,
        "De link werkt één keer en verloopt na 7 dagen.",
      ]),
    },
  ]);
  return true;
}
