import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachment, loadMonitorRequest, requireView } from "../monitor/export.server";
import { buildMonitorReport } from "../monitor/report.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, monitor, view } = await loadMonitorRequest(args);
  const current = requireView(view);
  const docx = await buildMonitorReport(user.regionName, current, monitor.emergencies);
  return new Response(new Uint8Array(docx), { headers: attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", `monitor-${user.regionSlug}-${current.period}.docx`) });
}
