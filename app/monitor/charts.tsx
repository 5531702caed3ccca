import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { decimal, percent } from "./tables";

// Server-rendered SVG charts (docs/decisions/045-monitor-charts.md): d3-scale does the scales and ticks, React writes
// the SVG. Colours and fonts are attributes, not page CSS, so the same markup renders to PNG for the report. Every chart
// is an image with a title and a description; the page puts the data table beside it.

const FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";
const INK = "#1a1a1a";
const GRID = "#c8c8c8";
const MEETS = "#1b6e35";
const SHORT = "#b3261e";
const EXPECTED = "#6b6b6b";
const WIDTH = 720;
const LEFT = 150;
const RIGHT = 90;
const ROW = 26;

interface ChartFrame {
  id: string;
  title: string;
  description: string;
  height: number;
  children: React.ReactNode;
}

function Chart({ id, title, description, height, children }: ChartFrame) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-titel ${id}-beschrijving`} className="mw-chart" fontFamily={FONT} fontSize={12}>
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-beschrijving`}>{description}</desc>
      <rect width={WIDTH} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

function XAxis({ scale, y, format, top }: { scale: ReturnType<typeof scaleLinear<number>>; y: number; top: number; format: (n: number) => string }) {
  return (
    <g>
      {scale.ticks(6).map((t) => (
        <g key={t}>
          <line x1={scale(t)} x2={scale(t)} y1={top} y2={y} stroke={GRID} />
          <text x={scale(t)} y={y + 16} textAnchor="middle" fill={INK}>
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

export interface ShareBar {
  name: string;
  share: number | null;
  meets: boolean;
  short: number;
}

/** Share of mutaties allocated to statutory urgents per municipality, against the floor line. */
export function ShareChart({ id, title, bars, floorPercent }: { id: string; title: string; bars: readonly ShareBar[]; floorPercent: number }) {
  const top = 10;
  const bottom = top + bars.length * ROW;
  const max = Math.max(floorPercent * 1.5, ...bars.map((b) => b.share ?? 0));
  const x = scaleLinear().domain([0, max]).nice().range([LEFT, WIDTH - RIGHT]);
  const y = scaleBand().domain(bars.map((b) => b.name)).range([top, bottom]).padding(0.2);
  const below = bars.filter((b) => b.share !== null && !b.meets);
  const description = `Ondergrens ${percent(floorPercent)}. ${below.length === 0 ? "Alle gemeenten met cijfers halen de ondergrens." : `Onder de ondergrens: ${below.map((b) => `${b.name} (${percent(b.share)})`).join(", ")}.`}`;
  return (
    <Chart id={id} title={title} description={description} height={bottom + 30}>
      <XAxis scale={x} y={bottom} top={top} format={(t) => `${t}%`} />
      {bars.map((b) => (
        <g key={b.name}>
          <text x={LEFT - 6} y={y(b.name)! + y.bandwidth() / 2 + 4} textAnchor="end" fill={INK}>
            {b.name}
          </text>
          {b.share !== null && <rect x={LEFT} y={y(b.name)} width={x(b.share) - LEFT} height={y.bandwidth()} fill={b.meets ? MEETS : SHORT} />}
          <text x={(b.share === null ? LEFT : x(b.share)) + 4} y={y(b.name)! + y.bandwidth() / 2 + 4} fill={INK}>
            {b.share === null ? "geen cijfers" : `${percent(b.share)}${b.meets ? "" : ` · ${b.short} tekort`}`}
          </text>
        </g>
      ))}
      <line x1={x(floorPercent)} x2={x(floorPercent)} y1={top - 6} y2={bottom} stroke={INK} strokeWidth={2} strokeDasharray="6 3" />
      <text x={x(floorPercent)} y={bottom + 28} textAnchor="middle" fill={INK} fontWeight="bold">
        ondergrens {percent(floorPercent)}
      </text>
    </Chart>
  );
}

export interface ExpectedActualBar {
  name: string;
  expected: number | null;
  actual: number;
}

/** Per municipality: the expected part naar rato (grey, thin) above the actual number housed (dark, thick). */
export function ExpectedActualChart({ id, title, bars }: { id: string; title: string; bars: readonly ExpectedActualBar[] }) {
  const top = 30;
  const bottom = top + bars.length * ROW;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.flatMap((b) => [b.expected ?? 0, b.actual]))])
    .nice()
    .range([LEFT, WIDTH - RIGHT]);
  const y = scaleBand().domain(bars.map((b) => b.name)).range([top, bottom]).padding(0.15);
  const most = [...bars].filter((b) => b.expected !== null).sort((a, b) => b.actual - b.expected! - (a.actual - a.expected!));
  const description =
    most.length === 0
      ? "Er zijn geen huishoudens bekend; een verwacht aandeel is niet te berekenen."
      : `Meer dan naar rato: ${most[0]!.name} (${decimal(most[0]!.actual - most[0]!.expected!)} boven verwacht). Minder dan naar rato: ${most.at(-1)!.name} (${decimal(most.at(-1)!.actual - most.at(-1)!.expected!)}).`;
  const half = (band: number) => band / 2;
  return (
    <Chart id={id} title={title} description={description} height={bottom + 30}>
      <rect x={LEFT} y={6} width={12} height={8} fill={EXPECTED} />
      <text x={LEFT + 16} y={14} fill={INK}>
        verwacht naar rato van huishoudens
      </text>
      <rect x={LEFT + 260} y={4} width={12} height={12} fill={INK} />
      <text x={LEFT + 276} y={14} fill={INK}>
        werkelijk gehuisvest
      </text>
      <XAxis scale={x} y={bottom} top={top} format={(t) => String(t)} />
      {bars.map((b) => {
        const band = y.bandwidth();
        const y0 = y(b.name)!;
        return (
          <g key={b.name}>
            <text x={LEFT - 6} y={y0 + band / 2 + 4} textAnchor="end" fill={INK}>
              {b.name}
            </text>
            {b.expected !== null && <rect x={LEFT} y={y0} width={x(b.expected) - LEFT} height={half(band) - 1} fill={EXPECTED} />}
            <rect x={LEFT} y={y0 + half(band)} width={x(b.actual) - LEFT} height={half(band)} fill={INK} />
            <text x={Math.max(x(b.actual), b.expected === null ? 0 : x(b.expected)) + 4} y={y0 + band / 2 + 4} fill={INK}>
              {b.actual} (verwacht {decimal(b.expected)})
            </text>
          </g>
        );
      })}
    </Chart>
  );
}

export interface TrendSeriesPoint {
  label: string;
  share: number | null;
  floorPercent: number;
}

/** The region's share over the half years, with the floor as a dashed line. */
export function TrendChart({ id, title, points }: { id: string; title: string; points: readonly TrendSeriesPoint[] }) {
  const top = 20;
  const height = 240;
  const bottom = height - 40;
  const x = scalePoint().domain(points.map((p) => p.label)).range([LEFT - 70, WIDTH - RIGHT]).padding(0.3);
  const y = scaleLinear()
    .domain([0, Math.max(20, ...points.flatMap((p) => [p.share ?? 0, p.floorPercent * 1.3]))])
    .nice()
    .range([bottom, top]);
  const path = (pick: (p: TrendSeriesPoint) => number | null) =>
    points
      .filter((p) => pick(p) !== null)
      .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.label)},${y(pick(p)!)}`)
      .join(" ");
  const first = points[0];
  const last = points.at(-1);
  const description =
    first && last ? `Van ${percent(first.share)} in ${first.label} naar ${percent(last.share)} in ${last.label}; ondergrens ${percent(last.floorPercent)}.` : "Nog geen halfjaren met cijfers.";
  return (
    <Chart id={id} title={title} description={description} height={height}>
      {y.ticks(5).map((t) => (
        <g key={t}>
          <line x1={LEFT - 70} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} stroke={GRID} />
          <text x={LEFT - 76} y={y(t) + 4} textAnchor="end" fill={INK}>
            {t}%
          </text>
        </g>
      ))}
      <path d={path((p) => p.floorPercent)} stroke={INK} strokeWidth={2} strokeDasharray="6 3" fill="none" />
      <path d={path((p) => p.share)} stroke={MEETS} strokeWidth={3} fill="none" />
      {points.map((p) => (
        <g key={p.label}>
          {p.share !== null && <circle cx={x(p.label)} cy={y(p.share)} r={4} fill={MEETS} />}
          {p.share !== null && (
            <text x={x(p.label)} y={y(p.share) - 10} textAnchor="middle" fill={INK}>
              {percent(p.share)}
            </text>
          )}
          <text x={x(p.label)} y={bottom + 18} textAnchor="middle" fill={INK}>
            {p.label}
          </text>
        </g>
      ))}
      <text x={WIDTH - RIGHT + 4} y={y(last?.floorPercent ?? 15) + 4} fill={INK}>
        ondergrens
      </text>
    </Chart>
  );
}
