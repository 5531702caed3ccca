export interface RegionSeed {
  slug: string;
  name: string;
  province: string;
  municipalities: string[];
}

export const REGIONS: RegionSeed[] = [
  {
    slug: "twente",
    name: "Twente",
    province: "Overijssel",
    municipalities: [
      "Almelo",
      "Borne",
      "Dinkelland",
      "Enschede",
      "Haaksbergen",
      "Hellendoorn",
      "Hengelo",
      "Hof van Twente",
      "Losser",
      "Oldenzaal",
      "Rijssen-Holten",
      "Tubbergen",
      "Twenterand",
      "Wierden",
    ],
  },
  {
    slug: "west-overijssel",
    name: "West-Overijssel",
    province: "Overijssel",
    // The woningmarktregio West-Overijssel of the province, without Deventer: seed 002 says Deventer makes its
    // fair-share agreements with the Stedendriehoek, while Raalte and Olst-Wijhe take part here.
    municipalities: ["Dalfsen", "Hardenberg", "Kampen", "Olst-Wijhe", "Ommen", "Raalte", "Staphorst", "Steenwijkerland", "Zwartewaterland", "Zwolle"],
  },
];

/** CBS municipality codes (Gemeentelijke indeling, CBS). */
export const CBS_CODES: Record<string, string> = {
  Almelo: "GM0141",
  Borne: "GM0147",
  Dinkelland: "GM1774",
  Enschede: "GM0153",
  Haaksbergen: "GM0158",
  Hellendoorn: "GM0163",
  Hengelo: "GM0164",
  "Hof van Twente": "GM1735",
  Losser: "GM0168",
  Oldenzaal: "GM0173",
  "Rijssen-Holten": "GM1742",
  Tubbergen: "GM0183",
  Twenterand: "GM1700",
  Wierden: "GM0189",
  Dalfsen: "GM0148",
  Hardenberg: "GM0160",
  Kampen: "GM0166",
  "Olst-Wijhe": "GM1773",
  Ommen: "GM0175",
  Raalte: "GM0177",
  Staphorst: "GM0180",
  Steenwijkerland: "GM1708",
  Zwartewaterland: "GM1896",
  Zwolle: "GM0193",
};

const TWO_CARE_REGIONS =
  "Hoort voor beschermd wonen en maatschappelijke opvang bij de regio Deventer (die fair-share-afspraken maakt met de Stedendriehoek), en doet voor de evenwichtige verdeling mee in West-Overijssel; de aanpak sluit aan bij de werkafspraken Beschermd Wonen van 2024.";

/** What is particular about a municipality in its region (seed 002). */
export const MUNICIPALITY_NOTES: Record<string, string> = { Raalte: TWO_CARE_REGIONS, "Olst-Wijhe": TWO_CARE_REGIONS };

/** "Hof van Twente" → "hof-van-twente"; "Rijssen-Holten" → "rijssen-holten". */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
