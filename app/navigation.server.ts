import type { Db } from "../db/client";
import { listModels } from "../db/queries/models";
import type { Account } from "../db/queries/users";
import { can, type Action } from "./policy.server";
import type { Section } from "./navigation";


interface SectionRule {
  label: string;
  /** The address inside a model, or null where this user has no such page. */
  path: (user: Account) => string | null;
  /** What the user must be allowed, in their own municipality where they have one. */
  action: Action;
}

// The header's sections of a model, in order. A new section is one line here.
const SECTIONS: readonly SectionRule[] = [
  { label: "Model", path: () => "", action: "model.read" },
  { label: "Bewerken", path: () => "/bewerken", action: "model.edit" },
  { label: "Keuzes", path: (u) => (u.municipalitySlug ? `/gemeenten/${u.municipalitySlug}` : null), action: "choices.read" },
  { label: "Overzicht", path: () => "/overzicht", action: "matrix.view" },
  { label: "Fasen", path: () => "/fasen", action: "model.read" },
  { label: "Proces", path: () => "/proces", action: "model.read" },
  { label: "Documenten", path: () => "/documenten", action: "documents.generate" },
];

/** The sections of the region's first model this user may use, then Accounts for those who manage them. */
export function sectionsFor(db: Db, user: Account): Section[] {
  const model = listModels(db, user.regionId)[0];
  const scope = { regionId: user.regionId, municipalityId: user.municipalityId };
  const sections: Section[] = [];
  if (model)
    for (const rule of SECTIONS) {
      const path = rule.path(user);
      if (path !== null && can(user, rule.action, scope)) sections.push({ label: rule.label, href: `/modellen/${model.id}${path}` });
    }
  if (can(user, "monitor.view", scope)) sections.push({ label: "Monitor", href: "/monitor" });
  if (can(user, "accounts.manage", scope)) sections.push({ label: "Accounts", href: "/accounts" });
  return sections;
}
