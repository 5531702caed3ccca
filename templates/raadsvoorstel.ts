import type { ResolvedOrdinance } from "../ordinance-model/index";
import { block, paragraphs, type Block } from "./blocks";
import { choicesTable, type LocalChoice } from "./choices";
import { adviceLetters, consultationSummary, type Advice, type PhaseSummary } from "./consultation";
import { buildDocx, type DocumentMeta, type HouseStyle } from "./layout";
import { ordinanceBlocks } from "./ordinance";
import { dutchDate, labelledTable, signatureTable } from "./parts";
import { withContents } from "./toc";

// The executive's proposal to the council: a header block, the numbered beslispunten, the sections (each the regional
// text or the municipality's adaptation of it), the local choices with the motivation of every deviation, what the
// consultation and the advice brought and what was done with it, the signature of the college, and the draft
// ordinance as bijlage. Dated on the day of the college decision.

export interface ProposalSection {
  readonly key: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** The municipality adapted the regional text. */
  readonly adapted: boolean;
}

export interface RaadsvoorstelData {
  readonly resolved: ResolvedOrdinance;
  readonly meta: DocumentMeta;
  readonly regionName: string;
  readonly data: {
    readonly proposalNumber?: string;
    readonly collegeDate?: string;
    readonly councilDate?: string;
    readonly portfolioHolder?: string;
    readonly mayor?: string;
    readonly secretary?: string;
  };
  /** ISO date the ordinance takes effect. */
  readonly entryIntoForce: string;
  readonly beslispunten: readonly string[];
  readonly sections: readonly ProposalSection[];
  readonly choices: readonly LocalChoice[];
  readonly consultation: readonly PhaseSummary[];
  readonly advice: readonly Advice[];
  readonly houseStyle?: HouseStyle;
}

/** Sentences the sections end with, from the facts: they are not the redactie's to write. */
function addedSentences(d: RaadsvoorstelData): Record<string, string[]> {
  const deviating = d.choices.filter((c) => c.deviates).length;
  return {
    samenvatting: [`De tekst volgt ${d.meta.versionLabel}.`],
    argumenten: [
      deviating === 0
        ? `De gemeente ${d.resolved.municipality.name} volgt in alle ${d.choices.length} lokale keuzes de regionale standaard.`
        : `Waar de regio ruimte laat, maakt de gemeente eigen keuzes: ${deviating} van de ${d.choices.length} lokale keuzes wijken af van de regionale standaard, elk met de motivering in de tabel hieronder.`,
    ],
    uitvoering: [`De raad besluit in de vergadering van ${dutchDate(d.data.councilDate!)}. De verordening treedt in werking op ${dutchDate(d.entryIntoForce)}, na bekendmaking in het Gemeenteblad.`],
  };
}

/** The draft (bijlage 1), then each advice letter received, in the order the advice section refers to them. */
const bijlagen = (title: string, advice: readonly Advice[]) => [`Ontwerp van de ${title} (in dit document)`, ...adviceLetters(advice).map((l) => `Adviesbrief van ${l.from} (${l.fileName})`)];

export function raadsvoorstel(d: RaadsvoorstelData): Promise<Uint8Array> {
  const name = d.resolved.municipality.name;
  const title = d.resolved.doc.firstChild!.textContent;
  const added = addedSentences(d);
  const sectionBlocks: Block[] = d.sections.flatMap((s) => [block("heading2", s.heading), ...[...s.paragraphs, ...(added[s.key] ?? [])].map((p) => block("normal", p))]);
  const { contents, blocks } = withContents([
    block("heading1", "Voorgesteld besluit"),
    block("normal", "De raad besluit:"),
    ...d.beslispunten.map((p, i) => block("member", `${i + 1}.\t`, p)),
    block("heading1", "Toelichting op het voorstel"),
    ...sectionBlocks,
  ]);
  const annex = [{ ...block("heading1", `Bijlage: ontwerp van de ${title}`), pageBreakBefore: true }, ...ordinanceBlocks(d.resolved, { includePreamble: false })];
  return buildDocx({ title: `Raadsvoorstel ${title}`, organisation: `Gemeente ${name}`, houseStyle: d.houseStyle, meta: d.meta }, [
    ...paragraphs([block("title", `Raadsvoorstel ${title}`)]),
    labelledTable([
      ["Onderwerp", `Vaststelling van de ${title}`],
      ["Registratienummer", d.data.proposalNumber!],
      ["Portefeuillehouder", d.data.portfolioHolder!],
      ["Datum collegebesluit", dutchDate(d.data.collegeDate!)],
      ["Raadsvergadering", dutchDate(d.data.councilDate!)],
      ["Modelversie", d.meta.versionLabel],
      ["Bijlagen", bijlagen(title, d.advice).map((b, i) => `${i + 1}. ${b}`).join("\n")],
    ]),
    ...contents,
    ...paragraphs(blocks),
    ...paragraphs([
      block("heading1", "Lokale keuzes"),
      block("normal", `De tabel toont elke keuze die de gemeente ${name} zelf maakt, met de regionale standaard en, waar de keuze daarvan afwijkt, waarom.`),
    ]),
    choicesTable(d.choices),
    ...paragraphs([block("heading1", "Consultatie en advies")]),
    ...consultationSummary(d.consultation, d.advice),
    ...paragraphs([{ ...block("normal", `${name}, ${dutchDate(d.data.collegeDate!)}`), keepNext: true }]),
    signatureTable(
      [
        { role: "de secretaris,", name: d.data.secretary! },
        { role: "de burgemeester,", name: d.data.mayor! },
      ],
      `Burgemeester en wethouders van ${name},`,
    ),
    // The draft goes with the proposal, so the council reads both in one document.
    ...paragraphs(annex),
  ]);
}
