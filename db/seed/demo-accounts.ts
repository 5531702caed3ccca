import type { Role } from "../schema";

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
