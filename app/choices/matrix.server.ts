import { isLocalChoice, type OrdinanceModel } from "../../ordinance-model/index";
import type { LoaderFunctionArgs } from "@remix-run/node";
import type { Db } from "../../db/client";
import { listChoiceRows, listStatuses, type ChoiceRow } from "../../db/queries/choices";
import type { ModelRow } from "../../db/queries/models";
import { listMunicipalities } from "../../db/queries/regions";
import { requireAccess } from "../access.server";
import { MUNICIPALITY_STATUS_LABELS, type ShownStatus } from "../labels";
import { latestAdoptions } from "../../db/queries/adoptions";
import { requireModel } from "../models.server";
import { requireUser } from "../session.server";
import { assess, deviates } from "./assess.server";
import { slotPlaces, type SlotPlace } from "./slots.server";
import { derivedInTurn } from "../resolved-cache.server";
import { valueText } from "./values.server";

// The harmonisation matrix: local slots (rows, in article order) × municipalities (columns). Built from one query for
// all choices and one for all statuses, so its cost grows with the cells only (see bench/matrix.bench.ts).

export interface MatrixCell {
  /** The value that applies: the own choice, else the regional default (null: still open). */
  value: unknown;
  text: string;
  /** Own choice that differs from the regional default. */
  deviates: boolean;
  /** The municipality chose itself (possibly the default); false: the default applies without a choice. */
  own: boolean;
}

export interface MatrixRow {
  key: string;
  label: string;
  place: string | null;
  chapterId: string | null;
  defaultText: string;
  cells: MatrixCell[];
  deviating: number;
}

export interface MatrixColumn {
  slug: string;
  name: string;
  made: number;
  status: ShownStatus;
  /** How many of its choices the model changed since they were made (new, gone, changed). */
  affected: number;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  total: number;
  chapters: { id: string; label: string }[];
}

/**
 * Built column by column (one municipality's assessment and cells), each kept per text and stored choices in
 * resolved-cache.server.ts, so that a view after a change rebuilds only what changed, one column per turn of the loop.
 */
export async function buildMatrix(db: Db, row: ModelRow, model: OrdinanceModel): Promise<Matrix> {
  const municipalities = listMunicipalities(db, row.regionId);
  const byMunicipality = new Map<number, ChoiceRow[]>(municipalities.map((m) => [m.id, []]));
  for (const choice of listChoiceRows(db, row.id)) byMunicipality.get(choice.municipalityId)?.push(choice);
  const statuses = new Map<number, ShownStatus>(listStatuses(db, row.id).map((s) => [s.municipalityId, s.status]));
  for (const id of latestAdoptions(db, row.id).keys()) statuses.set(id, "vastgesteld");
  const places = slotPlaces(model).filter((p) => isLocalChoice(p.def));
  const perMunicipality: ReturnType<typeof column>[] = [];
  for (const m of municipalities) {
    const rows = byMunicipality.get(m.id)!;
    perMunicipality.push(await derivedInTurn("matrix", model, row.id, m.id, rows, () => column(model, places, rows)));
  }

  const rows = places.map(({ def, place, chapter }, i): MatrixRow => {
    const cells = perMunicipality.map((c) => c.cells[i]!);
    return {
      key: def.key,
      label: def.label,
      place,
      chapterId: chapter?.id ?? null,
      defaultText: valueText(def, def.default),
      cells,
      deviating: cells.filter((c) => c.deviates).length,
    };
  });
  const columns = municipalities.map(
    (m, i): MatrixColumn => ({
      slug: m.slug,
      name: m.name,
      made: perMunicipality[i]!.made,
      status: statuses.get(m.id) ?? "concept",
      affected: perMunicipality[i]!.affected,
    }),
  );
  const chapters = [...new Map(places.flatMap((p) => (p.chapter ? [[p.chapter.id, p.chapter] as const] : []))).values()];
  return { columns, rows, total: places.length, chapters };
}

/** One municipality's cells (per local slot, in article order), choices made and choices the model changed since. */
function column(model: OrdinanceModel, places: readonly SlotPlace[], rows: readonly ChoiceRow[]) {
  const { own, impacts } = assess(model, rows);
  const cells = places.map(({ def }): MatrixCell => {
    const choice = own.get(def.key);
    const value = choice ? choice.value : def.default;
    return {
      value,
      text: value === null ? "open" : valueText(def, value),
      deviates: Boolean(choice && deviates(def, choice.value)),
      own: Boolean(choice),
    };
  });
  return { cells, made: places.filter((p) => own.has(p.def.key)).length, affected: impacts.length };
}

/** The rows the filters keep: only deviating slots, and/or one chapter. */
function filterRows(matrix: Matrix, filters: { onlyDeviations: boolean; chapter: string | null }): MatrixRow[] {
  return matrix.rows.filter((r) => (!filters.onlyDeviations || r.deviating > 0) && (!filters.chapter || r.chapterId === filters.chapter));
}

/** The matrix as a table of strings, the same for CSV and .xlsx: a header, the (filtered) slots, then completeness and status. */
export function matrixTable(matrix: Matrix, rows: readonly MatrixRow[]): string[][] {
  const names = matrix.columns.map((c) => c.name);
  return [
    ["Keuze", "Plaats", "Regionale standaard", ...names, "Aantal afwijkend"],
    ...rows.map((r) => [r.label, r.place ?? "", r.defaultText, ...r.cells.map((c) => (c.deviates ? `≠ ${c.text}` : c.text)), String(r.deviating)]),
    ["Keuzes gemaakt", "", "", ...matrix.columns.map((c) => `${c.made} van ${matrix.total}`), ""],
    ["Status", "", "", ...matrix.columns.map((c) => MUNICIPALITY_STATUS_LABELS[c.status]), ""],
    ["Geraakt door modelwijzigingen", "", "", ...matrix.columns.map((c) => String(c.affected)), ""],
  ];
}

/** What the overview page and its exports share: the access check, the matrix and the filters from the query string. */
export async function loadMatrix({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  requireAccess(user, "matrix.view", { regionId: row.regionId });
  const search = new URL(request.url).searchParams;
  const filters = {
    onlyDeviations: search.get("afwijkingen") === "1",
    chapter: search.get("hoofdstuk") || null,
  };
  const matrix = await buildMatrix(context.db, row, model);
  return {
    row,
    matrix,
    rows: filterRows(matrix, filters),
    filters,
    query: search.toString(),
  };
}
