import { housedByOrigin, OUTSIDE_REGION, type Figures, type MunicipalityRef } from "./fields";
import type { HalfYear } from "./period";

// Origin flows: who housed the statutory urgents of which municipality of origin. "Bijspringen" is one municipality
// housing urgents whose origin is another municipality of the region; the reciprocity ledger keeps the balance per pair.

export interface FlowMatrix {
  origins: string[];
  housing: string[];
  /** cells[origin][housing]: urgents of that origin housed in that municipality. */
  cells: number[][];
  max: number;
}

export function flowMatrix(region: readonly MunicipalityRef[], figuresBySlug: ReadonlyMap<string, Figures>): FlowMatrix {
  const housing = region.map((m) => m.slug);
  const origins = [...housing, OUTSIDE_REGION];
  const columns = housing.map((h) => housedByOrigin(figuresBySlug.get(h) ?? {}, origins));
  const cells = origins.map((o) => columns.map((c) => c.get(o)!));
  return { origins, housing, cells, max: Math.max(0, ...cells.flat()) };
}

/** Per housing municipality: urgents of another municipality of the region that it housed. */
export function bijspringen(matrix: FlowMatrix): Map<string, number> {
  return new Map(
    matrix.housing.map((h, j) => [h, matrix.origins.reduce((sum, o, i) => (o !== h && o !== OUTSIDE_REGION ? sum + matrix.cells[i]![j]! : sum), 0)]),
  );
}

export interface LedgerEntry {
  period: HalfYear;
  /** Urgents of b's origin that a housed, minus those of a's origin that b housed, in this half year. */
  net: number;
  /** The running balance up to and including this half year: positive means b owes a. */
  balance: number;
}

export interface LedgerPair {
  a: string;
  b: string;
  entries: LedgerEntry[];
  balance: number;
}

/** What a housed for b minus what b housed for a, in one half year. balance(a, b) = −balance(b, a) by construction. */
function pairNet(figuresBySlug: ReadonlyMap<string, Figures>, a: string, b: string): number {
  const aForB = housedByOrigin(figuresBySlug.get(a) ?? {}, [b]).get(b)!;
  const bForA = housedByOrigin(figuresBySlug.get(b) ?? {}, [a]).get(a)!;
  return aForB - bForA;
}

/**
 * The reciprocity ledger: for every pair of municipalities (a before b in the region's order) that ever sprang in for
 * each other, the net per half year and the running balance over the half years in time order.
 */
export function reciprocityLedger(region: readonly MunicipalityRef[], periods: readonly { period: HalfYear; figures: ReadonlyMap<string, Figures> }[]): LedgerPair[] {
  const ordered = [...periods].sort((x, y) => (x.period < y.period ? -1 : 1));
  const pairs: LedgerPair[] = [];
  for (let i = 0; i < region.length; i++) {
    for (let j = i + 1; j < region.length; j++) {
      const a = region[i]!.slug;
      const b = region[j]!.slug;
      let balance = 0;
      let touched = false;
      const entries = ordered.map(({ period, figures }) => {
        const net = pairNet(figures, a, b);
        touched ||= housedByOrigin(figures.get(a) ?? {}, [b]).get(b)! > 0 || housedByOrigin(figures.get(b) ?? {}, [a]).get(a)! > 0;
        balance += net;
        return { period, net, balance };
      });
      if (touched) pairs.push({ a, b, entries, balance });
    }
  }
  return pairs;
}

/** The balance of a with b from a ledger, whichever way round the pair is stored. */
export function balanceBetween(ledger: readonly LedgerPair[], a: string, b: string): number {
  const pair = ledger.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  if (!pair) return 0;
  return pair.a === a ? pair.balance : 0 - pair.balance;
}
