import type { AppLoadContext } from "@remix-run/node";
import { parseModel, resolve, lint, type OrdinanceModel, type ResolvedOrdinance, type LintError, type Municipality as OrdinanceMunicipality } from "../ordinance-model/index";
import { findMunicipalityBySlug, type Municipality } from "../db/queries/regions";
import { getChoices, getModelRow, type ModelRow } from "../db/queries/models";
import type { Account } from "../db/queries/users";
import type { Db } from "../db/client";
import { notFound, requireAccess } from "./access.server";

const parsed = new WeakMap<object, OrdinanceModel>();

/** Parses a stored document once per row object; the JSON was checked when it was stored. */
function parsedModel(row: ModelRow): OrdinanceModel {
  const document = row.document as object;
  let model = parsed.get(document);
  if (!model) parsed.set(document, (model = parseModel(document)));
  return model;
}

/** The model behind a URL id, after the policy allowed the user to read it; 404 for an id that is not a model. */
export function requireModel(context: AppLoadContext, user: Account, modelId: string | undefined): { row: ModelRow; model: OrdinanceModel } {
  const id = Number(modelId);
  const row = Number.isInteger(id) ? getModelRow(context.db, id) : undefined;
  if (!row) throw notFound();
  requireAccess(user, "model.read", { regionId: row.regionId });
  return { row, model: parsedModel(row) };
}

export function requireMunicipality(context: AppLoadContext, regionId: number, slug: string | undefined): Municipality {
  const municipality = slug ? findMunicipalityBySlug(context.db, regionId, slug) : undefined;
  if (!municipality) throw notFound();
  return municipality;
}

export const toOrdinanceMunicipality = (m: Pick<Municipality, "name" | "slug">): OrdinanceMunicipality => ({ name: m.name, slug: m.slug });

/** A municipality's own ordinance from its stored choices (regional defaults where it made none), with the lint result. */
export function resolveForMunicipality(
  db: Db,
  row: ModelRow,
  model: OrdinanceModel,
  municipality: Municipality,
  overrides: Record<string, unknown> = {},
): { resolved: ResolvedOrdinance; errors: LintError[] } {
  const choices = { ...getChoices(db, row.id, municipality.id), ...overrides };
  const resolved = resolve(model, choices, toOrdinanceMunicipality(municipality));
  return { resolved, errors: lint(resolved) };
}
