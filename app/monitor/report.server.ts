import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Resvg } from "@resvg/resvg-js";
import { monitorReport, type ReportChart } from "../../templates/monitor-report";
import { ExpectedActualChart, ShareChart, TrendChart } from "./charts";
import { CHART_TITLES, expectedBars, shareBars, trendPoints } from "./chart-data";
import type { MonitorView } from "./monitor.server";
import { monitorTables, regionSummary } from "./tables";
import type { EmergencyCall } from "../../db/queries/monitor";

// The half-yearly report: the dashboard's charts rendered from their SVG to PNG by resvg (docs/decisions/045-monitor-charts.md),
// with the same tables and the open noodknop items.

const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

function chart(element: ReactElement): ReportChart {
  const svg = renderToStaticMarkup(element);
  const scale = 2; // sharp in print
  const rendered = new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render();
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? "";
  const description = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
  const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
  return { png: rendered.asPng(), width: rendered.width / scale, height: rendered.height / scale, title: decode(title), description: decode(description) };
}

export function buildMonitorReport(regionName: string, view: MonitorView, emergencies: readonly EmergencyCall[]): Promise<Uint8Array> {
  const tables = monitorTables(view);
  const open = emergencies.filter((e) => !e.closedAt);
  return monitorReport({
    regionName,
    periodLabel: view.periodLabel,
    demo: view.demo,
    summary: [regionSummary(view), view.closed ? "Dit halfjaar is afgesloten." : "Dit halfjaar is nog niet afgesloten; cijfers kunnen nog worden gecorrigeerd."],
    sections: [
      { heading: "De cijfers", table: tables.kerncijfers },
      { heading: "Gehuisvest per categorie", table: tables.categorieen },
      {
        heading: "Toets aan de ondergrens",
        chart: chart(createElement(ShareChart, { id: "ondergrens", title: CHART_TITLES.share(view), bars: shareBars(view), floorPercent: view.current.floorPercent })),
        table: tables.ondergrens,
      },
      {
        heading: "Naar rato van huishoudens",
        text: ["Verwacht aandeel = huishoudens van de gemeente ÷ huishoudens van de regio × gehuisveste wettelijk urgenten in de regio."],
        chart: chart(createElement(ExpectedActualChart, { id: "naar-rato", title: CHART_TITLES.expected(view), bars: expectedBars(view) })),
        table: tables["naar-rato"],
      },
      { heading: "Herkomst en bijspringen", text: ["Rijen: gemeente van herkomst; kolommen: gemeente van huisvesting."], table: tables.herkomst },
      {
        heading: "Wederkerigheid",
        text: [tables.wederkerigheid.rows.length === 0 ? "Er is nog niet bijgesprongen tussen gemeenten van de regio." : "Een positief saldo: gemeente A huisvestte meer urgenten van B dan B van A."],
        table: tables.wederkerigheid.rows.length === 0 ? undefined : tables.wederkerigheid,
      },
      {
        heading: "Verloop",
        chart: chart(createElement(TrendChart, { id: "verloop", title: CHART_TITLES.trend(`regio ${regionName}`), points: trendPoints(view) })),
        table: tables.trends,
      },
      {
        heading: "Noodknop: voor het eerstvolgende bestuurlijk overleg",
        text: open.length === 0 ? ["Er staat geen noodknopmelding open."] : [],
        table: open.length === 0 ? undefined : { head: ["Gemeente", "Ingediend", "Reden"], rows: open.map((e) => [e.municipalityName, dateFormat.format(e.raisedAt), e.reason]) },
      },
    ],
  });
}
