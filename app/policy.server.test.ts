import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action, type Actor, type Resource } from "./policy.server";
import { ROLES, type Role } from "../db/schema";

/*
 * The expected answers below are written from the role table in DOMAIN.md, not read off policy.server.ts:
 *
 *   redactie   — everything in its region (edit, freeze versions, run phases, answer comments, manage accounts)
 *   werkgroep  — co-edit the model's articles, comment, answer comments
 *   gemeente   — fill and change *that* municipality's local choices, generate *its* documents, comment
 *   raad       — read; comment while a phase is open to councils (for their own municipality's council)
 *   huurders, corporatie, provincie — read; comment while a phase is open to them
 *
 * Where DOMAIN.md is silent the decision is written next to the cell:
 *   - reading (region.view, model.read, choices.read) is open to every role of the region: the table gives
 *     every role at least "read", and the local choices end up in public council documents anyway;
 *   - matrix.view (the harmonisation overview of all municipalities' choices) is for those who steer on uniformity:
 *     the pen holder, the working group (it bridges the differences, phase 3) and the province (it advises on every
 *     municipality's ordinance, ideally jointly, phase 7);
 *   - documents.generateJoint (joint advice requests for all municipalities) is the redactie's: no single
 *     municipality may speak for all.
 *   - documents.changes (the wijzigingen of a municipality's text as tracked changes): issue 10 gives it to a council
 *     member for their own municipality, beside the municipality's staff and the redactie;
 *   - decisions.edit (the municipality's decision data) goes with its documents: its own staff and the redactie;
 *     decisions.readAdvice (the received advice letters) is theirs alone too, not the council's;
 *   - issue 15: adoption.record (the council's adoption with its amendments) goes with the decision data, as the issue
 *     says: the municipality's own staff or the redactie; adoption.read (the text in force) is public law: every role;
 *   - model.settings (the text's own settings, such as lettered or unlettered definitions) goes with holding the pen:
 *     the redactie; the working group writes the articles, not the layout of the whole text;
 *   - issue 17: model.suggest for those who write (redactie, werkgroep), model.acceptSuggestion for the pen holder;
 *     an account set to Voorstellen loses model.edit (tested below the table); suggestion.discuss (a suggestion's
 *     thread) and documents.suggestions (the Word file of pending suggestions) for whoever may propose or decide
 *     (decision 066);
 *   - version.markDefinitive goes with freezing versions, and proposal.editRegional (the regional default texts of
 *     the raadsvoorstel) with holding the pen: the redactie.
 *   - issue 16 (fair share): every role of the region reads the monitor; a municipality's own staff or the redactie
 *     enter its figures and raise its noodknop; closing half years, the floor, the noodknop and the municipalities'
 *     data are the redactie's (admin of the region).
 *   - issue 18: replacing the whole working draft by a Word import (model.replaceDraft) is the pen holder's, like
 *     starting a model from Word; the working group co-writes articles but does not swap the whole text.
 *
 * Each cell is three letters for three targets inside the actor's own region:
 *   [0] the region as a whole (no municipality), [1] Almelo (own municipality of the municipal actors),
 *   [2] Enschede (another municipality of the same region).
 * The comment.create row assumes a consultation phase that is open, and open to every role.
 */
type Cell = `${"T" | "F"}${"T" | "F"}${"T" | "F"}`;

const READ: Cell = "TTT";
const NO: Cell = "FFF";

const EXPECTED: Record<Role, Record<Action, Cell>> = {
  redactie: {
    "region.view": "TTT",
    "accounts.manage": "TTT",
    "model.read": "TTT",
    "model.edit": "TTT",
    "model.suggest": "TTT",
    "model.acceptSuggestion": "TTT",
    "suggestion.discuss": "TTT",
    "documents.suggestions": "TTT",
    "model.freezeVersion": "TTT",
    "model.settings": "TTT",
    "models.import": "TTT",
    "model.replaceDraft": "TTT",
    "phase.manage": "TTT",
    "choices.read": "TTT",
    "choices.edit": "TTT",
    "matrix.view": "TTT",
    "documents.generate": "TTT",
    "documents.generateJoint": "TTT",
    "documents.changes": "TTT",
    "decisions.edit": "TTT",
    "decisions.readAdvice": "TTT",
    "adoption.record": "TTT",
    "adoption.read": READ,
    "version.markDefinitive": "TTT",
    "proposal.editRegional": "TTT",
    "comment.create": "TTT",
    "comment.dispose": "TTT",
    "municipalities.manage": "TTT",
    "monitor.view": "TTT",
    "monitor.enter": "TTT",
    "monitor.manage": "TTT",
    "emergency.raise": "TTT",
    "emergency.close": "TTT",
  },
  werkgroep: {
    "region.view": READ,
    "accounts.manage": NO,
    "model.read": READ,
    "model.edit": "TTT",
    "model.suggest": "TTT",
    "model.acceptSuggestion": NO,
    "suggestion.discuss": "TTT",
    "documents.suggestions": "TTT",
    "model.freezeVersion": NO,
    "model.settings": NO,
    "models.import": NO,
    "model.replaceDraft": NO,
    "phase.manage": NO,
    "choices.read": READ,
    "choices.edit": NO,
    "matrix.view": "TTT",
    "documents.generate": NO,
    "documents.generateJoint": NO,
    "documents.changes": NO,
    "decisions.edit": NO,
    "decisions.readAdvice": NO,
    "adoption.record": NO,
    "adoption.read": READ,
    "version.markDefinitive": NO,
    "proposal.editRegional": NO,
    "comment.create": "TTT",
    "comment.dispose": "TTT",
    "municipalities.manage": NO,
    "monitor.view": READ,
    "monitor.enter": NO,
    "monitor.manage": NO,
    "emergency.raise": NO,
    "emergency.close": NO,
  },
  gemeente: {
    "region.view": READ,
    "accounts.manage": NO,
    "model.read": READ,
    "model.edit": NO,
    "model.suggest": NO,
    "model.acceptSuggestion": NO,
    "suggestion.discuss": NO,
    "documents.suggestions": NO,
    "model.freezeVersion": NO,
    "model.settings": NO,
    "models.import": NO,
    "model.replaceDraft": NO,
    "phase.manage": NO,
    "choices.read": READ,
    // Only its own municipality's choices; "the region" is no municipality's choice.
    "choices.edit": "FTF",
    "matrix.view": NO,
    "documents.generate": "FTF",
    "documents.generateJoint": NO,
    "documents.changes": "FTF",
    "decisions.edit": "FTF",
    "decisions.readAdvice": "FTF",
    "adoption.record": "FTF",
    "adoption.read": READ,
    "version.markDefinitive": NO,
    "proposal.editRegional": NO,
    "comment.create": "TTT",
    "comment.dispose": NO,
    "municipalities.manage": NO,
    "monitor.view": READ,
    "monitor.enter": "FTF",
    "monitor.manage": NO,
    "emergency.raise": "FTF",
    "emergency.close": NO,
  },
  raad: {
    "region.view": READ,
    "accounts.manage": NO,
    "model.read": READ,
    "model.edit": NO,
    "model.suggest": NO,
    "model.acceptSuggestion": NO,
    "suggestion.discuss": NO,
    "documents.suggestions": NO,
    "model.freezeVersion": NO,
    "model.settings": NO,
    "models.import": NO,
    "model.replaceDraft": NO,
    "phase.manage": NO,
    "choices.read": READ,
    "choices.edit": NO,
    "matrix.view": NO,
    "documents.generate": NO,
    "documents.generateJoint": NO,
    "documents.changes": "FTF",
    "decisions.edit": NO,
    "decisions.readAdvice": NO,
    "adoption.record": NO,
    "adoption.read": READ,
    "version.markDefinitive": NO,
    "proposal.editRegional": NO,
    // On the regional model, and for its own municipality; a council does not speak for another council.
    "comment.create": "TTF",
    "comment.dispose": NO,
    "municipalities.manage": NO,
    "monitor.view": READ,
    "monitor.enter": NO,
    "monitor.manage": NO,
    "emergency.raise": NO,
    "emergency.close": NO,
  },
  huurders: {
    "region.view": READ,
    "accounts.manage": NO,
    "model.read": READ,
    "model.edit": NO,
    "model.suggest": NO,
    "model.acceptSuggestion": NO,
    "suggestion.discuss": NO,
    "documents.suggestions": NO,
    "model.freezeVersion": NO,
    "model.settings": NO,
    "models.import": NO,
    "model.replaceDraft": NO,
    "phase.manage": NO,
    "choices.read": READ,
    "choices.edit": NO,
    "matrix.view": NO,
    "documents.generate": NO,
    "documents.generateJoint": NO,
    "documents.changes": NO,
    "decisions.edit": NO,
    "decisions.readAdvice": NO,
    "adoption.record": NO,
    "adoption.read": READ,
    "version.markDefinitive": NO,
    "proposal.editRegional": NO,
    "comment.create": "TTT",
    "comment.dispose": NO,
    "municipalities.manage": NO,
    "monitor.view": READ,
    "monitor.enter": NO,
    "monitor.manage": NO,
    "emergency.raise": NO,
    "emergency.close": NO,
  },
  corporatie: {
    "region.view": READ,
    "accounts.manage": NO,
    "model.read": READ,
    "model.edit": NO,
    "model.suggest": NO,
    "model.acceptSuggestion": NO,
    "suggestion.discuss": NO,
    "documents.suggestions": NO,
    "model.freezeVersion": NO,
    "model.settings": NO,
    "models.import": NO,
    "model.replaceDraft": NO,
    "phase.manage": NO,
    "choices.read": READ,
    "choices.edit": NO,
    "matrix.view": NO,
    "documents.generate": NO,
    "documents.generateJoint": NO,
    "documents.changes": NO,
    "decisions.edit": NO,
    "decisions.readAdvice": NO,
    "adoption.record": NO,
    "adoption.read": READ,
    "version.markDefinitive": NO,
    "proposal.editRegional": NO,
    "comment.create": "TTT",
    "comment.dispose": NO,
    "municipalities.manage": NO,
    "monitor.view": READ,
    "monitor.enter": NO,
    "monitor.manage": NO,
    "emergency.raise": NO,
    "emergency.close": NO,
  },
  provincie: {
    "region.view": READ,
    "accounts.manage": NO,
    "model.read": READ,
    "model.edit": NO,
    "model.suggest": NO,
    "model.acceptSuggestion": NO,
    "suggestion.discuss": NO,
    "documents.suggestions": NO,
    "model.freezeVersion": NO,
    "model.settings": NO,
    "models.import": NO,
    "model.replaceDraft": NO,
    "phase.manage": NO,
    "choices.read": READ,
    "choices.edit": NO,
    "matrix.view": "TTT",
    "documents.generate": NO,
    "documents.generateJoint": NO,
    "documents.changes": NO,
    "decisions.edit": NO,
    "decisions.readAdvice": NO,
    "adoption.record": NO,
    "adoption.read": READ,
    "version.markDefinitive": NO,
    "proposal.editRegional": NO,
    "comment.create": "TTT",
    "comment.dispose": NO,
    "municipalities.manage": NO,
    "monitor.view": READ,
    "monitor.enter": NO,
    "monitor.manage": NO,
    "emergency.raise": NO,
    "emergency.close": NO,
  },
};

const TWENTE = 1;
const WEST_OVERIJSSEL = 2;
const ALMELO = 10;
const ENSCHEDE = 11;
const ZWOLLE = 20; // a municipality of West-Overijssel
const MUNICIPAL: readonly Role[] = ["gemeente", "raad"];

const openToAll = { open: true, commentingRoles: ROLES };

function actor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return { role, regionId: TWENTE, municipalityId: MUNICIPAL.includes(role) ? ALMELO : null, active: true, ...overrides };
}

const TARGETS: { name: string; resource: Resource }[] = [
  { name: "de regio", resource: { regionId: TWENTE, municipalityId: null, phase: openToAll } },
  { name: "eigen gemeente (Almelo)", resource: { regionId: TWENTE, municipalityId: ALMELO, phase: openToAll } },
  { name: "andere gemeente (Enschede)", resource: { regionId: TWENTE, municipalityId: ENSCHEDE, phase: openToAll } },
];

const OTHER_REGION: Resource[] = [
  { regionId: WEST_OVERIJSSEL, municipalityId: null, phase: openToAll },
  { regionId: WEST_OVERIJSSEL, municipalityId: ZWOLLE, phase: openToAll },
  // Same municipality id as the actor's own, but in another region: the region still decides.
  { regionId: WEST_OVERIJSSEL, municipalityId: ALMELO, phase: openToAll },
];

describe("can(): the table covers the policy", () => {
  it("has an expected row for every role and a cell for every action the policy knows", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(Object.keys(EXPECTED[role]).sort(), role).toEqual([...ACTIONS].sort());
  });
});

describe("can(): role × action in the actor's own region", () => {
  for (const role of ROLES) {
    describe(role, () => {
      for (const action of ACTIONS) {
        it(action, () => {
          const got = TARGETS.map(({ resource }) => (can(actor(role), action, resource) ? "T" : "F")).join("");
          const explained = TARGETS.map((t, i) => `${t.name}: ${EXPECTED[role][action][i]}`).join(", ");
          expect(got, `${role} · ${action} (verwacht ${explained})`).toBe(EXPECTED[role][action]);
        });
      }
    });
  }
});

describe("can(): other region and inactive accounts", () => {
  it.each(ROLES)("%s may do nothing at all in another region", (role) => {
    for (const action of ACTIONS)
      for (const resource of OTHER_REGION) expect(can(actor(role), action, resource), `${role} · ${action} · ${JSON.stringify(resource)}`).toBe(false);
  });

  it.each(ROLES)("an inactive %s account may do nothing, not even read its own region", (role) => {
    for (const action of ACTIONS)
      for (const { resource } of TARGETS) expect(can(actor(role, { active: false }), action, resource), `${role} · ${action}`).toBe(false);
  });

  it("a redactie of West-Overijssel has everything in West-Overijssel and nothing in Twente", () => {
    const west = actor("redactie", { regionId: WEST_OVERIJSSEL });
    for (const action of ACTIONS) {
      expect(can(west, action, { regionId: WEST_OVERIJSSEL, municipalityId: ZWOLLE, phase: openToAll }), action).toBe(true);
      for (const { resource } of TARGETS) expect(can(west, action, resource), `${action} in Twente`).toBe(false);
    }
  });

  it("a gemeente of West-Overijssel cannot edit Almelo's choices by sharing its municipality id", () => {
    const west = actor("gemeente", { regionId: WEST_OVERIJSSEL, municipalityId: ALMELO });
    expect(can(west, "choices.edit", { regionId: TWENTE, municipalityId: ALMELO })).toBe(false);
    expect(can(west, "documents.generate", { regionId: TWENTE, municipalityId: ALMELO })).toBe(false);
  });

  it("a municipal role without a municipality owns no municipality's choices", () => {
    const loose = actor("gemeente", { municipalityId: null });
    for (const { resource } of TARGETS) {
      expect(can(loose, "choices.edit", resource), JSON.stringify(resource)).toBe(false);
      expect(can(loose, "documents.generate", resource), JSON.stringify(resource)).toBe(false);
    }
  });
});

describe("can(): commenting follows the consultation phase", () => {
  // DOMAIN.md: raad, huurders, corporatie and provincie comment only "while a phase is open" to them.
  const CONSULTED: Role[] = ["raad", "huurders", "corporatie", "provincie"];
  const region = (phase?: Resource["phase"]): Resource => ({ regionId: TWENTE, municipalityId: null, phase });

  it.each(CONSULTED)("%s cannot comment when no phase is given, or the phase is closed", (role) => {
    expect(can(actor(role), "comment.create", region(undefined))).toBe(false);
    expect(can(actor(role), "comment.create", region({ open: false, commentingRoles: ROLES }))).toBe(false);
  });

  it("a round open to councils only lets the councils comment, and each only for its own municipality", () => {
    const councils = { open: true, commentingRoles: ["raad"] as Role[] };
    expect(can(actor("raad"), "comment.create", region(councils))).toBe(true);
    expect(can(actor("raad"), "comment.create", { regionId: TWENTE, municipalityId: ALMELO, phase: councils })).toBe(true);
    expect(can(actor("raad"), "comment.create", { regionId: TWENTE, municipalityId: ENSCHEDE, phase: councils })).toBe(false);
    for (const role of ["huurders", "corporatie", "provincie"] as Role[]) expect(can(actor(role), "comment.create", region(councils)), role).toBe(false);
  });

  it("a round open to tenant organisations does not open it to councils, corporations or the province", () => {
    const tenants = { open: true, commentingRoles: ["huurders"] as Role[] };
    expect(can(actor("huurders"), "comment.create", region(tenants))).toBe(true);
    for (const role of ["raad", "corporatie", "provincie"] as Role[]) expect(can(actor(role), "comment.create", region(tenants)), role).toBe(false);
  });

  it("answering comments does not depend on a phase being open to the one who answers", () => {
    const closed = region({ open: false, commentingRoles: [] });
    expect(can(actor("redactie"), "comment.dispose", closed)).toBe(true);
    expect(can(actor("werkgroep"), "comment.dispose", closed)).toBe(true);
    for (const role of CONSULTED) expect(can(actor(role), "comment.dispose", closed), role).toBe(false);
  });
});

describe("can(): an account the redactie set to Voorstellen", () => {
  const werkgroep: Actor = { role: "werkgroep", regionId: 1, municipalityId: null, active: true };
  it("may suggest but not write directly, and cannot decide suggestions", () => {
    const suggestOnly = { ...werkgroep, editingMode: "suggest" as const };
    expect([can(suggestOnly, "model.edit", { regionId: 1 }), can(suggestOnly, "model.suggest", { regionId: 1 }), can(suggestOnly, "model.acceptSuggestion", { regionId: 1 })]).toEqual([false, true, false]);
    expect(can({ ...werkgroep, editingMode: "edit" }, "model.edit", { regionId: 1 })).toBe(true);
  });
  it("gives a reader nothing more", () => {
    expect(can({ role: "raad", regionId: 1, municipalityId: 1, active: true, editingMode: "suggest" }, "model.suggest", { regionId: 1 })).toBe(false);
  });
});
