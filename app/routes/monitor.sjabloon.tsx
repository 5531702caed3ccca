import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "../access.server";
import { attachment, loadMonitorRequest } from "../monitor/export.server";
import { templateCsv } from "../monitor/upload.server";

/** The CSV template: one municipality's row (with its current figures), or every municipality's for the redactie's use. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, monitor, view, search } = await loadMonitorRequest(args);
  const slug = search.get("gemeente");
  const region = monitor.input.region;
  const chosen = slug ? region.filter((m) => m.slug === slug) : region;
  if (slug && chosen.length === 0) throw notFound();
  const period = search.get("halfjaar") ?? view?.period ?? "";
  const figures = monitor.input.periods.find((p) => p.period === period)?.figures;
  const csv = templateCsv(region, chosen.map((m) => ({ slug: m.slug, figures: figures?.get(m.slug) })));
  return new Response(csv, { headers: attachment("text/csv; charset=utf-8", `sjabloon-monitor-${slug ?? user.regionSlug}.csv`) });
}
