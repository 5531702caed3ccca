import type { ResolvedOrdinance } from "../ordinance-model/index";
import { block, paragraphs, type Run } from "./blocks";
import { buildDocx, type HouseStyle } from "./layout";
import { ordinanceBlocks } from "./ordinance";
import { dutchDate, signatures } from "./parts";

// The council decision: preamble with the proposal's date and number, the legal bases, "besluit: vast te stellen
// de …", the whole ordinance of this municipality, its notes, and the lines for the chair and the griffier.

export interface Proposal {
  /** ISO date of the executive's proposal. */
  readonly date: string;
  readonly number: string;
}

export interface RaadsbesluitData {
  readonly resolved: ResolvedOrdinance;
  readonly proposal: Proposal;
  readonly houseStyle?: HouseStyle;
}

/** The runs of a clause without its closing ";" or ":", to continue it. */
function open(runs: Run[]): Run[] {
  const last = runs[runs.length - 1];
  return last ? [...runs.slice(0, -1), { ...last, text: last.text.replace(/[;:]\s*$/, "") }] : runs;
}

export function raadsbesluit(data: RaadsbesluitData): Promise<Uint8Array> {
  const { resolved, proposal } = data;
  const name = resolved.municipality.name;
  // In a resolved ordinance every slot value is text, so the title node's text is the title as printed.
  const title = resolved.doc.firstChild!.textContent;
  const [, ...rest] = ordinanceBlocks(resolved, {
    preambleClause: (role, runs) => {
      if (role === "read") return [block("normal", ...open(runs), ` van ${dutchDate(proposal.date)}, nummer ${proposal.number};`)];
      if (role === "decision") return [block("normal", { text: "besluit:", bold: true }), block("normal", `vast te stellen de ${title}.`)];
      return [block("normal", ...runs)];
    },
  });
  return buildDocx({ title: `Raadsbesluit ${title}`, organisation: `Gemeente ${name}`, houseStyle: data.houseStyle }, [
    ...paragraphs([
      block("title", `Raadsbesluit ${title}`),
      ...rest,
      block("heading1", "Ondertekening"),
      block("normal", `Aldus vastgesteld in de openbare vergadering van de raad van de gemeente ${name} van ……………………`),
      ...signatures(["De voorzitter,", "De griffier,"]),
    ]),
  ]);
}
