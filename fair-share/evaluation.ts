// The agreements are evaluated three years after the municipality's ordinance enters into force.

export const EVALUATION_YEARS = 3;

/** "2027-01-01" → "2030-01-01"; 29 February becomes 28 February when the later year has none. */
export function evaluationDate(entryIntoForce: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(entryIntoForce);
  if (!match) return null;
  const year = Number(match[1]) + EVALUATION_YEARS;
  const month = Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${year}-${match[2]}-${String(day).padStart(2, "0")}`;
}
