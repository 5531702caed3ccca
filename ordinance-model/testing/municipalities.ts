import type { Municipality } from "../municipality";

/** The fourteen Twente municipalities (DOMAIN.md), for tests and the bench. */
export const twenteMunicipalities: readonly Municipality[] = [
  "Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo",
  "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden",
].map((name) => ({ name, slug: name.toLowerCase().replace(/\s+/g, "-") }));
