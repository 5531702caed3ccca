import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadMatrix, matrixTable } from "../choices/matrix.server";
import { toCsv } from "../csv.server";
import { withErrorPage } from "../file-routes.server";

async function load(args: LoaderFunctionArgs) {
  const { row, matrix, rows } = await loadMatrix(args);
  return new Response(toCsv(matrixTable(matrix, rows)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="lokale-keuzes-model-${row.id}.csv"` },
  });
}

export const loader = withErrorPage(load);
