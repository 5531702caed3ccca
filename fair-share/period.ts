// A half year of monitoring, written "2026-1" (January–June) or "2026-2" (July–December). The string sorts in time order.

export type HalfYear = `${number}-${1 | 2}`;

const PATTERN = /^(\d{4})-([12])$/;

export function isHalfYear(value: string): value is HalfYear {
  return PATTERN.test(value);
}

export function parseHalfYear(value: string): { year: number; half: 1 | 2 } | null {
  const match = PATTERN.exec(value);
  return match ? { year: Number(match[1]), half: Number(match[2]) as 1 | 2 } : null;
}

/** "2026-1" → "1e halfjaar 2026". */
export function halfYearLabel(value: HalfYear): string {
  const { year, half } = parseHalfYear(value)!;
  return `${half}e halfjaar ${year}`;
}

export function yearOf(value: HalfYear): number {
  return parseHalfYear(value)!.year;
}

export function nextHalfYear(value: HalfYear): HalfYear {
  const { year, half } = parseHalfYear(value)!;
  return (half === 1 ? `${year}-2` : `${year + 1}-1`) as HalfYear;
}

/** The half year a date falls in. */
export function halfYearOf(date: Date): HalfYear {
  return `${date.getUTCFullYear()}-${date.getUTCMonth() < 6 ? 1 : 2}` as HalfYear;
}
