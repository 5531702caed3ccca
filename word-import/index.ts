import { ModelError, parseModel } from "../ordinance-model/index";
import { OrdinanceBuilder, type Json } from "./build";
import { paragraphText, readBlocks, type TrackedChanges } from "./paragraphs";
import { slotCandidates } from "./recognise";
import { confirmedSlots, noDecisions, type ImportDecisions } from "./decisions";
import { linkReferences } from "./references";
import { externalTargets, linkCitedLaws, linkLawReferences, type LawLink } from "./law-links";
import type { ImportReport } from "./report";

// Importing a Word ordinance: from the unpacked XML parts to model JSON (what parseModel accepts, with fresh ids)
// and a report of everything found, left out or unplaced. Pure: no I/O; reading the file is `readDocx`.

export { readDocx, docxProblemMessage, type DocxParts, type DocxProblem } from "./docx";
export { reportLines, type ImportReport } from "./report";
export { notImportedMarker, type Json } from "./build";
export type { TrackedChanges } from "./paragraphs";
export { candidateLabel, undecided, withFreshIds, noDecisions, type ImportDecisions, type CandidateDecision } from "./decisions";
export type { Placement, PlacementOption, Unplaced, Assigned, SlotCandidate, LeftOut } from "./report";

export interface WordParts {
  readonly document: string;
  readonly styles?: string;
  readonly numbering?: string;
  readonly comments?: string;
  /** word/_rels/document.xml.rels: where the hyperlinks point. */
  readonly relationships?: string;
}

export interface ImportResult {
  /** null when no article was found or the structure found is no valid ordinance (the report's notes say why). */
  readonly model: Json | null;
  readonly report: ImportReport;
}

function commentTexts(xml: string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  for (const m of (xml ?? "").matchAll(/<w:comment\b[^>]*w:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) {
    texts.set(m[1]!, [...m[2]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
  }
  return texts;
}

/**
 * Tracked changes are accepted unless the redactie asks for the text as it was before them. The decisions place the
 * paragraphs the import could not place and turn confirmed candidates into slots; without them the result is the
 * import as found.
 */
export function importWord(parts: WordParts, trackedChanges: TrackedChanges = "accept", decisions: ImportDecisions = noDecisions): ImportResult {
  const placements = new Map(Object.entries(decisions.placements).map(([position, placement]) => [Number(position), placement]));
  const builder = new OrdinanceBuilder(commentTexts(parts.comments), trackedChanges, placements);
  const lawLinks = new Map<number, { text: string; links: readonly LawLink[] }>();
  const otherLinks: ImportReport["references"]["otherLinks"] = [];
  for (const block of readBlocks(parts.document, parts.styles, parts.numbering, trackedChanges, externalTargets(parts.relationships))) {
    builder.add(block);
    if (block.kind !== "paragraph") continue;
    if (block.lawLinks.length) lawLinks.set(block.position, { text: paragraphText(block), links: block.lawLinks });
    otherLinks.push(...block.otherLinks.map((l) => ({ position: block.position, ...l })));
  }
  const report: ImportReport = {
    title: builder.title,
    structure: builder.counts,
    unplaced: builder.unplaced,
    assigned: builder.assigned,
    leftOut: builder.leftOut,
    references: { resolved: 0, lawLinked: 0, lawReferences: [], unresolved: [], otherLinks },
    slotCandidates: [],
    notes: builder.notes,
  };
  const found: { position: number; text: string; context: string }[] = slotCandidates(builder.title).map((text) => ({ position: builder.titlePosition, text, context: builder.title }));
  const textOf = (node: Json) => (node.content ?? []).map((n) => n.text ?? "").join("");
  for (const site of builder.sites) for (const node of site.node.content ?? []) for (const text of slotCandidates(node.text ?? "")) found.push({ position: site.position, text, context: textOf(site.node) });
  for (const h of builder.highlights) if (!found.some((c) => c.position === h.position && c.text === h.text)) found.push(h);
  found.sort((a, b) => a.position - b.position);
  found.forEach((c, i) => report.slotCandidates.push({ ...c, key: `${c.position}-${found.slice(0, i).filter((o) => o.position === c.position).length}` }));
  // Law references first: what they take is no longer text that could read as a reference to the ordinance itself.
  const law = { linked: 0 };
  linkLawReferences([...builder.sites, ...builder.lawOnlySites], lawLinks, law);
  // A document that writes its citations as links (as Modelwerk's own does) left the others as text on purpose.
  if (!lawLinks.size) linkCitedLaws([...builder.sites, ...builder.lawOnlySites], law);
  report.references.lawLinked = law.linked;
  linkReferences(builder.sites, builder.articles, report.references);
  const title: Json = { type: "title", content: builder.title ? [{ type: "text", text: builder.title }] : [] };
  const nodesAt = (position: number) => [...(position === builder.titlePosition ? [title] : []), ...builder.sites.filter((s) => s.position === position).map((s) => s.node)];
  const slots = confirmedSlots(report.slotCandidates, decisions, nodesAt);
  if (!builder.articles.length) return { model: null, report: { ...report, notes: [...report.notes, "geen artikelen gevonden"] } };
  const body = bodyContent(builder, report);
  if (!builder.clauses.length) report.notes.push("geen aanhef gevonden; een lege aanhef is toegevoegd");
  const model: Json = {
    type: "ordinance",
    attrs: { numbering: builder.perChapterNumbers && builder.chapters.length && !builder.looseArticles.length ? "perChapter" : "consecutive" },
    content: [
      title,
      { type: "preamble", content: builder.clauses.length ? builder.clauses : [{ type: "preambleClause", attrs: { id: "aanhef-1", role: "council" }, content: [] }] },
      { type: "body", content: body },
      {
        type: "notes",
        content: [
          { type: "generalNotes", content: builder.generalNotes.length ? builder.generalNotes : [{ type: "paragraph", attrs: { condition: null }, content: [] }] },
          { type: "articleNotes", content: builder.articleNotes.filter((n) => n.content!.length) },
        ],
      },
      { type: "slots", content: slots },
    ],
  };
  try {
    parseModel(model);
  } catch (error) {
    // A shape the model cannot hold (a chapter without articles, articles beside sections): nothing half made.
    if (!(error instanceof ModelError)) throw error;
    return { model: null, report: { ...report, notes: [...report.notes, `de gevonden opbouw past niet in een verordening (${error.message})`] } };
  }
  return { model, report };
}

/** Chapters, or loose articles; articles before the first chapter go into it (and the report says so). */
function bodyContent(builder: OrdinanceBuilder, report: ImportReport): Json[] {
  const emptyMembers = builder.articles.filter((a) => !a.members.length);
  for (const a of emptyMembers) a.node.content!.push({ type: "member", attrs: { id: `${a.id}-lid-1`, condition: null }, content: [{ type: "paragraph", attrs: { condition: null }, content: [] }] });
  if (emptyMembers.length) report.notes.push(`${emptyMembers.length} artikel(en) zonder tekst: een leeg lid is toegevoegd`);
  if (!builder.chapters.length) return builder.looseArticles;
  if (builder.looseArticles.length) {
    builder.chapters[0]!.content!.splice(1, 0, ...builder.looseArticles);
    report.notes.push(`${builder.looseArticles.length} artikel(en) vóór het eerste hoofdstuk zijn in dat hoofdstuk geplaatst`);
  }
  return builder.chapters;
}
