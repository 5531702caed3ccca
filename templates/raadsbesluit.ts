import type { ResolvedOrdinance } from "../ordinance-model/index";
import { block, paragraphs, type Block, type Run } from "./blocks";
import { buildDocx, type DocumentMeta, type HouseStyle } from "./layout";
import { notesBlocks, ordinanceBlocks } from "./ordinance";
import { dutchDate, signatureTable } from "./parts";
import { withContents } from "./toc";

// The council decision: opschrift, the aanhef with the proposal's date and number, "gelet op", "besluit: vast te
// stellen de …", the whole ordinance of this municipality, directly after its last article the slotformulier (kept on
// one page with the last lines of the text, chair and griffier side by side with their names), and the toelichting
// on a new page. The document is dated on the day of the council meeting.

export interface RaadsbesluitData {
  readonly resolved: ResolvedOrdinance;
  readonly data: {
    readonly proposalNumber?: string;
    /** The date of the college decision: the proposal the council read. */
    readonly collegeDate?: string;
    readonly councilDate?: string;
    readonly mayor?: string;
    readonly clerk?: string;
  };
  readonly meta?: DocumentMeta;
  readonly houseStyle?: HouseStyle;
  /** Once the council adopted (issue 15): its decision number and the amendments it adopted, each with what it changed. */
  readonly adoption?: {
    readonly decisionNumber: string;
    readonly amendments: readonly { readonly number: string; readonly title: string; readonly places: readonly string[] }[];
  };
}

/** "vast te stellen de …, zoals geamendeerd." and the amendments the council adopted, each with what it changes. */
function decisionBlocks(title: string, adoption: RaadsbesluitData["adoption"]): Block[] {
  const amendments = adoption?.amendments ?? [];
  if (!amendments.length) return [block("normal", `vast te stellen de ${title}.`)];
  return [
    block("normal", `vast te stellen de ${title}, zoals geamendeerd.`),
    block("normal", amendments.length === 1 ? "De raad heeft daarbij het volgende amendement aangenomen:" : "De raad heeft daarbij de volgende amendementen aangenomen:"),
    ...amendments.map((a) => block("normal", `Amendement ${a.number}: “${a.title}” (wijzigt ${a.places.join(", ")}).`)),
  ];
}

/** The runs of a clause without its closing ";" or ":", to continue it. */
function open(runs: Run[]): Run[] {
  const last = runs[runs.length - 1];
  return last ? [...runs.slice(0, -1), { ...last, text: last.text.replace(/[;:]\s*$/, "") }] : runs;
}

/** The last paragraphs of the text stay with what follows them: a page never starts with the slotformulier alone. */
const keepWithNext = (blocks: Block[], count: number): Block[] => blocks.map((b, i) => (i >= blocks.length - count ? { ...b, keepNext: true } : b));

export function raadsbesluit(input: RaadsbesluitData): Promise<Uint8Array> {
  const { resolved, data } = input;
  const name = resolved.municipality.name;
  // In a resolved ordinance every slot value is text, so the title node's text is the title as printed.
  const title = resolved.doc.firstChild!.textContent;
  const [, ...text] = ordinanceBlocks(resolved, {
    includeNotes: false,
    preambleClause: (role, runs) => {
      if (role === "read") return [block("normal", ...open(runs), ` van ${dutchDate(data.collegeDate!)}, nummer ${data.proposalNumber};`)];
      if (role === "decision") return [block("normal", { text: "besluit:", bold: true }), ...decisionBlocks(title, input.adoption)];
      return [block("normal", ...runs)];
    },
  });
  const [toelichting, ...notes] = notesBlocks(resolved);
  const closing = { ...block("signature", `Aldus vastgesteld in de openbare vergadering van ${dutchDate(data.councilDate!)}.`), keepNext: true };
  const { contents, blocks: all } = withContents([...keepWithNext(text, 2), closing, { ...toelichting!, pageBreakBefore: true }, ...notes], 3);
  const [blocks, notesMarked] = [all.slice(0, text.length + 1), all.slice(text.length + 1)];
  return buildDocx({ title: `Raadsbesluit ${title}`, organisation: `Gemeente ${name}`, houseStyle: input.houseStyle, meta: input.meta }, [
    ...paragraphs([
      block("title", `Raadsbesluit ${title}`),
      block("normal", `${name}, ${dutchDate(data.councilDate!)}${input.adoption ? `, besluitnummer ${input.adoption.decisionNumber}` : ""}`),
    ]),
    ...contents,
    ...paragraphs(blocks),
    signatureTable([
      { role: "De voorzitter,", name: data.mayor! },
      { role: "De griffier,", name: data.clerk! },
    ]),
    ...paragraphs(notesMarked),
  ]);
}
