import type { Db } from "../db/client";
import { activeDemoAccountHashes, DEMO_PASSWORD, knownDemoCredentialPresent } from "../db/seed/demo-accounts";

const LOOPBACK = "127.0.0.1";
const isLoopback = (host: string) => host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);

export type ListenAddress = { host: string | undefined; demoOnly: boolean } | { refusal: string };

/**
 * Where the server may listen. The demo accounts share a password that the README publishes, so while they exist the
 * server is reachable from this machine only; `HOST` on another address is refused while that password still works.
 * Without demo accounts `HOST` decides, and unset means every interface, as Node's default.
 */
export async function listenAddress(db: Db, host: string | undefined): Promise<ListenAddress> {
  const demoPresent = activeDemoAccountHashes(db).length > 0;
  if (!demoPresent) return { host, demoOnly: false };
  if (host === undefined) return { host: LOOPBACK, demoOnly: true };
  if (isLoopback(host) || !(await knownDemoCredentialPresent(db))) return { host, demoOnly: false };
  return {
    refusal:
      `Modelwerk start niet op HOST=${host}: de demo-accounts hebben nog het bekende wachtwoord "${DEMO_PASSWORD}", ` +
      "en zouden zo vanaf andere machines bereikbaar zijn. Kies één van deze mogelijkheden:\n" +
      "  - start met een nieuwe database zonder demodata: MODELWERK_DEMO=0 (maak de eerste redactie met `modelwerk users add`);\n" +
      "  - blokkeer de demo-accounts of geef ze een eigen wachtwoord (via Accounts);\n" +
      "  - laat HOST weg: dan luistert Modelwerk alleen op 127.0.0.1, voor een demo op deze machine.",
  };
}
