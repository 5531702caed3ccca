import type { AppLoadContext } from "@remix-run/node";
import { ModelError, parseModel, resolve, lint, validateChoices, type OrdinanceModel, type ResolvedOrdinance, type LintError, type Municipality as OrdinanceMunicipality } from "../ordinance-model/index";
import { findMunicipalityBySlug, type Municipality } from "../db/queries/regions";
import { getChoices, getModelRow, type ModelRow } from "../db/queries/models";
import { decisionData } from "../db/queries/decisions";
import type { Account } from "../db/queries/users";
import type { Db } from "../db/client";
import { notFound, requireAccess } from "./access.server";
import { liveOrdinanceJSON } from "./collab/live-model.server";

const parsed = new WeakMap<object, OrdinanceModel>();
const lastValid = new Map<number, OrdinanceModel>();

/** Parses a document once per JSON object (the stored row, or one state of the live text). */
function parsedOnce(document: object): OrdinanceModel {
  let model = parsed.get(document);
  if (!model) parsed.set(document, (model = parseModel(document)));
  return model;
}

/**
 * The live text of the model (see collab/live-model.server.ts), validated like any stored document. Mid-edit the live
 * text can be briefly invalid (a new article still without id); then readers see the last valid live text this
 * process parsed, or else the model as it was stored before co-editing began.
 */
export function currentModel(db: Db, row: ModelRow): OrdinanceModel {
  try {
    const model = parsedOnce(liveOrdinanceJSON(db, row));
    lastValid.set(row.id, model);
    return model;
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return lastValid.get(row.id) ?? parsedOnce(row.document as object);
  }
}

/** The model behind a URL id, after the policy allowed the user to read it; 404 for an id that is not a model. */
export function requireModel(context: AppLoadContext, user: Account, modelId: string | undefined): { row: ModelRow; model: OrdinanceModel } {
  const id = Number(modelId);
  const row = Number.isInteger(id) ? getModelRow(context.db, id) : undefined;
  if (!row) throw notFound();
  requireAccess(user, "model.read", { regionId: row.regionId });
  return { row, model: currentModel(context.db, row) };
}

export function requireMunicipality(context: AppLoadContext, regionId: number, slug: string | undefined): Municipality {
  const municipality = slug ? findMunicipalityBySlug(context.db, regionId, slug) : undefined;
  if (!municipality) throw notFound();
  return municipality;
}

export const toOrdinanceMunicipality = (m: Pick<Municipality, "name" | "slug">): OrdinanceMunicipality => ({ name: m.name, slug: m.slug });

/** A lint error, or a stored choice that the current model no longer accepts. */
export type OrdinanceProblem = Omit<LintError, "code"> & { code: LintError["code"] | "invalid-choice" };

/**
 * A municipality's own ordinance from its stored choices (regional defaults where it made none), with the lint result,
 * which knows the date of its council meeting where recorded. Every reader of a municipality's text comes through here.
 */
export function resolveForMunicipality(
  db: Db,
  row: ModelRow,
  model: OrdinanceModel,
  municipality: Municipality,
  overrides: Record<string, unknown> = {},
): { resolved: ResolvedOrdinance; errors: OrdinanceProblem[] } {
  // Only the keys this text knows: an older (pinned) version must not break on a slot added since.
  const stored = Object.entries({ ...getChoices(db, row.id, municipality.id), ...overrides }).filter(([key]) => model.slots.has(key) || key in overrides);
  const choices: Record<string, unknown> = Object.fromEntries(stored);
  // A stored choice the current model no longer accepts (an option removed, a range narrowed) falls back to the regional
  // default for the text, and is reported so that nobody adopts the ordinance without seeing it.
  const invalid = validateChoices(model, choices).filter((e) => e.code !== "unknown-key" && e.code !== "fixed");
  for (const problem of invalid) delete choices[problem.key];
  const resolved = resolve(model, choices, toOrdinanceMunicipality(municipality));
  const choiceErrors = invalid.map((e): OrdinanceProblem => ({ code: "invalid-choice", place: `keuze “${model.slots.get(e.key)?.label ?? e.key}”`, message: e.message, nodeId: null }));
  const councilMeetingDate = decisionData(db, row.id, municipality.id).councilDate;
  return { resolved, errors: [...choiceErrors, ...lint(resolved, typeof councilMeetingDate === "string" ? { councilMeetingDate } : {})] };
}
