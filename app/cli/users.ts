import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { listAccounts, normaliseEmail } from "../../db/queries/users";
import { ROLES } from "../../db/schema";
import { inviteAccount, NewAccountInput, passwordLink } from "../accounts.server";
import { UsageError, type CliIo } from "./io";
import { requireRegion } from "./lookup";
import type { Config } from "../config.server";

export function usersCommand(db: Db, args: string[], io: CliIo, config: Config): number {
  const [sub, ...rest] = args;
  if (sub === "add") {
    const { values } = parseArgs({
      args: rest,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        gemeente: { type: "string" },
        organisatie: { type: "string" },
        regio: { type: "string", default: "twente" },
      },
    });
    const input = NewAccountInput.safeParse({ ...values, organisation: values.organisatie });
    if (!input.success) {
      for (const issue of input.error.issues) io.err(`--${String(issue.path[0])}: ${issue.message}`);
      if (input.error.issues.some((issue) => issue.path[0] === "role")) io.err(`Rollen: ${ROLES.join(", ")}.`);
      return 1;
    }
    const result = inviteAccount(db, requireRegion(db, values.regio!).id, input.data, null);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.errors)) io.err(`--${field}: ${message}`);
      return 1;
    }
    io.out(`Account gemaakt voor ${normaliseEmail(input.data.email)}. Eenmalige link om een wachtwoord in te stellen:`);
    io.out(passwordLink(config.publicUrl, result.token));
    return 0;
  }
  if (sub === "list") {
    const { values } = parseArgs({ args: rest, options: { regio: { type: "string" } } });
    const accounts = listAccounts(db, values.regio ? requireRegion(db, values.regio).id : undefined);
    for (const a of accounts) {
      const status = !a.active ? "geblokkeerd" : a.hasPassword ? "actief" : "uitgenodigd";
      io.out([a.email, a.name, a.role, a.municipalitySlug ?? "-", a.regionSlug, a.organisation, status].join("\t"));
    }
    return 0;
  }
  throw new UsageError(`Onbekende opdracht "users ${sub ?? ""}".`);
}
