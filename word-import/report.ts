// What an import found and what needs the redactie's decision. Positions are those of the source's body blocks
// (paragraphs and tables, empty paragraphs included), counted from 1, so a reader can find each one in Word.

export interface StructureCounts {
  preambleClauses: number;
  chapters: number;
  sections: number;
  articles: number;
  members: number;
  items: number;
  definitions: number;
  generalNoteParagraphs: number;
  articleNotes: number;
}

export type LeftOutKind = "table" | "image" | "deletion" | "insertion" | "comment" | "footnote";

export interface LeftOut {
  readonly position: number;
  readonly kind: LeftOutKind;
  readonly text: string;
  /** In Dutch: what the import did with it. */
  readonly action: string;
  /** For a comment: the id of the provision its paragraph became (member, item or article), if any. */
  readonly provision?: string;
}

/**
 * Where the redactie may put a paragraph the import could not place, each keeping the text in the order of the
 * source: the import offers only the places that come right after what the model holds at that point.
 */
export type Placement = "leaveOut" | "preamble" | "member" | "paragraph" | "articleNote";

export interface PlacementOption {
  readonly placement: Placement;
  readonly label: string;
}

export interface Unplaced {
  readonly position: number;
  readonly text: string;
  /** In Dutch: why it has no place. */
  readonly reason: string;
  /** The places it may go, each with its Dutch label; "leaveOut" always first. */
  readonly options: readonly PlacementOption[];
}

/** A paragraph the import could not place, put where the redactie assigned it. */
export interface Assigned extends Unplaced {
  readonly placement: Exclude<Placement, "leaveOut">;
}

export interface SlotCandidate {
  /** Stable across imports of the same file: the position and the how-manieth candidate there. */
  readonly key: string;
  readonly position: number;
  readonly text: string;
  /** The text it stands in, so the redactie can judge it without opening Word. */
  readonly context: string;
}

export interface UnresolvedReference {
  readonly position: number;
  readonly text: string;
  readonly reason: string;
}

export interface ImportReport {
  readonly title: string;
  readonly structure: StructureCounts;
  /** Paragraphs with no place in the model: the redactie assigns each or confirms leaving it out. */
  readonly unplaced: Unplaced[];
  /** Unplaced paragraphs that are in the model because the redactie assigned them a place. */
  readonly assigned: Assigned[];
  /** What Word holds that the model cannot: tables, images, tracked deletions, comments. */
  readonly leftOut: LeftOut[];
  readonly references: {
    resolved: number;
    /** Citations of national law that became law references (from a JCI link, or words naming a known law). */
    lawLinked: number;
    /** Citations of national law that stay text. */
    lawReferences: string[];
    unresolved: UnresolvedReference[];
    /** Hyperlinks to elsewhere than an article of national law: they stay text. */
    otherLinks: { position: number; text: string; target: string }[];
  };
  readonly slotCandidates: SlotCandidate[];
  /** Other facts worth knowing ("tracked insertions accepted", "title without 'Raadsbesluit'"). */
  readonly notes: string[];
}

/** The report as lines of Dutch text, for the CLI. */
export function reportLines(report: ImportReport): string[] {
  const s = report.structure;
  const lines = [
    `Titel: ${report.title || "(geen titel gevonden)"}`,
    `Gevonden: ${s.preambleClauses} onderdelen van de aanhef, ${s.chapters} hoofdstukken, ${s.sections} paragrafen, ${s.articles} artikelen, ${s.members} leden, ${s.items} onderdelen, ${s.definitions} begripsbepalingen; toelichting: ${s.generalNoteParagraphs} alinea's algemeen deel, ${s.articleNotes} artikelen toegelicht.`,
    `Verwijzingen: ${report.references.resolved} omgezet, ${report.references.unresolved.length} niet omgezet, ${report.references.lawLinked} naar een wet omgezet in wetsverwijzingen, ${report.references.lawReferences.length} naar een wet die tekst blijven.`,
  ];
  for (const u of report.unplaced) lines.push(`Niet geplaatst (blok ${u.position}): ${u.reason}: ${u.text}`);
  for (const l of report.leftOut) lines.push(`Weggelaten (blok ${l.position}, ${l.kind}): ${l.action}${l.text ? `: ${l.text}` : ""}`);
  for (const r of report.references.unresolved) lines.push(`Verwijzing niet omgezet (blok ${r.position}): "${r.text}": ${r.reason}`);
  for (const l of report.references.otherLinks) lines.push(`Link blijft tekst (blok ${l.position}): "${l.text}" naar ${l.target}`);
  for (const c of report.slotCandidates) lines.push(`Mogelijke keuzemogelijkheid (blok ${c.position}): ${c.text}`);
  for (const n of report.notes) lines.push(`Let op: ${n}`);
  return lines;
}
