import type { FileChild } from "docx";
import { formatList } from "../ordinance-model/index";
import { block, paragraphs, type Block } from "./blocks";
import { counted, dutchDate, table } from "./parts";

// What a consultation brought, as the raadsvoorstel reports it: per phase the comments by type of organisation and
// what was done with them; the comments themselves with their answers where everyone may read them, else only the
// answers; and the advice received with what was done with it.

export interface CommentGroup {
  /** The type of organisation, e.g. "Huurdersorganisatie". */
  readonly organisationType: string;
  readonly count: number;
  /** Disposition → number of comments, in the order of the workflow. Unpublished answers count as "nog niet beantwoord". */
  readonly dispositions: Readonly<Record<string, number>>;
}

/** One comment as a document may report it: who and what only where everyone may read it. */
export interface ReportedComment {
  readonly organisationType: string;
  readonly from?: string;
  readonly body?: string;
  readonly disposition: string;
  readonly answer: string;
}

export interface PhaseSummary {
  readonly name: string;
  /** Everyone may read its comments: the document quotes them. */
  readonly public: boolean;
  readonly groups: readonly CommentGroup[];
  readonly comments: readonly ReportedComment[];
}

/** A letter in which advice came in; the raadsvoorstel adds it as a bijlage. */
export interface AdviceLetter {
  /** Who wrote it, e.g. "Huurdersvereniging Almelo". */
  readonly from: string;
  readonly fileName: string;
}

export interface Advice {
  /** Who advised, e.g. "Gedeputeerde Staten van Overijssel". */
  readonly from: string;
  readonly receivedOn: string | null;
  /** The advice as text; empty when it is in the letters only. */
  readonly text: string;
  readonly letters: readonly AdviceLetter[];
  /** What was done with it. */
  readonly response: string;
}

/** The advice letters in the order the bijlagen list them, after the draft ordinance (bijlage 1). */
export const adviceLetters = (advice: readonly Advice[]): AdviceLetter[] => advice.flatMap((a) => a.letters);
export const FIRST_LETTER_ANNEX = 2;

/** "de brief in bijlage 2", "de brief van Huurdersvereniging Almelo in bijlage 3 en die van … in bijlage 4". */
function lettersText(a: Advice, annexOf: (l: AdviceLetter) => number): string {
  if (a.letters.length === 1 && a.letters[0]!.from === a.from) return `de brief in bijlage ${annexOf(a.letters[0]!)}`;
  return formatList(a.letters.map((l, i) => `${i === 0 ? "de brief" : "die"} van ${l.from} in bijlage ${annexOf(l)}`));
}

const dispositionsText = (d: Readonly<Record<string, number>>) =>
  Object.entries(d)
    .map(([name, n]) => `${n} ${name}`)
    .join(", ");

function commentBlocks(phase: PhaseSummary): Block[] {
  if (!phase.public) return phase.comments.length ? [block("normal", "De reacties in deze fase zag alleen de indiener zelf; daarom staan hier alleen de antwoorden."), ...phase.comments.map((c) => block("item", "–\t", { text: `${c.organisationType}, ${c.disposition}: `, bold: true }, c.answer || "nog niet beantwoord"))] : [];
  return phase.comments.map((c) =>
    block("item", "–\t", { text: `${c.from} (${c.organisationType}): `, bold: true }, c.body ?? "", " ", { text: `Afhandeling: ${c.disposition}.`, italics: true }, c.answer ? ` ${c.answer}` : ""),
  );
}

export function consultationSummary(phases: readonly PhaseSummary[], advice: readonly Advice[]): FileChild[] {
  const out: FileChild[] = [];
  if (!phases.length) out.push(...paragraphs([block("normal", "Er is over deze verordening nog geen consultatie gehouden.")]));
  for (const phase of phases) {
    const total = phase.groups.reduce((n, g) => n + g.count, 0);
    out.push(...paragraphs([block("heading3", phase.name), block("normal", `In deze fase kwamen ${counted(total, "reactie", "reacties")} binnen.`)]));
    out.push(table(["Soort organisatie", "Reacties", "Wat ermee is gedaan"], phase.groups.map((g) => [g.organisationType, String(g.count), dispositionsText(g.dispositions)])));
    out.push(...paragraphs(commentBlocks(phase)));
  }
  out.push(...paragraphs([block("heading3", "Ontvangen adviezen")]));
  if (!advice.length) out.push(...paragraphs([block("normal", "Er zijn nog geen adviezen ontvangen.")]));
  const letters = adviceLetters(advice);
  const annexOf = (l: AdviceLetter) => FIRST_LETTER_ANNEX + letters.indexOf(l);
  for (const a of advice) {
    const inLetters = a.letters.length ? lettersText(a, annexOf) : "";
    out.push(
      ...paragraphs([
        block(
          "normal",
          { text: `${a.from}${a.receivedOn ? `, ontvangen op ${dutchDate(a.receivedOn)}` : ""}: `, bold: true },
          a.text ? `${a.text}${inLetters ? ` (Zie ${inLetters}.)` : ""}` : `zie ${inLetters}.`,
        ),
        block("normal", { text: "Wat ermee is gedaan: ", bold: true }, a.response || "nog niet verwerkt"),
      ]),
    );
  }
  return out;
}
