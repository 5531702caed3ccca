import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "../access.server";
import { attachment, loadMonitorRequest } from "../monitor/export.server";
import { templateCsv, templateTable } from "../monitor/upload.server";
import { toXlsx } from "../choices/xlsx.server";

/** The template (CSV, or .xlsx with ?formaat=xlsx): one municipality's row (with its current figures), or every municipality's for the redactie's use. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, monitor, view, search } = await loadMonitorRequest(args);
  const slug = search.get("gemeente");
  const region = monitor.input.region;
  const chosen = slug ? region.filter((m) => m.slug === slug) : region;
  if (slug && chosen.length === 0) throw notFound();
  const period = search.get("halfjaar") ?? view?.period ?? "";
  const figures = monitor.input.periods.find((p) => p.period === period)?.figures;
  const rows = chosen.map((m) => ({ slug: m.slug, figures: figures?.get(m.slug) }));
  const name = `sjabloon-monitor-${slug ?? user.regionSlug}`;
  if (search.get("formaat") === "xlsx") {
    return new Response(new Uint8Array(await toXlsx(templateTable(region, rows), "cijfers")), {
      headers: attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${name}.xlsx`),
    });
  }
  return new Response(templateCsv(region, rows), { headers: attachment("text/csv; charset=utf-8", `${name}.csv`) });
}
