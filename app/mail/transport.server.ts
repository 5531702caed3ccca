import nodemailer, { type Transporter } from "nodemailer";

/** The one way Modelwerk sends mail: plain-text messages over the SMTP server of `SMTP_URL` (smtp:// or smtps://). */
export interface Mailer {
  send(mail: { to: string; subject: string; body: string }): Promise<void>;
  close(): void;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, body }) {
      await transport.sendMail({ from, to, subject, text: body });
    },
    close: () => transport.close(),
  };
}
