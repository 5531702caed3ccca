import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "../csv.server";
import { toXlsx } from "../choices/xlsx.server";
import { attachment, loadMonitorRequest, requireView } from "../monitor/export.server";
import { monitorTables, TABLE_KEYS, type TableKey } from "../monitor/tables";

export async function loader(args: LoaderFunctionArgs) {
  const { user, view, search } = await loadMonitorRequest(args);
  const key = search.get("tabel") as TableKey;
  if (!TABLE_KEYS.includes(key)) throw new Response("Onbekende tabel", { status: 404 });
  const current = requireView(view);
  const table = monitorTables(current)[key];
  const rows = [table.head, ...table.rows];
  const name = `monitor-${user.regionSlug}-${current.period}-${key}`;
  if (search.get("formaat") === "xlsx") {
    return new Response(new Uint8Array(await toXlsx(rows, key)), { headers: attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${name}.xlsx`) });
  }
  return new Response(toCsv(rows), { headers: attachment("text/csv; charset=utf-8", `${name}.csv`) });
}
