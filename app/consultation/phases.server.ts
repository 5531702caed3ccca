import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { getPhase, getVersion, type PhaseChanges, type PhaseRow } from "../../db/queries/consultation";
import type { ModelRow } from "../../db/queries/models";
import { PHASE_STATUSES, ROLES, type Role } from "../../db/schema";
import type { Account } from "../../db/queries/users";
import { formatDate } from "../../ordinance-model/index";
import { notFound } from "../access.server";
import { formValues, parseForm, type FormResult } from "../forms.server";

/** Today as the region counts it: a phase that ends on a date is open until midnight in the Netherlands. */
export function today(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

export type CommentWindow = { open: true } | { open: false; reason: string };

/** Whether the phase accepts comments now, and if not, why, in words for the commenter. */
export function commentWindow(phase: PhaseRow): CommentWindow {
  const on = today();
  if (phase.status === "gesloten") return { open: false, reason: "Deze fase is gesloten: er kunnen geen reacties meer worden gegeven." };
  if (phase.status === "gepland") return { open: false, reason: "Deze fase is nog niet geopend voor reacties." };
  if (phase.versionId === null) return { open: false, reason: "Aan deze fase is nog geen versie van de tekst gekoppeld." };
  if (phase.startsOn && on < phase.startsOn) return { open: false, reason: `Reageren kan vanaf ${formatDate(phase.startsOn)}.` };
  if (phase.endsOn && on > phase.endsOn) return { open: false, reason: `De reactietermijn is op ${formatDate(phase.endsOn)} verstreken.` };
  return { open: true };
}

/** The phase behind a URL id, of this model; 404 otherwise. */
export function requirePhase(context: AppLoadContext, row: ModelRow, phaseId: string | undefined): PhaseRow {
  const id = Number(phaseId);
  const phase = Number.isInteger(id) ? getPhase(context.db, row.id, id) : undefined;
  if (!phase) throw notFound();
  return phase;
}

/** The policy's view of a phase: may this user comment in it now? */
export function commentResource(row: ModelRow, phase: PhaseRow, user: Account) {
  return { regionId: row.regionId, municipalityId: user.municipalityId, phase: { open: commentWindow(phase).open, commentingRoles: phase.commentingRoles } };
}

const isoDate = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "Vul een datum in als jjjj-mm-dd.")
  .transform((v) => v || null);

const PhaseInput = z
  .object({
    name: z.string().trim().min(1, "Vul een naam in.").max(160, "Een naam is hoogstens 160 tekens."),
    description: z.string().trim().max(2000, "Een omschrijving is hoogstens 2000 tekens.").default(""),
    startsOn: isoDate,
    endsOn: isoDate,
    status: z.enum(PHASE_STATUSES, { message: "Kies een status uit de lijst." }),
    visibility: z.enum(["all", "own"], { message: "Kies wie de reacties ziet." }),
  })
  .refine((p) => !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn, { path: ["endsOn"], message: "De einddatum ligt vóór de begindatum." });

/** The redactie's form for one phase. The roles are checkboxes (several values); the version must be this model's. */
export function parsePhaseForm(context: AppLoadContext, row: ModelRow, formData: FormData): FormResult<PhaseChanges> {
  const form = parseForm(PhaseInput, formData);
  const roles = formData.getAll("commentingRoles").map(String);
  const errors: Record<string, string> = form.ok ? {} : { ...form.errors };
  if (!roles.every((r): r is Role => (ROLES as readonly string[]).includes(r))) errors.commentingRoles = "Kies rollen uit de lijst.";
  // Open to nobody would look open while nobody can react: refused, with the roles kept as typed.
  else if (roles.length === 0 && formData.get("status") === "open") errors.commentingRoles = "Kies wie mag reageren: een fase die voor niemand openstaat, kan niet open.";
  const chosenVersion = String(formData.get("versionId") ?? "");
  const versionId = chosenVersion ? Number(chosenVersion) : null;
  if (versionId !== null && !(Number.isInteger(versionId) && getVersion(context.db, row.id, versionId))) errors.versionId = "Kies een versie uit de lijst.";
  if (!form.ok || Object.keys(errors).length) return { ok: false, errors, values: { ...formValues(formData), commentingRoles: roles.join(",") } };
  const { visibility, ...rest } = form.data;
  return { ok: true, data: { ...rest, versionId, commentingRoles: roles as Role[], commentsVisibleToAll: visibility === "all" } };
}
