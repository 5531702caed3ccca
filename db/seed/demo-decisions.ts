import { parseModel } from "../../ordinance-model/index";
import type { Db } from "../client";
import { getChoices, listModels, getModelRow } from "../queries/models";
import { writeChoice, getStatus } from "../queries/choices";
import { insertVersion } from "../queries/consultation";
import { decisionData, latestDefinitiveVersion, markDefinitive, motivations, proposalSectionTexts, REGIONAL, saveDecisionData, saveMotivation, saveVersionSections } from "../queries/decisions";
import { deviations, markGereed } from "../queries/gereed";
import { findMunicipalityBySlug, findRegionBySlug } from "../queries/regions";

// Demo only: enough for a newcomer to download a complete set of council documents at once. A definitive version of
// the seeded text; the decision data of Almelo, Dinkelland, Hellendoorn and Enschede; their choices for the year and
// the entry into force, with motivations; and Almelo, Dinkelland and Hellendoorn gereed against the definitive
// version, so that the joint advice letters speak for several municipalities. Enschede stays not gereed (the tests
// use it as such), and so does Borne. Each part is seeded only where it is missing.

const DEFINITIVE_NAME = "Definitieve versie regionaal overleg";
/** The regional meeting agreed on the text before the first advice requests went out (Borne's, demo-adoption.ts). */
const DEFINITIVE_FROZEN_AT = new Date("2026-09-08T14:00:00+02:00");
const GEREED = ["almelo", "dinkelland", "hellendoorn"];
const demoMotivation = (name: string) => `Lokale keuze van ${name}, toegelicht in de raadsinformatiebrief over de regionale urgentieverordening.`;

const DECISIONS: Record<string, Record<string, string>> = {
  almelo: {
    proposalNumber: "RV-2027-014",
    collegeDate: "2027-01-12",
    councilDate: "2027-02-08",
    portfolioHolder: "wethouder A. de Vries (Wonen)",
    mayor: "A.G.J. Gerritsen",
    clerk: "mr. J. Hofstede",
    secretary: "drs. M. Kuipers",
    contactName: "Anouk Almelo",
    contactEmail: "wonen@almelo.nl",
    contactPhone: "0546 541 111",
    provinceReference: "Z-2026-11873",
    tenantsReference: "Z-2026-11874",
    tenantOrganisations: "Huurdersvereniging Almelo; Grotestraat 12; 7607 CA Almelo\nHuurdersbelangenvereniging Beter Wonen; Hofkampstraat 4; 7607 NB Almelo",
    adviceProvinceSentOn: "2026-11-17",
    adviceProvinceReceivedOn: "2026-12-18",
    adviceProvinceText: "Gedeputeerde Staten zien de regionale samenhang geborgd en vragen de monitoring van de evenwichtige verdeling ook aan de provincie te zenden.",
    adviceProvinceResponse: "De halfjaarlijkse monitor gaat ook naar de provincie; dit staat in de toelichting.",
    adviceTenantsSentOn: "2026-11-17",
    adviceTenantsReceivedOn: "2026-12-20",
    adviceTenantsText: "De huurdersorganisaties steunen de regeling en vragen dat een urgent in Aadorp, Bornerbroek of Mariaparochie niet naar de stad hoeft te verhuizen als daar zijn netwerk niet is.",
    adviceTenantsResponse: "Almelo kiest voor een zoekgebied per kern, zodat de urgent in de eigen kern kan blijven waar een passend aanbod te verwachten is.",
  },
  dinkelland: {
    proposalNumber: "RV 2027-07",
    collegeDate: "2027-01-26",
    councilDate: "2027-02-23",
    portfolioHolder: "wethouder M. ter Horst (Wonen en Leefbaarheid)",
    mayor: "J.H. Oude Vrielink",
    clerk: "mr. L. Wessels",
    secretary: "drs. G. Nijhuis",
    contactName: "Dirk Dinkelland",
    contactEmail: "wonen@dinkelland.nl",
    contactPhone: "0541 854 100",
    provinceReference: "DNK/2026/0418",
    tenantsReference: "DNK/2026/0419",
    tenantOrganisations: "Huurdersvereniging Dinkelland; Kerkplein 3; 7591 DH Denekamp",
    adviceProvinceSentOn: "2026-11-24",
    adviceProvinceReceivedOn: "2026-12-22",
    adviceProvinceText: "Gedeputeerde Staten hebben geen bezwaar tegen een zoekgebied per kern, mits het college een urgent die in de eigen kern geen passend aanbod krijgt, binnen de geldigheidsduur een ruimer zoekgebied biedt.",
    adviceProvinceResponse: "Het zoekgebied per kern geldt alleen zolang een passend aanbod binnen de geldigheidsduur te verwachten blijft; de motivering bij de keuze zegt dit en het urgentieloket bewaakt het.",
    adviceTenantsSentOn: "2026-11-24",
    adviceTenantsReceivedOn: "2027-01-08",
    adviceTenantsText: "De huurdersvereniging steunt de regeling en vraagt of de hoorzitting bij bezwaar niet te formeel wordt voor inwoners die voor het eerst met de gemeente te maken hebben.",
    adviceTenantsResponse: "Het college hoort een indiener van een bezwaar zelf, door medewerkers die niet bij het besluit betrokken waren; een bezwaarcommissie is daarvoor niet nodig.",
  },
  hellendoorn: {
    proposalNumber: "2027-RV-003",
    collegeDate: "2027-02-02",
    councilDate: "2027-03-02",
    portfolioHolder: "wethouder E. Schuurman (Volkshuisvesting)",
    mayor: "A. Kremer",
    clerk: "H.J. Dijkstra",
    secretary: "mr. W. Pots",
    contactName: "Hanneke Hellendoorn",
    contactEmail: "wonen@hellendoorn.nl",
    contactPhone: "0548 630 000",
    provinceReference: "HLD-2026-2210",
    tenantsReference: "HLD-2026-2211",
    tenantOrganisations: "Huurdersvereniging Nijverdal-Hellendoorn; Grotestraat 150; 7443 BR Nijverdal",
    adviceProvinceSentOn: "2026-12-01",
    adviceProvinceReceivedOn: "2027-01-05",
    adviceProvinceText: "Gedeputeerde Staten vragen hoe de gemeente borgt dat een besluit in mandaat door het urgentieloket even zorgvuldig wordt voorbereid als een besluit van het college.",
    adviceProvinceResponse: "Het mandaatbesluit legt vast dat een medewerker die de aanvraag heeft voorbereid, er niet ook zelf over beslist; het college legt jaarlijks verantwoording af aan de raad.",
    adviceTenantsSentOn: "2026-12-01",
    adviceTenantsReceivedOn: "2027-01-12",
    adviceTenantsText: "De huurdersvereniging vraagt dat een urgent uit Haarle of Daarle niet naar Nijverdal hoeft te verhuizen als in de eigen kern binnen redelijke tijd een woning vrijkomt.",
    adviceTenantsResponse: "Hellendoorn kiest voor een zoekgebied per kern, zodat de urgent in de eigen kern kan blijven waar een passend aanbod te verwachten is.",
  },
  enschede: {
    proposalNumber: "2027/0031",
    collegeDate: "2027-01-19",
    councilDate: "2027-02-15",
    portfolioHolder: "wethouder J. Jansen (Volkshuisvesting)",
    mayor: "R.C. Welten",
    clerk: "drs. H. Wolters",
    secretary: "mr. P. Bakker",
    contactName: "Erik Enschede",
    contactEmail: "volkshuisvesting@enschede.nl",
    contactPhone: "053 481 8181",
    provinceReference: "ENS/2026/5521",
    tenantsReference: "ENS/2026/5522",
    tenantOrganisations: "Huurdersvereniging Enschede; Hengelosestraat 100; 7514 AK Enschede",
    adviceProvinceSentOn: "2026-11-24",
    adviceTenantsSentOn: "2026-11-24",
  },
};

/** Every demo council decides early in 2027: the year in the title and citeertitel follows. */
const ADOPTED_IN_2027 = { value: 2027, motivation: "De raad stelt de verordening begin 2027 vast; het jaartal in de titel en de citeertitel volgt het jaar van vaststelling." };
const IN_FORCE_APRIL_2027 = { value: "2027-04-01", motivation: "De raad besluit begin 2027; inwerkingtreding volgt na bekendmaking en zes weken voorbereiding van de uitvoering door de corporaties." };

/** Almelo's own deviations, with why; and the later entry into force every demo municipality needs for its council date. The other local choices of Dinkelland and Hellendoorn come from demo-choices.ts. */
const CHOICES: Record<string, Record<string, { value: unknown; motivation: string }>> = {
  almelo: {
    ordinanceYear: ADOPTED_IN_2027,
    searchArea: { value: "kern", motivation: "Almelo heeft met Aadorp, Bornerbroek en Mariaparochie kernen met een eigen woningmarkt; wie daar urgent is, blijft zo dicht bij zijn netwerk." },
    applicationFeeCharged: { value: true, motivation: "De raad wil de kosten van de beoordeling deels bij de aanvrager leggen, zoals bij andere vergunningen; de leges blijven onder het regionale bedrag." },
    applicationFee: { value: 35, motivation: "Een lager bedrag dan het regionale, zodat de leges geen drempel zijn voor aanvragers met een laag inkomen." },
    effectiveDate: { value: "2027-04-01", motivation: "De raad besluit in februari 2027; de corporaties hebben daarna zes weken nodig om de uitvoering in te richten." },
  },
  dinkelland: { ordinanceYear: ADOPTED_IN_2027, effectiveDate: IN_FORCE_APRIL_2027 },
  hellendoorn: { ordinanceYear: ADOPTED_IN_2027, effectiveDate: IN_FORCE_APRIL_2027 },
  enschede: { ordinanceYear: ADOPTED_IN_2027, effectiveDate: IN_FORCE_APRIL_2027 },
};

export function seedDemoDecisions(db: Db): void {
  const twente = findRegionBySlug(db, "twente");
  const first = twente && listModels(db, twente.id)[0];
  if (!twente || !first) return;
  const row = getModelRow(db, first.id)!;
  const model = parseModel(row.document);
  db.transaction(() => {
    if (!latestDefinitiveVersion(db, row.id)) {
      const id = insertVersion(db, row.id, DEFINITIVE_NAME, row.document, null, DEFINITIVE_FROZEN_AT);
      saveVersionSections(db, id, proposalSectionTexts(db, row.id, REGIONAL));
      markDefinitive(db, row.id, id, null);
    }
    for (const [slug, values] of Object.entries(DECISIONS)) {
      const m = findMunicipalityBySlug(db, twente.id, slug)!;
      if (Object.keys(decisionData(db, row.id, m.id)).length === 0) saveDecisionData(db, row.id, m.id, values, null);
      const stored = getChoices(db, row.id, m.id);
      for (const [key, { value, motivation }] of Object.entries(CHOICES[slug] ?? {})) {
        if (key in stored || !model.slots.has(key)) continue;
        writeChoice(db, { modelId: row.id, municipalityId: m.id, slotKey: key, value, definition: model.slots.get(key)!, seenVersion: 0, userId: null });
        saveMotivation(db, row.id, m.id, key, motivation, null);
      }
    }
    for (const slug of GEREED) {
      const m = findMunicipalityBySlug(db, twente.id, slug)!;
      if (getStatus(db, row.id, m.id) !== null) continue;
      // Choices other demo seeds made need a motivation too before the municipality can be gereed.
      const given = motivations(db, row.id, m.id);
      for (const key of deviations(model, getChoices(db, row.id, m.id)).keys()) if (!given[key]) saveMotivation(db, row.id, m.id, key, demoMotivation(m.name), null);
      const problems = markGereed(db, row.id, m.id, null);
      if (problems.length) throw new Error(`Demo: ${m.name} kan niet gereed worden: ${problems.join(" ")}`);
    }
  });
}
