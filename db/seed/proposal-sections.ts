import type { Db } from "../client";
import { proposalSectionTexts, REGIONAL, saveProposalSection } from "../queries/decisions";
import { models } from "../schema";

// The sections of a raadsvoorstel with the regional default text the redactie starts from. Each municipality may adapt
// a section; "{gemeente}" and "{regio}" are replaced by the names. Seeded for every model that has none yet.

export const PROPOSAL_SECTIONS = [
  {
    key: "samenvatting",
    heading: "Samenvatting",
    text: "Met dit voorstel stelt de raad de urgentieverordening van {gemeente} vast. De verordening volgt de regionale modelverordening die de gemeenten in {regio}, de provincie en de woningcorporaties samen hebben opgesteld, met de lokale keuzes van {gemeente}.",
  },
  {
    key: "aanleiding",
    heading: "Aanleiding",
    text: "De Wet versterking regie volkshuisvesting verplicht iedere gemeente in een huisvestingsverordening een urgentieregeling op te nemen en regionaal afspraken te maken over een evenwichtige verdeling van wettelijk urgente woningzoekenden.\n\nDe gemeenten in {regio}, de provincie en de woningcorporaties hebben samen één modelverordening opgesteld. Deze verordening is daarop gebaseerd.",
  },
  {
    key: "beoogdEffect",
    heading: "Beoogd effect",
    text: "Woningzoekenden die met spoed een woning nodig hebben krijgen voorrang volgens regels die in de hele regio gelijk zijn, en de opvang van wettelijk urgenten wordt eerlijk over de gemeenten verdeeld.",
  },
  {
    key: "argumenten",
    heading: "Argumenten",
    text: "De wet verplicht de gemeente een urgentieregeling vast te stellen.\n\nEen regionaal gelijkluidende regeling is duidelijk voor woningzoekenden en uitvoerbaar voor de woningcorporaties via het gezamenlijke woonruimteverdeelsysteem.",
  },
  {
    key: "kanttekeningen",
    heading: "Kanttekeningen en risico's",
    text: "Elke afwijking van het model maakt de regeling in de regio minder eenduidig. De werkgroep adviseert afwijkingen te beperken.\n\nTreedt het urgentiedeel van de wet later in werking dan voorzien, dan schuift de inwerkingtreding van de verordening mee.",
  },
  {
    key: "financien",
    heading: "Financiën",
    text: "De uitvoering gebeurt binnen de bestaande budgetten; de kosten van de urgentiecommissie worden regionaal gedeeld.",
  },
  {
    key: "communicatie",
    heading: "Communicatie",
    text: "Na vaststelling wordt de verordening bekendgemaakt in het Gemeenteblad en informeren de woningcorporaties woningzoekenden via hun kanalen.",
  },
  {
    key: "uitvoering",
    heading: "Uitvoering en vervolg",
    text: "De woningcorporaties en de gemeente richten de uitvoering in via het regionale woonruimteverdeelsysteem. Na drie jaar volgt een regionale evaluatie.",
  },
] as const;

export type ProposalSectionKey = (typeof PROPOSAL_SECTIONS)[number]["key"];

export function seedProposalSections(db: Db): void {
  for (const { id } of db.select({ id: models.id }).from(models).all()) {
    if (Object.keys(proposalSectionTexts(db, id, REGIONAL)).length > 0) continue;
    db.transaction(() => {
      for (const section of PROPOSAL_SECTIONS) saveProposalSection(db, id, REGIONAL, section.key, section.text, null);
    });
  }
}
