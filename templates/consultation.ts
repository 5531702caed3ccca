import type { FileChild } from "docx";
import { block, paragraphs } from "./blocks";
import { counted, table } from "./parts";

// What a consultation brought, as the raadsvoorstel reports it: per phase the comments by type of organisation and
// what was done with them, and the advice received.

export interface CommentGroup {
  /** The type of organisation, e.g. "Huurdersorganisatie". */
  readonly organisationType: string;
  readonly count: number;
  /** Disposition → number of comments, e.g. { "overgenomen": 2 }. Unpublished answers count as "nog niet beantwoord". */
  readonly dispositions: Readonly<Record<string, number>>;
}

export interface PhaseSummary {
  readonly name: string;
  readonly groups: readonly CommentGroup[];
}

export interface Advice {
  /** Who advised, e.g. "Gedeputeerde Staten van Overijssel". */
  readonly from: string;
  readonly summary: string;
}

const dispositionsText = (d: Readonly<Record<string, number>>) =>
  Object.entries(d)
    .map(([name, n]) => `${n} ${name}`)
    .join(", ");

export function consultationSummary(phases: readonly PhaseSummary[], advice: readonly Advice[]): FileChild[] {
  const out: FileChild[] = [];
  if (!phases.length) out.push(...paragraphs([block("normal", "Er is over deze verordening nog geen consultatie gehouden.")]));
  for (const phase of phases) {
    const total = phase.groups.reduce((n, g) => n + g.count, 0);
    out.push(...paragraphs([block("heading3", phase.name), block("normal", `In deze fase kwamen ${counted(total, "reactie", "reacties")} binnen.`)]));
    if (phase.groups.length) out.push(table(["Soort organisatie", "Reacties", "Wat ermee is gedaan"], phase.groups.map((g) => [g.organisationType, String(g.count), dispositionsText(g.dispositions)])));
  }
  out.push(...paragraphs([block("heading3", "Ontvangen adviezen")]));
  if (!advice.length) out.push(...paragraphs([block("normal", "Er zijn nog geen adviezen ontvangen.")]));
  for (const a of advice) out.push(...paragraphs([block("normal", { text: `${a.from}: `, bold: true }, a.summary)]));
  return out;
}
