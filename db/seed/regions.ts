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
  { slug: "west-overijssel", name: "West-Overijssel", province: "Overijssel", municipalities: [] },
];

/** "Hof van Twente" → "hof-van-twente"; "Rijssen-Holten" → "rijssen-holten". */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
