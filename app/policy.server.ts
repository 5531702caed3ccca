import type { EditingMode, Role } from "../db/schema";

/**
 * The one place that answers "may this user do this here?". Every loader, action and the sync socket ask it;
 * the UI only hides what it forbids anyway.
 */
export type Action =
  | "region.view"
  | "accounts.manage"
  | "model.read"
  | "model.edit"
  | "model.suggest"
  | "model.acceptSuggestion"
  | "suggestion.discuss"
  | "documents.suggestions"
  | "model.freezeVersion"
  | "model.settings"
  | "models.import"
  | "model.replaceDraft"
  | "phase.manage"
  | "choices.read"
  | "choices.edit"
  | "matrix.view"
  | "documents.generate"
  | "documents.generateJoint"
  | "documents.changes"
  | "decisions.edit"
  | "decisions.readAdvice"
  | "adoption.record"
  | "adoption.read"
  | "version.markDefinitive"
  | "proposal.editRegional"
  | "comment.create"
  | "comment.dispose"
  | "municipalities.manage"
  | "monitor.view"
  | "monitor.enter"
  | "monitor.manage"
  | "emergency.raise"
  | "emergency.close";

export interface Actor {
  role: Role;
  regionId: number;
  municipalityId: number | null;
  active: boolean;
  /** Bewerken or Voorstellen, as the redactie set it (editing-modes.server.ts); absent reads as Bewerken. */
  editingMode?: EditingMode;
}

export interface Resource {
  regionId: number;
  /** The municipality the action is for, where there is one. */
  municipalityId?: number | null;
  /** For comments: the roles the phase under consultation is open to, and whether it is open now. */
  phase?: { open: boolean; commentingRoles: readonly Role[] };
}

const ownMunicipality = (actor: Actor, resource: Resource) =>
  actor.municipalityId !== null && resource.municipalityId != null && actor.municipalityId === resource.municipalityId;

const rules: Record<Action, (actor: Actor, resource: Resource) => boolean> = {
  "region.view": () => true,
  "accounts.manage": (a) => a.role === "redactie",
  "model.read": () => true,
  "model.edit": (a) => (a.role === "redactie" || a.role === "werkgroep") && a.editingMode !== "suggest",
  // Whoever writes may also propose; an account set to Voorstellen may only propose.
  "model.suggest": (a) => a.role === "redactie" || a.role === "werkgroep",
  "model.acceptSuggestion": (a) => a.role === "redactie",
  // Issue 17 (decision 066): whoever may propose or decide discusses a suggestion and reads its thread, whatever their
  // mode; the Word file of pending suggestions is their working document.
  "suggestion.discuss": (a) => a.role === "redactie" || a.role === "werkgroep",
  "documents.suggestions": (a) => a.role === "redactie" || a.role === "werkgroep",
  "model.freezeVersion": (a) => a.role === "redactie",
  // The settings of the whole text (definition lists with or without letters) belong to the pen holder.
  "model.settings": (a) => a.role === "redactie",
  // Issue 18: a model of the redactie's own region from a Word file (can() checks the region).
  "models.import": (a) => a.role === "redactie",
  // Issue 18: the working draft replaced by a Word import; the werkgroep co-writes but does not replace the whole text.
  "model.replaceDraft": (a) => a.role === "redactie",
  "phase.manage": (a) => a.role === "redactie",
  "choices.read": () => true,
  "choices.edit": (a, r) => a.role === "redactie" || (a.role === "gemeente" && ownMunicipality(a, r)),
  "matrix.view": (a) => a.role === "redactie" || a.role === "werkgroep" || a.role === "provincie",
  "documents.generate": (a, r) => a.role === "redactie" || (a.role === "gemeente" && ownMunicipality(a, r)),
  "documents.generateJoint": (a) => a.role === "redactie",
  // A council member reads what changed in the text of their own council, as tracked changes.
  "documents.changes": (a, r) => a.role === "redactie" || ((a.role === "gemeente" || a.role === "raad") && ownMunicipality(a, r)),
  "decisions.edit": (a, r) => a.role === "redactie" || (a.role === "gemeente" && ownMunicipality(a, r)),
  // A received advice letter is correspondence with the college: its staff and the redactie read it, the council
  // reads the advice in the raadsvoorstel.
  "decisions.readAdvice": (a, r) => a.role === "redactie" || (a.role === "gemeente" && ownMunicipality(a, r)),
  "adoption.record": (a, r) => a.role === "redactie" || (a.role === "gemeente" && ownMunicipality(a, r)),
  // An adopted ordinance is public law: everyone reads the text in force, its history and its raadsbesluiten.
  "adoption.read": () => true,
  "version.markDefinitive": (a) => a.role === "redactie",
  "proposal.editRegional": (a) => a.role === "redactie",
  "comment.create": (a, r) => {
    if (!r.phase?.open || !r.phase.commentingRoles.includes(a.role)) return false;
    // A council member speaks for the council of their own municipality only.
    return a.role !== "raad" || r.municipalityId == null || ownMunicipality(a, r);
  },
  "comment.dispose": (a) => a.role === "redactie" || a.role === "werkgroep",
  "municipalities.manage": (a) => a.role === "redactie",
  "monitor.view": () => true,
  "monitor.enter": (a, r) => a.role === "redactie" || (a.role === "gemeente" && ownMunicipality(a, r)),
  "monitor.manage": (a) => a.role === "redactie",
  "emergency.raise": (a, r) => a.role === "redactie" || (a.role === "gemeente" && ownMunicipality(a, r)),
  "emergency.close": (a) => a.role === "redactie",
};

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (!actor.active || actor.regionId !== resource.regionId) return false;
  return rules[action](actor, resource);
}

export const ACTIONS = Object.keys(rules) as Action[];

/** Dutch descriptions for the start page: what a role can do. */
export const ACTION_LABELS: Record<Action, string> = {
  "region.view": "De regio en haar gemeenten bekijken",
  "accounts.manage": "Accounts van de regio beheren: uitnodigen, herstellinks maken, blokkeren",
  "model.read": "De modelverordening lezen",
  "model.edit": "De artikelen van de modelverordening mee schrijven",
  "model.suggest": "Wijzigingen in de modelverordening voorstellen",
  "model.acceptSuggestion": "Voorgestelde wijzigingen aanvaarden of afwijzen",
  "suggestion.discuss": "Voorgestelde wijzigingen bespreken, elk in een eigen draad",
  "documents.suggestions": "De openstaande voorstellen downloaden als Word-bestand met bijgehouden wijzigingen",
  "model.freezeVersion": "Versies van de modelverordening vastzetten",
  "model.settings": "De instellingen van de modelverordening kiezen, zoals begripsbepalingen met of zonder letters",
  "models.import": "Een nieuw model beginnen vanuit een Word-bestand",
  "model.replaceDraft": "De werkversie van een model vervangen door de tekst uit een Word-bestand",
  "phase.manage": "Fasen en consultatierondes inrichten",
  "choices.read": "De lokale keuzes van gemeenten bekijken",
  "choices.edit": "Lokale keuzes invullen en wijzigen",
  "matrix.view": "Het overzicht van alle lokale keuzes (harmonisatie) bekijken",
  "documents.generate": "Raadsbesluit, raadsvoorstel en adviesaanvragen maken",
  "documents.generateJoint": "Gezamenlijke adviesaanvragen en documenten voor alle gemeenten maken",
  "documents.changes": "De wijzigingen in de tekst van de eigen gemeente downloaden (bijgehouden wijzigingen)",
  "decisions.edit": "De gegevens voor de besluitvorming van de gemeente vastleggen",
  "decisions.readAdvice": "De ontvangen adviesbrieven van de gemeente downloaden",
  "adoption.record": "De vaststelling door de raad vastleggen, met de amendementen",
  "adoption.read": "De geldende tekst van een gemeente lezen, met eerdere vastgestelde versies en raadsbesluiten",
  "version.markDefinitive": "Een versie markeren als definitief voor besluitvorming",
  "proposal.editRegional": "De regionale teksten van het raadsvoorstel schrijven",
  "comment.create": "Reageren tijdens een consultatieronde die voor u openstaat",
  "comment.dispose": "Reacties beantwoorden en afhandelen",
  "municipalities.manage": "Gemeenten van de regio beheren: naam, CBS-code, huishoudens en sociale huurvoorraad per jaar",
  "monitor.view": "De monitor evenwichtige verdeling bekijken",
  "monitor.enter": "Halfjaarcijfers van de gemeente invoeren en corrigeren",
  "monitor.manage": "Halfjaren afsluiten en de ondergrens instellen",
  "emergency.raise": "De noodknop indrukken",
  "emergency.close": "Noodknopmeldingen afsluiten na het bestuurlijk overleg",
};


export const MUNICIPAL_ROLES: readonly Role[] = ["gemeente", "raad"];
