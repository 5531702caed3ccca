import { closingArticles, decisionClause, type AmendingOrdinance } from "../ordinance-model/amendments/index";
import { block, paragraphs, type Block } from "./blocks";
import { buildDocx, type DocumentMeta, type HouseStyle } from "./layout";
import { provisionBlocks } from "./ordinance";
import { dutchDate, signatureTable } from "./parts";

// The raadsbesluit of an amending ordinance: the aanhef of the text it amends, "besluit: vast te stellen de
// Verordening tot wijziging van …", Artikel I with its instructions A, B, C … and what each quotes (in the styles of
// the ordinance itself, numbered in force), Artikel II and, if given, Artikel III, then the slotformulier.

export interface AmendmentDecisionData {
  readonly proposalNumber?: string;
  readonly collegeDate?: string;
  readonly councilDate?: string;
  readonly mayor?: string;
  readonly clerk?: string;
}

/** The body of the amending ordinance as blocks, for the raadsbesluit and the raadsvoorstel's appendix alike. */
export function amendingOrdinanceBlocks(ordinance: AmendingOrdinance): Block[] {
  const blocks: Block[] = [{ ...block("article", "Artikel I"), outline: 1 }];
  blocks.push(block("normal", ordinance.parts.length ? `De ${ordinance.amended} wordt als volgt gewijzigd:` : `De ${ordinance.amended} wijzigt niet.`));
  for (const part of ordinance.parts) {
    blocks.push({ ...block("normal", { text: part.letter, bold: true }), keepNext: true }, block("normal", part.sentence));
    if (part.quoted) blocks.push(...provisionBlocks(part.quoted.source, part.quoted.nodes).map(({ outline: _outline, ...b }) => b));
  }
  for (const closing of closingArticles(ordinance)) blocks.push({ ...block("article", closing.label), outline: 1 }, block("normal", closing.text));
  return blocks;
}

export function amendmentRaadsbesluit(input: { ordinance: AmendingOrdinance; data: AmendmentDecisionData; meta?: DocumentMeta; houseStyle?: HouseStyle }): Promise<Uint8Array> {
  const { ordinance, data } = input;
  const name = ordinance.municipality.name;
  const open = (text: string) => text.replace(/[;:]\s*$/, "");
  const read = ordinance.preamble.get("read");
  const aanhef = [
    ordinance.preamble.get("council") ?? `De raad van de gemeente ${name};`,
    ...(read ? [data.collegeDate && data.proposalNumber ? `${open(read)} van ${dutchDate(data.collegeDate)}, nummer ${data.proposalNumber};` : read] : []),
    ...["considering", "legalBasis"].flatMap((role) => ordinance.preamble.get(role) ?? []),
  ].map((text) => block("normal", text));
  const closing = { ...block("signature", data.councilDate ? `Aldus vastgesteld in de openbare vergadering van ${dutchDate(data.councilDate)}.` : "Aldus vastgesteld in de openbare vergadering van [datum]."), keepNext: true };
  const text = amendingOrdinanceBlocks(ordinance);
  return buildDocx({ title: `Raadsbesluit ${ordinance.title}`, organisation: `Gemeente ${name}`, houseStyle: input.houseStyle, meta: input.meta }, [
    ...paragraphs([
      block("title", `Raadsbesluit ${ordinance.title}`),
      ...aanhef,
      block("normal", { text: "besluit:", bold: true }),
      block("normal", `${decisionClause(ordinance)}.`),
      ...text.map((b, i) => (i >= text.length - 2 ? { ...b, keepNext: true } : b)),
      closing,
    ]),
    signatureTable([
      { role: "De voorzitter,", name: data.mayor ?? "[voorzitter]" },
      { role: "De griffier,", name: data.clerk ?? "[griffier]" },
    ]),
  ]);
}

export interface AmendmentProposalData extends AmendmentDecisionData {
  /** "Modelversie 2" → "Modelversie 3": what the region changed. */
  readonly from: string;
  readonly to: string;
  /** Choices the new version asks the municipality to look at again, in Dutch. */
  readonly impacts: readonly string[];
  /** Council amendments whose provisions the model rewrote, in Dutch. */
  readonly superseded: readonly string[];
}

/** The college's proposal to the council to adopt the amending ordinance, with the ordinance itself as appendix. */
export function amendmentRaadsvoorstel(input: { ordinance: AmendingOrdinance; data: AmendmentProposalData; meta?: DocumentMeta; houseStyle?: HouseStyle }): Promise<Uint8Array> {
  const { ordinance, data } = input;
  const name = ordinance.municipality.name;
  const list = (items: readonly string[], none: string) => (items.length ? items.map((t) => block("member", "–\t", t)) : [block("normal", none)]);
  return buildDocx({ title: `Raadsvoorstel ${ordinance.title}`, organisation: `Gemeente ${name}`, houseStyle: input.houseStyle, meta: input.meta }, paragraphs([
    block("title", `Raadsvoorstel ${ordinance.title}`),
    block("normal", [data.proposalNumber && `Nummer ${data.proposalNumber}`, data.collegeDate && `collegebesluit van ${dutchDate(data.collegeDate)}`, data.councilDate && `raadsvergadering van ${dutchDate(data.councilDate)}`].filter(Boolean).join(", ") || "Concept"),
    block("heading1", "Voorgesteld besluit"),
    block("normal", `De ${ordinance.title} vast te stellen.`),
    block("heading1", "Aanleiding"),
    block("normal", `De Twentse gemeenten stellen hun urgentieverordening op naar één regionaal model. De regio heeft een nieuwe definitieve versie van dat model vastgesteld (${data.to}); de geldende ${ordinance.amended} volgt ${data.from.replace(/^M/, "m")}. Met deze wijzigingsverordening volgt ${name} de nieuwe versie, met behoud van de eigen keuzes. De nummers van de geldende artikelen blijven gelijk.`),
    block("heading1", "Wat er wijzigt"),
    ...list(ordinance.parts.map((p) => `${p.letter}. ${p.sentence.replace(/:$/, ".")}`), "De nieuwe versie van het model verandert niets aan de geldende tekst."),
    block("heading1", "Keuzes om opnieuw te bekijken"),
    ...list(data.impacts, "De nieuwe versie vraagt geen nieuwe lokale keuze."),
    block("heading1", "Amendementen van de raad"),
    ...list(data.superseded, "De amendementen die de raad bij de vaststelling aannam, blijven staan."),
    { ...block("heading1", `Bijlage: ${ordinance.title}`), pageBreakBefore: true },
    ...amendingOrdinanceBlocks(ordinance),
  ]));
}
