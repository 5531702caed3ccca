export interface Config {
  port: number;
  /** The address to listen on; unset: 127.0.0.1 while demo accounts exist, otherwise every interface. */
  host: string | undefined;
  databasePath: string;
  demo: boolean;
  production: boolean;
  /** Overrides the secret generated into the database on first start. */
  sessionSecret: string | undefined;
  /** Origins allowed to open sockets and post forms besides the request's own host. */
  allowedOrigins: string[];
  trustProxy: boolean;
  maxBodyBytes: number;
  /** The origin people reach the app on; used in links the CLI prints. */
  publicUrl: string;
  /** Outgoing mail; without an SMTP URL nothing is mailed and links are shown to the redactie instead. */
  mail: { smtpUrl: string; from: string } | null;
  /** How often the background sender looks for mail to send and notifications to make. */
  mailIntervalMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST || undefined,
    databasePath: env.DATABASE_PATH ?? "data/modelwerk.db",
    demo: env.MODELWERK_DEMO !== "0",
    production: env.NODE_ENV === "production",
    sessionSecret: env.SESSION_SECRET || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === "1",
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 1024 * 1024),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ""),
    mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM || "Modelwerk <modelwerk@localhost>" } : null,
    mailIntervalMs: Number(env.MAIL_INTERVAL_MS ?? 15_000),
  };
}
