import { setImmediate as nextTurn } from "node:timers/promises";
import type { AppLoadContext } from "@remix-run/node";
import { parseLiveModel, parseModel, resolve, validateChoices, type OrdinanceModel, type ResolvedOrdinance, type LintError, type StructureProblem, type Municipality as OrdinanceMunicipality } from "../ordinance-model/index";
import { findMunicipalityBySlug, type Municipality } from "../db/queries/regions";
import { getModelRow, type ModelRow } from "../db/queries/models";
import { decisionData } from "../db/queries/decisions";
import type { Account } from "../db/queries/users";
import type { Db } from "../db/client";
import { notFound, requireAccess } from "./access.server";
import { liveOrdinanceJSON } from "./collab/live-model.server";

const parsed = new WeakMap<object, OrdinanceModel>();
const lastReadable = new Map<number, OrdinanceModel>();

/** Parses a document once per JSON object (the stored row, or one state of the live text). */
function parsedOnce(document: object, parse: (json: unknown) => OrdinanceModel): OrdinanceModel {
  let model = parsed.get(document);
  if (!model) parsed.set(document, (model = parse(document)));
  return model;
}

/**
 * The live text of the model (see collab/live-model.server.ts), read leniently: what concurrent edits broke (an article
 * without members) is listed in `model.problems` and every page shows it. A live text that cannot be read at all
 * (a fault no valid edit produces) is never replaced silently: readers get the last text this process could read, or
 * the text stored before co-editing began, with a first problem that says which text they see and why.
 */
export function currentModel(db: Db, row: ModelRow): OrdinanceModel {
  const json = readLiveText(db, row);
  return json instanceof Error ? unreadableModel(row, json) : liveModel(row, json);
}

/**
 * `currentModel` for a request: after an edit, converting the live text and parsing it each take about 40–50 ms at 310
 * articles, so each gets a turn of the event loop of its own instead of holding up other requests and the sync socket
 * for both at once. Requests that ask meanwhile get the same parse (`parsedOnce`).
 */
async function currentModelInTurns(db: Db, row: ModelRow): Promise<OrdinanceModel> {
  await nextTurn();
  const json = readLiveText(db, row);
  if (json instanceof Error) return unreadableModel(row, json);
  if (!parsed.has(json)) await nextTurn();
  return liveModel(row, json);
}

function readLiveText(db: Db, row: ModelRow): object | Error {
  try {
    return liveOrdinanceJSON(db, row);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function liveModel(row: ModelRow, json: object): OrdinanceModel {
  try {
    const model = parsedOnce(json, parseLiveModel);
    lastReadable.set(row.id, model);
    return model;
  } catch (error) {
    return unreadableModel(row, error as Error);
  }
}

function unreadableModel(row: ModelRow, error: Error): OrdinanceModel {
  console.error(`Werkversie van model ${row.id} onleesbaar.`, error);
  const previous = lastReadable.get(row.id);
  const fallback = previous ?? parsedOnce(row.document as object, parseModel);
  const shown = previous ? "de laatste werkversie die nog te lezen was" : "de tekst van vóór het samen bewerken";
  const unreadable: StructureProblem = {
    code: "structure",
    place: "de verordening",
    message: `De werkversie kan niet worden gelezen (${error.message}). Deze pagina toont ${shown}; recente wijzigingen ontbreken daarin.`,
    nodeId: null,
  };
  return Object.freeze({ ...fallback, problems: [unreadable, ...fallback.problems] });
}

/** The model behind a URL id, after the policy allowed the user to read it; 404 for an id that is not a model. */
export async function requireModel(context: AppLoadContext, user: Account, modelId: string | undefined): Promise<{ row: ModelRow; model: OrdinanceModel }> {
  const id = Number(modelId);
  const row = Number.isInteger(id) ? getModelRow(context.db, id) : undefined;
  if (!row) throw notFound();
  requireAccess(user, "model.read", { regionId: row.regionId });
  return { row, model: await currentModelInTurns(context.db, row) };
}

export function requireMunicipality(context: AppLoadContext, regionId: number, slug: string | undefined): Municipality {
  const municipality = slug ? findMunicipalityBySlug(context.db, regionId, slug) : undefined;
  if (!municipality) throw notFound();
  return municipality;
}

export const toOrdinanceMunicipality = (m: Pick<Municipality, "name" | "slug">): OrdinanceMunicipality => ({ name: m.name, slug: m.slug });

/** A lint error, or a stored choice that the current model no longer accepts. */
export type OrdinanceProblem = Omit<LintError, "code"> & { code: LintError["code"] | "invalid-choice" | StructureProblem["code"] };

/** What lint knows of a municipality beyond its text: the date of its council meeting, where recorded. */
export function lintOptions(db: Db, modelId: number, municipalityId: number): { councilMeetingDate?: string } {
  const councilMeetingDate = decisionData(db, modelId, municipalityId).councilDate;
  return typeof councilMeetingDate === "string" ? { councilMeetingDate } : {};
}

/**
 * The ordinance from these choices. A stored choice the current model no longer accepts (an option removed, a range
 * narrowed) falls back to the regional default for the text, and is reported so that nobody adopts the ordinance
 * without seeing it. Only the keys this text knows count: an older (pinned) version must not break on a slot added since.
 */
export function resolveWithChoices(
  model: OrdinanceModel,
  municipality: Pick<Municipality, "name" | "slug">,
  stored: Record<string, unknown>,
): { resolved: ResolvedOrdinance; refused: OrdinanceProblem[] } {
  const choices = Object.fromEntries(Object.entries(stored).filter(([key]) => model.slots.has(key)));
  const invalid = validateChoices(model, choices).filter((e) => e.code !== "unknown-key" && e.code !== "fixed");
  for (const problem of invalid) delete choices[problem.key];
  const refused = invalid.map((e): OrdinanceProblem => ({ code: "invalid-choice", place: `keuze “${model.slots.get(e.key)?.label ?? e.key}”`, message: e.message, nodeId: null }));
  return { resolved: resolve(model, choices, toOrdinanceMunicipality(municipality)), refused };
}
