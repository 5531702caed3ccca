import type { Table } from "docx";
import { block, type Block } from "./blocks";
import { table } from "./parts";

// A municipality's local choices against the regional default, in the raadsvoorstel and the advice requests.

export interface LocalChoice {
  readonly label: string;
  /** The value in this municipality's ordinance, in words. */
  readonly value: string;
  /** The regional default, in words. */
  readonly regional: string;
  readonly deviates: boolean;
  /** Why the municipality deviates; empty where it does not. */
  readonly motivation: string;
}

export function choicesTable(choices: readonly LocalChoice[]): Table {
  return table(
    ["Keuze", "Gekozen", "Regionale standaard", "Motivering van de afwijking"],
    choices.map((c) => [c.label, c.value, c.regional, c.deviates ? c.motivation : "volgt de standaard"]),
  );
}

/** The deviations only, as sentences: what the letters to the advisers list per municipality. */
export function deviationBlocks(choices: readonly LocalChoice[]): Block[] {
  const deviations = choices.filter((c) => c.deviates);
  if (!deviations.length) return [block("normal", "Geen afwijkingen van de modelverordening.")];
  return deviations.map((c) => block("item", "–\t", { text: `${c.label}: `, bold: true }, `${c.value} (regionaal: ${c.regional})`, ...(c.motivation ? [`. ${c.motivation}`] : [])));
}
