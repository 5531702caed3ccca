import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { formatDate } from "../ordinance-model/index";
import { block, type Block } from "./blocks";

// Pieces the letters and proposals share: tables, the letter head, the signature lines.

/** A table with a bold header row that repeats on every page. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: "808080" },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: "808080" },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: "BFBFBF" },
      left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
    },
  });
}

/** "3 november 2026" from an ISO date. */
export const dutchDate = (iso: string): string => formatDate(iso.slice(0, 10));

/** Addressee, place and date, subject: the head of a letter. */
export function letterHead(addressee: readonly string[], place: string, isoDate: string, subject: string): Block[] {
  return [
    ...addressee.map((line) => block("normal", line)),
    block("normal", `${place}, ${dutchDate(isoDate)}`),
    block("normal", { text: "Onderwerp: ", bold: true }, subject),
  ];
}

/** Lines to sign on, one per signatory: "De voorzitter," with room for the signature and the name below. */
export const signatures = (roles: readonly string[]): Block[] => roles.flatMap((role) => [block("signature", role), block("normal", "……………………………………")]);

/** A short "n reacties" in Dutch. */
export const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
