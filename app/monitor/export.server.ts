import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAccess, notFound } from "../access.server";
import { requireUser } from "../session.server";
import { choosePeriod, loadRegionMonitor, monitorView, type MonitorView, type RegionMonitor } from "./monitor.server";
import type { Account } from "../../db/queries/users";

/** What the export, template and report routes share: the access check, the region's monitor and the half year asked. */
export async function loadMonitorRequest({ request, context }: LoaderFunctionArgs): Promise<{ user: Account; monitor: RegionMonitor; view: MonitorView | null; search: URLSearchParams }> {
  const user = await requireUser(request, context);
  requireAccess(user, "monitor.view", { regionId: user.regionId });
  const monitor = loadRegionMonitor(context.db, user.regionId);
  const search = new URL(request.url).searchParams;
  const period = choosePeriod(monitor, search.get("halfjaar"));
  return { user, monitor, view: period ? monitorView(monitor, period) : null, search };
}

export function requireView(view: MonitorView | null): MonitorView {
  if (!view) throw notFound();
  return view;
}

export const attachment = (type: string, filename: string) => ({ "content-type": type, "content-disposition": `attachment; filename="${filename}"` });
