import { ImageRun, Paragraph, type FileChild } from "docx";
import { block, paragraphs } from "./blocks";
import { buildDocx } from "./layout";
import { table } from "./parts";

// The half-yearly monitoring report of a region (issue 16): sections of text, a chart as an image and its table.

export interface ReportChart {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description: string;
}

export interface ReportSection {
  readonly heading: string;
  readonly text?: readonly string[];
  readonly chart?: ReportChart;
  readonly table?: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };
}

export interface MonitorReportData {
  readonly regionName: string;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly summary: readonly string[];
  readonly sections: readonly ReportSection[];
}

/** A chart scaled to the text width of an A4 page (about 16 cm, 600 px at 96 dpi). */
function image(chart: ReportChart): Paragraph {
  const width = Math.min(600, chart.width);
  return new Paragraph({
    children: [
      new ImageRun({
        type: "png",
        data: chart.png,
        transformation: { width, height: Math.round((chart.height * width) / chart.width) },
        altText: { name: chart.title, title: chart.title, description: chart.description },
      }),
    ],
  });
}

export function monitorReport(data: MonitorReportData): Promise<Uint8Array> {
  const title = `Monitor evenwichtige verdeling regio ${data.regionName}, ${data.periodLabel}`;
  const children: FileChild[] = [
    ...paragraphs([
      block("title", title),
      ...(data.demo ? [block("normal", { text: "Demonstratiecijfers: deze cijfers zijn verzonnen en zeggen niets over de werkelijke huisvesting.", bold: true })] : []),
      ...data.summary.map((line) => block("normal", line)),
    ]),
  ];
  for (const section of data.sections) {
    children.push(...paragraphs([block("heading1", section.heading), ...(section.text ?? []).map((t) => block("normal", t))]));
    if (section.chart) children.push(image(section.chart), ...paragraphs([block("normal", { text: section.chart.description, italics: true })]));
    if (section.table) children.push(table(section.table.head, section.table.rows), new Paragraph({}));
  }
  return buildDocx({ title, organisation: `Regio ${data.regionName}` }, children);
}
