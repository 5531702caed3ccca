import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadMatrix, matrixTable } from "../choices/matrix.server";
import { toXlsx } from "../choices/xlsx.server";
import { withErrorPage } from "../file-routes.server";

async function load(args: LoaderFunctionArgs) {
  const { row, matrix, rows } = await loadMatrix(args);
  const body = await toXlsx(matrixTable(matrix, rows), "Lokale keuzes");
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="lokale-keuzes-model-${row.id}.xlsx"`,
    },
  });
}

export const loader = withErrorPage(load);
