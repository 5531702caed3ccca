import { Paragraph, TextRun, type FileChild, type ParagraphChild } from "docx";
import type { WordPart } from "../ordinance-model/index";
import { block, paragraphOf, paragraphs, type Block } from "./blocks";
import { buildDocx } from "./layout";
import { counted, dutchDate, table } from "./parts";

// The nota van beantwoording of one consultation phase: a summary table, then every comment numbered 1…n in the order
// of the text, each with its place in words, its organisation and type, a tekstvoorstel as proposed, the reply thread,
// the disposition and the answer, and — where the text was changed — "gewijzigd in versie N" with a small redline.
// Only published answers are shown; others read "nog niet beantwoord". Of a phase whose comments only their authors
// saw, the nota gives the answers and the types of organisation, not the comments.

export interface NotaEntry {
  readonly number: number;
  /** "artikel 4, vierde lid (Aanvraag)" */
  readonly place: string;
  readonly organisationType: string;
  readonly organisation?: string;
  readonly type?: string | null;
  readonly body?: string;
  /** A tekstvoorstel against the wording it would replace. */
  readonly proposal?: readonly WordPart[] | null;
  readonly replies?: readonly { readonly from: string; readonly body: string }[];
  readonly disposition: string;
  readonly answer: string;
  readonly changed: { readonly version: number; readonly redline: readonly WordPart[] | null } | null;
}

export interface NotaData {
  readonly modelTitle: string;
  readonly phaseName: string;
  readonly regionName: string;
  readonly date: string;
  readonly public: boolean;
  readonly entries: readonly NotaEntry[];
  /** The dispositions in the workflow's order, for the columns of the summary. */
  readonly dispositionOrder: readonly string[];
}

export const unanswered = "nog niet beantwoord";

/** A redline as runs: struck-through deletions, underlined insertions. */
function redline(parts: readonly WordPart[]): ParagraphChild[] {
  return parts.map((p) => new TextRun({ text: p.text, ...(p.change === "removed" ? { strike: true } : p.change === "added" ? { underline: {} } : {}) }));
}

const redlineParagraph = (label: string, parts: readonly WordPart[]) => new Paragraph({ style: "Lid", children: [new TextRun({ text: label, bold: true }), ...redline(parts)] });

function entryParagraphs(e: NotaEntry): FileChild[] {
  const head: Block[] = [
    block("heading3", `${e.number}. ${e.place}`),
    block("normal", { text: "Van: ", bold: true }, e.organisation ? `${e.organisation} (${e.organisationType})` : e.organisationType, ...(e.type ? ["; ", { text: "soort: ", bold: true }, e.type] : [])),
    ...(e.body ? [block("normal", { text: "Reactie: ", bold: true }, e.body)] : []),
  ];
  const out = paragraphs(head);
  if (e.proposal) out.push(redlineParagraph("Voorgestelde tekst: ", e.proposal));
  for (const r of e.replies ?? []) out.push(paragraphOf(block("member", { text: `${r.from}: `, italics: true }, r.body)));
  const answered = e.disposition !== unanswered;
  out.push(
    ...paragraphs([
      block("normal", { text: "Afhandeling: ", bold: true }, answered ? e.disposition : "nog niet beantwoord – deze reactie wacht nog op een antwoord"),
      ...(answered ? [block("normal", { text: "Antwoord: ", bold: true }, e.answer || "–")] : []),
      ...(e.changed ? [block("normal", { text: `Gewijzigd in versie ${e.changed.version}.`, italics: true })] : []),
    ]),
  );
  if (e.changed?.redline) out.push(redlineParagraph("Nieuwe tekst: ", e.changed.redline));
  return out;
}

export function nota(data: NotaData): Promise<Uint8Array> {
  const title = `Nota van beantwoording ${data.phaseName}`;
  const present = data.dispositionOrder.filter((d) => data.entries.some((e) => e.disposition === d));
  const types = [...new Set(data.entries.map((e) => e.organisationType))];
  const summary = table(
    ["Soort organisatie", "Reacties", ...present],
    types.map((t) => {
      const of = data.entries.filter((e) => e.organisationType === t);
      return [t, String(of.length), ...present.map((d) => String(of.filter((e) => e.disposition === d).length))];
    }),
  );
  const opening = [block("title", title), block("normal", `${data.modelTitle}, ${dutchDate(data.date)}.`)];
  // Without reactions there is nothing to summarise or answer: an empty table would read as a fault.
  if (data.entries.length === 0)
    return buildDocx({ title, organisation: `Regio ${data.regionName}` }, paragraphs([...opening, block("normal", "In deze fase kwamen geen reacties binnen.")]));
  return buildDocx({ title, organisation: `Regio ${data.regionName}` }, [
    ...paragraphs([
      ...opening,
      block(
        "normal",
        `In deze fase kwamen ${counted(data.entries.length, "reactie", "reacties")} binnen. De tabel vat samen wat ermee is gedaan; daarna volgt elke reactie, genummerd in de volgorde van de tekst, met het antwoord van de werkgroep.` +
          (data.public ? "" : " In deze fase zag ieder alleen de eigen reacties; deze nota geeft daarom per reactie alleen het soort organisatie en het antwoord."),
      ),
      block("heading1", "Samenvatting"),
    ]),
    summary,
    ...paragraphs([block("heading1", "Reacties en antwoorden")]),
    ...data.entries.flatMap(entryParagraphs),
  ]);
}
