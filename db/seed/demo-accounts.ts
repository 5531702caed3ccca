import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../client";
import { verifyPassword } from "../password";
import { users, type Role } from "../schema";

export const DEMO_PASSWORD = "welkom-modelwerk";

export interface DemoAccount {
  email: string;
  name: string;
  organisation: string;
  role: Role;
  municipality?: string;
  /** The region's slug; Twente unless named. */
  region?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "redactie@modelwerk.test", name: "Rianne de Redacteur", organisation: "RIGO", role: "redactie" },
  { email: "werkgroep@modelwerk.test", name: "Wim Werkgroep", organisation: "Provincie Overijssel", role: "werkgroep" },
  // Set to Voorstellen (demo-editing-modes.ts), so that suggesting can be tried at once.
  { email: "werkgroep2@modelwerk.test", name: "Wil Werkgroep", organisation: "Gemeente Hengelo", role: "werkgroep" },
  { email: "gemeente.almelo@modelwerk.test", name: "Anouk Almelo", organisation: "Gemeente Almelo", role: "gemeente", municipality: "almelo" },
  { email: "gemeente.enschede@modelwerk.test", name: "Erik Enschede", organisation: "Gemeente Enschede", role: "gemeente", municipality: "enschede" },
  { email: "raad.almelo@modelwerk.test", name: "Robin Raadslid", organisation: "Gemeenteraad Almelo", role: "raad", municipality: "almelo" },
  { email: "huurders@modelwerk.test", name: "Hanneke Huurders", organisation: "Huurdersvereniging Twente", role: "huurders" },
  { email: "corporatie@modelwerk.test", name: "Cor Corporatie", organisation: "WoON Twente", role: "corporatie" },
  { email: "provincie@modelwerk.test", name: "Petra Provincie", organisation: "Provincie Overijssel", role: "provincie" },
  {
    email: "redactie.west-overijssel@modelwerk.test",
    name: "Wendela Westerveld",
    organisation: "Regio West-Overijssel",
    role: "redactie",
    region: "west-overijssel",
  },
];

/** The password hashes of the demo accounts that could still log in: present, active and with a password. */
export function activeDemoAccountHashes(db: Db): string[] {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  return db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(and(inArray(users.email, emails), eq(users.active, true), isNotNull(users.passwordHash)))
    .all()
    .map((row) => row.hash!);
}

/** Whether a demo account still opens with the password the README publishes (slow: one scrypt per account). */
export async function knownDemoCredentialPresent(db: Db): Promise<boolean> {
  const matches = await Promise.all(activeDemoAccountHashes(db).map((hash) => verifyPassword(DEMO_PASSWORD, hash)));
  return matches.includes(true);
}
