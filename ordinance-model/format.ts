import type { Duration } from "./slot-definition";

// Dutch formatting of slot values as they appear in an ordinance. Written out by hand rather than
// through Intl so the output never depends on the ICU data of the machine that renders it.

export const monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 50 → "€ 50,00"; 1250.5 → "€ 1.250,50". */
export function formatAmount(euros: number): string {
  const cents = Math.round(Math.abs(euros) * 100);
  const whole = groupThousands(String(Math.floor(cents / 100)));
  const fraction = String(cents % 100).padStart(2, "0");
  return `${euros < 0 ? "-" : ""}€ ${whole},${fraction}`;
}

/** 12 → "12"; integers in legal text are not grouped (years, percentages and counts read better bare). */
export function formatInteger(value: number): string {
  return String(value);
}

/** {12, months} → "12 maanden", {1, months} → "1 maand", {1, years} → "1 jaar", {3, years} → "3 jaar". */
export function formatDuration(duration: Duration): string {
  if (duration.unit === "years") return `${duration.amount} jaar`;
  return `${duration.amount} ${duration.amount === 1 ? "maand" : "maanden"}`;
}

/** Duration bounds are kept in months; show them in years when they are whole years. */
export function formatMonths(months: number): string {
  return months !== 0 && months % 12 === 0 ? formatDuration({ amount: months / 12, unit: "years" }) : formatDuration({ amount: months, unit: "months" });
}

/** "2026-07-01" → "1 juli 2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${monthNames[m - 1]} ${y}`;
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b en c". */
export function formatList(parts: readonly string[], conjunction = "en"): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${conjunction} ${parts[parts.length - 1]}`;
}
