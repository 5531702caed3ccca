import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  balanceBetween,
  categoryKey,
  checkFloor,
  evaluationDate,
  figureFields,
  floorFor,
  halfYearLabel,
  householdsIn,
  nextHalfYear,
  originKey,
  OUTSIDE_REGION,
  periodMonitor,
  proRata,
  readFigures,
  reciprocityLedger,
  trends,
  type Figures,
  type HalfYear,
  type MunicipalityRef,
} from "./index";

const REGION: MunicipalityRef[] = [
  { slug: "almelo", name: "Almelo" },
  { slug: "borne", name: "Borne" },
  { slug: "enschede", name: "Enschede" },
];

/** A consistent report: the given origins, all in one category, and the region additions. */
function report(origins: Record<string, number>, extra: Record<string, number> = {}): Figures {
  const housed = Object.values(origins).reduce((a, b) => a + b, 0);
  const cells: Record<string, number> = {};
  for (const f of figureFields(REGION)) cells[f.key] = 0;
  for (const [o, n] of Object.entries(origins)) cells[originKey(o)] = n;
  cells.gehuisvest = housed;
  cells[categoryKey("mantelzorg")] = housed;
  return { ...cells, mutaties: 100, toewijzingen: 15, ...extra };
}

describe("the floor", () => {
  it("a municipality exactly at the floor is not flagged", () => {
    expect(checkFloor(100, 15, 15)).toMatchObject({ meets: true, short: 0, sharePercent: 15 });
    expect(checkFloor(40, 7, 17.5)).toMatchObject({ meets: true, short: 0 });
  });

  it("below the floor says how many allocations are short", () => {
    expect(checkFloor(100, 14, 15)).toMatchObject({ meets: false, short: 1 });
    expect(checkFloor(33, 0, 15)).toMatchObject({ meets: false, short: 5 }); // 4.95 needed: five allocations
  });

  it("without mutaties there is nothing to allocate, and no share", () => {
    expect(checkFloor(0, 0, 15)).toMatchObject({ meets: true, short: 0, sharePercent: null });
  });

  it("property: short allocations are exactly what brings a municipality to the floor", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 1000 }), (mutations, allocated, tenths) => {
        const allocations = Math.min(allocated, mutations);
        const percent = tenths / 10;
        const check = checkFloor(mutations, allocations, percent);
        expect(check.meets).toBe(check.short === 0);
        if (!check.meets) {
          expect(checkFloor(mutations, allocations + check.short, percent).meets).toBe(true);
          expect(checkFloor(mutations, allocations + check.short - 1, percent).meets).toBe(false);
        }
      }),
    );
  });

  it("the floor is a setting with history, applied per half year", () => {
    const history = [
      { from: "2026-1" as HalfYear, percent: 15 },
      { from: "2027-2" as HalfYear, percent: 20 },
    ];
    expect(floorFor(history, "2025-2")).toBe(15); // before any setting: the statutory 15%
    expect(floorFor(history, "2027-1")).toBe(15);
    expect(floorFor(history, "2027-2")).toBe(20);
    expect(floorFor([...history].reverse(), "2028-1")).toBe(20);
  });
});

describe("pro rata by households", () => {
  it("expected part is households ÷ region households × region total", () => {
    const result = proRata([
      { slug: "a", households: 30_000, actual: 10 },
      { slug: "b", households: 10_000, actual: 10 },
    ]);
    expect(result.total).toBe(20);
    expect(result.rows[0]).toMatchObject({ expected: 15, difference: -5 });
    expect(result.rows[0]!.differencePercent).toBeCloseTo(-33.333, 2);
    expect(result.rows[1]).toMatchObject({ expected: 5, difference: 5, differencePercent: 100 });
  });

  it("a municipality without known households gets no expected part", () => {
    const result = proRata([
      { slug: "a", households: null, actual: 4 },
      { slug: "b", households: 100, actual: 6 },
    ]);
    expect(result.rows[0]!.expected).toBeNull();
    expect(result.rows[1]!.expected).toBe(10);
  });

  it("property: the expected parts sum to the region total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ households: fc.integer({ min: 1, max: 200_000 }), actual: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const result = proRata(rows.map((r, i) => ({ slug: `g${i}`, ...r })));
          const sum = result.rows.reduce((s, r) => s + r.expected!, 0);
          expect(sum).toBeCloseTo(result.total, 6);
          expect(result.rows.reduce((s, r) => s + r.difference!, 0)).toBeCloseTo(0, 6);
        },
      ),
    );
  });

  it("households of a year, else the latest earlier year", () => {
    const counts = [
      { year: 2024, households: 100 },
      { year: 2026, households: 120 },
    ];
    expect(householdsIn(counts, 2025)).toBe(100);
    expect(householdsIn(counts, 2027)).toBe(120);
    expect(householdsIn(counts, 2023)).toBeNull();
  });
});

describe("origin flows and reciprocity", () => {
  const period = (p: string, figures: Record<string, Figures>) => ({ period: p as HalfYear, figures: new Map(Object.entries(figures)) });

  it("the matrix puts origin × housing, and bijspringen counts other municipalities' urgents", () => {
    const input = {
      region: REGION,
      households: new Map(),
      floors: [],
      periods: [period("2026-1", { almelo: report({ almelo: 5, borne: 2, [OUTSIDE_REGION]: 1 }), borne: report({ borne: 3 }) })],
    };
    const monitor = periodMonitor(input, "2026-1");
    expect(monitor.flows.origins).toEqual(["almelo", "borne", "enschede", OUTSIDE_REGION]);
    expect(monitor.flows.cells[1]![0]).toBe(2); // borne's urgents housed in almelo
    expect(monitor.flows.cells[3]![0]).toBe(1);
    const almelo = monitor.municipalities.find((m) => m.slug === "almelo")!;
    expect(almelo.bijspringen).toBe(2); // outside the region does not count as springing in for a neighbour
    expect(monitor.municipalities.find((m) => m.slug === "enschede")!.reported).toBe(false);
    expect(monitor.region.housed).toBe(11);
  });

  it("the ledger keeps a running balance over the half years, in time order", () => {
    const ledger = reciprocityLedger(REGION, [
      period("2026-2", { almelo: report({ borne: 1 }), borne: report({ almelo: 4 }) }),
      period("2026-1", { almelo: report({ borne: 3 }), borne: report({}) }),
    ]);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ a: "almelo", b: "borne", balance: 0 });
    expect(ledger[0]!.entries.map((e) => [e.period, e.net, e.balance])).toEqual([
      ["2026-1", 3, 3],
      ["2026-2", -3, 0],
    ]);
  });

  it("property: the ledger's balances are antisymmetric", () => {
    const slugs = REGION.map((m) => m.slug);
    const arbReport = fc.record(Object.fromEntries(slugs.map((s) => [s, fc.integer({ min: 0, max: 20 })])) as Record<string, fc.Arbitrary<number>>);
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom(...slugs), arbReport), { minLength: 1, maxLength: 6 }), (reports) => {
        let p: HalfYear = "2026-1";
        const periods = reports.map((r) => {
          const entry = period(p, Object.fromEntries(Object.entries(r).map(([s, origins]) => [s, report(origins)])));
          p = nextHalfYear(p);
          return entry;
        });
        const forward = reciprocityLedger(REGION, periods);
        const backward = reciprocityLedger([...REGION].reverse(), periods);
        for (const a of slugs) {
          for (const b of slugs) {
            if (a === b) continue;
            expect(balanceBetween(forward, a, b) + balanceBetween(forward, b, a)).toBe(0);
            expect(balanceBetween(backward, a, b)).toBe(balanceBetween(forward, a, b));
          }
        }
      }),
    );
  });
});

describe("reading a report", () => {
  const text = (figures: Figures) => Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, String(v)]));

  it("a consistent report reads back as its numbers", () => {
    const figures = report({ almelo: 2, [OUTSIDE_REGION]: 1 });
    expect(readFigures(text(figures), REGION)).toEqual({ figures, problems: [] });
  });

  it.each([
    ["mutaties", "-3", "Een aantal kan niet negatief zijn."],
    ["mutaties", "2,5", "Vul een geheel getal in, zonder punten of komma's."],
    ["aanvragen", "", "Vul een aantal in (0 als er geen waren)."],
  ])("cell %s = %j is refused: %s", (key, typed, message) => {
    const { problems } = readFigures({ ...text(report({ almelo: 1 })), [key]: typed }, REGION);
    expect(problems).toEqual([{ key, message }]);
  });

  it("allocations above mutaties, categories and origins that do not add up are named", () => {
    const figures = { ...report({ almelo: 3 }), toewijzingen: 101, [categoryKey("mantelzorg")]: 2, [originKey("borne")]: 1 };
    const keys = readFigures(text(figures), REGION).problems.map((p) => p.key);
    expect(keys).toEqual(["toewijzingen", categoryKey("mantelzorg"), originKey("almelo")]);
  });
});

describe("trends, labels and the evaluation date", () => {
  it("trends run in time order with the region's share", () => {
    const input = {
      region: REGION,
      households: new Map(),
      floors: [],
      periods: [
        { period: "2026-2" as HalfYear, figures: new Map([["almelo", report({}, { mutaties: 50, toewijzingen: 10 })]]) },
        { period: "2026-1" as HalfYear, figures: new Map([["almelo", report({}, { mutaties: 100, toewijzingen: 10 })]]) },
      ],
    };
    const points = trends(input);
    expect(points.map((t) => t.period)).toEqual(["2026-1", "2026-2"]);
    expect(points.map((t) => t.share.regio)).toEqual([10, 20]);
    expect(points[0]!.share.borne).toBeNull();
  });

  it("half years read in Dutch and follow each other", () => {
    expect(halfYearLabel("2026-2")).toBe("2e halfjaar 2026");
    expect(nextHalfYear("2026-2")).toBe("2027-1");
  });

  it("evaluation is three years after entry into force", () => {
    expect(evaluationDate("2027-01-01")).toBe("2030-01-01");
    expect(evaluationDate("2028-02-29")).toBe("2031-02-28");
    expect(evaluationDate("geen datum")).toBeNull();
  });
});
