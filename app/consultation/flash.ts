// The result of a consultation form after its redirect, carried in the address so a reload shows it again and never
// repeats the post.

export type Flash = { bericht: "reactie" | "antwoord" | "concept" } | { gepubliceerd: number };

const MESSAGES: Record<string, string> = {
  reactie: "Uw reactie is geplaatst.",
  antwoord: "Uw antwoord is geplaatst.",
  concept: "Antwoord opgeslagen als concept. Publiceer de antwoorden om ze te tonen.",
};

export function withFlash(path: string, flash: Flash): string {
  const url = new URL(path, "http://x");
  for (const key of ["bericht", "gepubliceerd"]) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(flash)) url.searchParams.set(key, String(value));
  return url.pathname + url.search;
}

export function flashMessage(url: URL): string | null {
  const published = url.searchParams.get("gepubliceerd");
  if (published !== null && /^\d+$/.test(published)) return published === "1" ? "1 antwoord gepubliceerd." : `${published} antwoorden gepubliceerd.`;
  return MESSAGES[url.searchParams.get("bericht") ?? ""] ?? null;
}
