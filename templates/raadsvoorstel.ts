import type { ResolvedOrdinance } from "../ordinance-model/index";
import { block, paragraphs, type Block } from "./blocks";
import { choicesTable, type LocalChoice } from "./choices";
import { consultationSummary, type Advice, type PhaseSummary } from "./consultation";
import { buildDocx, type HouseStyle } from "./layout";
import { ordinanceBlocks } from "./ordinance";
import { dutchDate } from "./parts";
import type { Proposal } from "./raadsbesluit";

// The executive's proposal to the council in the usual sections, with the local choices and the consultation.

export interface RaadsvoorstelData {
  readonly resolved: ResolvedOrdinance;
  readonly proposal: Proposal;
  readonly regionName: string;
  readonly choices: readonly LocalChoice[];
  readonly consultation: readonly PhaseSummary[];
  readonly advice: readonly Advice[];
  readonly houseStyle?: HouseStyle;
}

const section = (heading: string, ...text: string[]): Block[] => [block("heading2", heading), ...text.map((t) => block("normal", t))];

export function raadsvoorstel(data: RaadsvoorstelData): Promise<Uint8Array> {
  const name = data.resolved.municipality.name;
  const title = data.resolved.doc.firstChild!.textContent;
  const deviating = data.choices.filter((c) => c.deviates).length;
  return buildDocx({ title: `Raadsvoorstel ${title}`, organisation: `Gemeente ${name}`, houseStyle: data.houseStyle }, [
    ...paragraphs([
      block("title", `Raadsvoorstel ${title}`),
      block("normal", { text: "Nummer: ", bold: true }, data.proposal.number),
      block("normal", { text: "Datum: ", bold: true }, dutchDate(data.proposal.date)),
      block("normal", { text: "Voorstel: ", bold: true }, `de ${title} vast te stellen.`),
      block("heading1", "Toelichting op het voorstel"),
      ...section(
        "Aanleiding",
        "De Wet versterking regie volkshuisvesting verplicht iedere gemeente in een huisvestingsverordening een urgentieregeling op te nemen en regionaal afspraken te maken over een evenwichtige verdeling van wettelijk urgente woningzoekenden.",
        `De gemeenten in ${data.regionName}, de provincie en de woningcorporaties hebben samen één modelverordening opgesteld. Deze verordening is daarop gebaseerd.`,
      ),
      ...section("Beoogd effect", "Woningzoekenden die met spoed een woning nodig hebben krijgen voorrang volgens regels die in de hele regio gelijk zijn, en de opvang van wettelijk urgenten wordt eerlijk over de gemeenten verdeeld."),
      ...section(
        "Argumenten",
        "1. De wet verplicht de gemeente een urgentieregeling vast te stellen.",
        "2. Een regionaal gelijkluidende regeling is duidelijk voor woningzoekenden en uitvoerbaar voor de woningcorporaties via het gezamenlijke woonruimteverdeelsysteem.",
        `3. Waar de regio ruimte laat, maakt de gemeente eigen keuzes: ${deviating} van de ${data.choices.length} lokale keuzes wijken af van de regionale standaard (zie hieronder).`,
      ),
      ...section("Kanttekeningen", "Elke afwijking van het model maakt de regeling in de regio minder eenduidig. De werkgroep adviseert afwijkingen te beperken."),
      ...section("Financiën", "De uitvoering gebeurt binnen de bestaande budgetten; de kosten van de urgentiecommissie worden regionaal gedeeld."),
      ...section("Communicatie", "Na vaststelling wordt de verordening bekendgemaakt in het Gemeenteblad en informeren de woningcorporaties woningzoekenden via hun kanalen."),
      ...section("Vervolg", "De verordening treedt in werking op de dag die zij zelf noemt. Na drie jaar volgt een regionale evaluatie."),
      block("heading1", "Lokale keuzes"),
      block("normal", `De tabel toont elke keuze die de gemeente ${name} zelf maakt, met de regionale standaard en of de keuze daarvan afwijkt.`),
    ]),
    choicesTable(data.choices),
    ...paragraphs([block("heading1", "Consultatie en advies")]),
    ...consultationSummary(data.consultation, data.advice),
    ...paragraphs([block("normal", `Burgemeester en wethouders van ${name},`), block("signature", "De secretaris,"), block("signature", "De burgemeester,")]),
    // The draft goes with the proposal, so the council reads both in one document.
    ...paragraphs([block("heading1", "Bijlage: ontwerp van de verordening"), ...ordinanceBlocks(data.resolved, { includePreamble: false })]),
  ]);
}
