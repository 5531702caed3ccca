import { z } from "zod";
import type { Db } from "../db/client";
import { issueAccountToken } from "../db/queries/account-tokens";
import { findMunicipalityBySlug } from "../db/queries/regions";
import { deleteUserSessions } from "../db/queries/sessions";
import { createAccount, DuplicateEmailError, getAccount, setActive, updateRole } from "../db/queries/users";
import { ROLES } from "../db/schema";
import { MUNICIPAL_ROLES } from "./policy.server";

const roleFields = {
  role: z.enum(ROLES, { message: "Kies een rol uit de lijst." }),
  gemeente: z.string().trim().default(""),
};

/** A municipal role needs its municipality, and only a municipal role has one. */
function roleFitsMunicipality(input: { role: (typeof ROLES)[number]; gemeente: string }, ctx: z.RefinementCtx) {
  const municipal = MUNICIPAL_ROLES.includes(input.role);
  if (municipal && !input.gemeente) ctx.addIssue({ code: "custom", path: ["gemeente"], message: "Kies de gemeente bij deze rol." });
  if (!municipal && input.gemeente) ctx.addIssue({ code: "custom", path: ["gemeente"], message: "Alleen de rollen gemeente en raad horen bij een gemeente." });
}

/** The fields of a new account, as typed in the accounts form or given to the CLI. */
export const NewAccountInput = z
  .object({
    name: z.string().trim().min(1, "Vul een naam in.").max(120, "Een naam is hoogstens 120 tekens."),
    email: z.string().trim().min(1, "Vul een e-mailadres in.").email("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."),
    organisation: z.string().trim().max(160, "Een organisatie is hoogstens 160 tekens.").default(""),
    ...roleFields,
  })
  .superRefine(roleFitsMunicipality);

/** The redactie's change of an account's role and municipality. */
export const RoleChangeInput = z.object({ userId: z.coerce.number().int().positive(), ...roleFields }).superRefine(roleFitsMunicipality);
export type RoleChangeInput = z.infer<typeof RoleChangeInput>;
export type NewAccountInput = z.infer<typeof NewAccountInput>;

export type InviteResult = { ok: true; userId: number; token: string } | { ok: false; errors: Record<string, string> };

/** Creates an account without a password and returns the single-use link token with which the invitee sets one. */
export function inviteAccount(db: Db, regionId: number, input: NewAccountInput, invitedBy: number | null): InviteResult {
  const municipality = input.gemeente ? findMunicipalityBySlug(db, regionId, input.gemeente) : undefined;
  if (input.gemeente && !municipality) return { ok: false, errors: { gemeente: `De gemeente "${input.gemeente}" hoort niet bij deze regio.` } };
  try {
    return db.transaction(() => {
      const userId = createAccount(db, {
        name: input.name,
        email: input.email,
        organisation: input.organisation || municipality?.name || "",
        role: input.role,
        regionId,
        municipalityId: municipality?.id ?? null,
      });
      return { ok: true as const, userId, token: issueAccountToken(db, userId, "invite", invitedBy) };
    });
  } catch (error) {
    if (error instanceof DuplicateEmailError) return { ok: false, errors: { email: error.message } };
    throw error;
  }
}

/** A reset link for an account of the same region; undefined when there is no such account. */
export function issueResetLink(db: Db, regionId: number, userId: number, issuedBy: number): string | undefined {
  const account = getAccount(db, userId);
  if (!account || account.regionId !== regionId) return undefined;
  return issueAccountToken(db, userId, account.hasPassword ? "reset" : "invite", issuedBy);
}

export function setAccountActive(db: Db, regionId: number, userId: number, active: boolean): boolean {
  const account = getAccount(db, userId);
  if (!account || account.regionId !== regionId) return false;
  setActive(db, userId, regionId, active);
  if (!active) deleteUserSessions(db, userId);
  return true;
}

/**
 * Changes role and municipality of an account of the same region, and logs it. The caller has checked
 * "accounts.manage"; one's own account is refused so that a region never loses its last redactie by accident.
 */
export function changeAccountRole(db: Db, regionId: number, input: RoleChangeInput, changedBy: number): { ok: true } | { ok: false; errors: Record<string, string> } {
  const account = getAccount(db, input.userId);
  if (!account || account.regionId !== regionId) return { ok: false, errors: { userId: "Dit account hoort niet bij uw regio." } };
  if (input.userId === changedBy) return { ok: false, errors: { role: "Uw eigen rol kunt u niet wijzigen; vraag een andere redacteur." } };
  const municipality = input.gemeente ? findMunicipalityBySlug(db, regionId, input.gemeente) : undefined;
  if (input.gemeente && !municipality) return { ok: false, errors: { gemeente: `De gemeente "${input.gemeente}" hoort niet bij deze regio.` } };
  updateRole(db, { userId: account.id, changedBy, oldRole: account.role, newRole: input.role, oldMunicipalityId: account.municipalityId, newMunicipalityId: municipality?.id ?? null });
  return { ok: true };
}

export const passwordLink = (origin: string, token: string) => `${origin}/wachtwoord/${token}`;
