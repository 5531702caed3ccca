import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { figureFields, readFigures, type Figures, type MunicipalityRef } from "../../fair-share/index";
import { toCsv } from "../csv.server";

// The figures as a file: one header row of cell keys, then one row per municipality. The page's form, an upload and
// `monitor import` go through the same reading (fair-share/validate.ts); a problem names the spreadsheet cell.

export const MUNICIPALITY_COLUMN = "gemeente";

/** The template: the header, then a row per municipality with its current figures or empty cells. */
export function templateTable(region: readonly MunicipalityRef[], rows: readonly { slug: string; figures?: Figures }[]): string[][] {
  const keys = figureFields(region).map((f) => f.key);
  return [[MUNICIPALITY_COLUMN, ...keys], ...rows.map((r) => [r.slug, ...keys.map((k) => (r.figures?.[k] === undefined ? "" : String(r.figures[k])))])];
}

export const templateCsv = (region: readonly MunicipalityRef[], rows: readonly { slug: string; figures?: Figures }[]): string => toCsv(templateTable(region, rows));

/** "A", …, "Z", "AA", …: the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface UploadRow {
  slug: string;
  figures: Figures;
}

export type UploadResult = { ok: true; rows: UploadRow[] } | { ok: false; problems: string[] };

async function readTable(file: { name: string; bytes: Uint8Array }): Promise<string[][] | string> {
  if (/\.xlsx$/i.test(file.name)) {
    try {
      const rows = await readSheet(Buffer.from(file.bytes));
      return rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));
    } catch {
      return "Het bestand is geen leesbaar Excel-bestand (.xlsx).";
    }
  }
  const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  try {
    return parse(text, { delimiter: firstLine.includes(";") ? ";" : ",", relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return `Het bestand is geen leesbaar CSV-bestand: ${(error as Error).message}`;
  }
}

/**
 * Reads and checks a whole file. `allowed` are the municipalities the uploader may report for; any problem anywhere
 * refuses the whole file, so nothing is stored half.
 */
export async function readUpload(file: { name: string; bytes: Uint8Array }, region: readonly MunicipalityRef[], allowed: ReadonlySet<string>): Promise<UploadResult> {
  const table = await readTable(file);
  if (typeof table === "string") return { ok: false, problems: [table] };
  const [head = [], ...body] = table;
  const header = head.map((h) => h.trim());
  const fields = figureFields(region);
  const known = new Set(fields.map((f) => f.key));
  const problems: string[] = [];
  if (header[0] !== MUNICIPALITY_COLUMN) problems.push(`Cel A1: de eerste kolom heet "${MUNICIPALITY_COLUMN}", gevonden "${header[0] ?? ""}".`);
  header.slice(1).forEach((key, i) => {
    if (known.has(key)) return;
    const origin = /^herkomst_(.+)$/.exec(key);
    problems.push(
      origin
        ? `Cel ${columnLetter(i + 1)}1: "${origin[1]}" is geen gemeente van de regio; herkomst is een gemeente van de regio of "buiten-de-regio".`
        : `Cel ${columnLetter(i + 1)}1: onbekende kolom "${key}".`,
    );
  });
  for (const f of fields) if (!header.includes(f.key)) problems.push(`Kolom "${f.key}" (${f.label}) ontbreekt in de kopregel.`);
  if (problems.length > 0) return { ok: false, problems };
  if (body.length === 0) return { ok: false, problems: ["Het bestand bevat geen regels met cijfers."] };

  const names = new Map(region.map((m) => [m.slug, m.name]));
  const seen = new Set<string>();
  const rows: UploadRow[] = [];
  body.forEach((line, r) => {
    const rowNumber = r + 2;
    const slug = (line[0] ?? "").trim();
    const name = names.get(slug);
    if (!name) return void problems.push(`Cel A${rowNumber}: "${slug}" is geen gemeente van de regio.`);
    if (!allowed.has(slug)) return void problems.push(`Cel A${rowNumber}: u mag geen cijfers invoeren voor ${name}.`);
    if (seen.has(slug)) return void problems.push(`Cel A${rowNumber}: ${name} staat twee keer in het bestand.`);
    seen.add(slug);
    const cells = Object.fromEntries(header.map((key, c) => [key, line[c] ?? ""]));
    const { figures, problems: own } = readFigures(cells, region);
    for (const p of own) {
      const column = header.indexOf(p.key);
      const label = fields.find((f) => f.key === p.key)!.label;
      problems.push(`Cel ${columnLetter(column)}${rowNumber} (${name}, ${label}): ${p.message}`);
    }
    rows.push({ slug, figures });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
