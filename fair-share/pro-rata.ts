// Pro rata by households: a municipality's expected part of the region's housed statutory urgents is its households
// ÷ the region's households × the region's total.

export interface ProRataInput {
  slug: string;
  households: number | null;
  actual: number;
}

export interface ProRataRow {
  slug: string;
  households: number | null;
  actual: number;
  /** null when the municipality's households are not known. */
  expected: number | null;
  difference: number | null;
  /** The difference as a per cent of the expected part; null when nothing was expected. */
  differencePercent: number | null;
}

export interface ProRata {
  /** The region's housed statutory urgents, in every municipality. */
  total: number;
  /** The households of the municipalities whose number is known. */
  households: number;
  rows: ProRataRow[];
}

/**
 * The region total is shared among the municipalities with known households; one without is shown without an expected
 * part rather than counted as zero households.
 */
export function proRata(inputs: readonly ProRataInput[]): ProRata {
  const total = inputs.reduce((sum, r) => sum + r.actual, 0);
  const households = inputs.reduce((sum, r) => sum + (r.households ?? 0), 0);
  const rows = inputs.map((r): ProRataRow => {
    const expected = r.households === null || households === 0 ? null : (r.households / households) * total;
    const difference = expected === null ? null : r.actual - expected;
    return {
      ...r,
      expected,
      difference,
      differencePercent: expected === null || expected === 0 ? null : (difference! / expected) * 100,
    };
  });
  return { total, households, rows };
}
