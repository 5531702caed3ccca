import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { formatDate } from "../ordinance-model/index";

// Pieces the letters and proposals share: tables, the letter head, the signature lines.

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

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

/** Label and value per row, without a header: the head of a raadsvoorstel or a letter. A value may hold several lines. */
export function labelledTable(rows: readonly (readonly [string, string])[]): Table {
  const cell = (lines: string, bold: boolean, width: number) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: lines.split("\n").map((line) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: line, bold })] })) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: rows.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, true, 30), cell(value, false, 70)] })),
  });
}

/** "3 november 2026" from an ISO date. */
export const dutchDate = (iso: string): string => formatDate(iso.slice(0, 10));

/**
 * Signatories side by side: the role, room to sign, and the name below. The row never splits over two pages, and each
 * paragraph keeps with the next, so the block stays together (and, with keepNext before it, with what it closes).
 */
export function signatureTable(signers: readonly { role: string; name: string }[], lead?: string): Table {
  const cell = (s: { role: string; name: string }) =>
    new TableCell({
      width: { size: Math.floor(100 / signers.length), type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({ keepNext: true, keepLines: true, children: [new TextRun(s.role)] }),
        new Paragraph({ keepNext: true, spacing: { before: 720 }, children: [new TextRun(s.name)] }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      ...(lead ? [new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: signers.length, children: [new Paragraph({ keepNext: true, children: [new TextRun(lead)] })] })] })] : []),
      new TableRow({ cantSplit: true, children: signers.map(cell) }),
    ],
  });
}

/** A short "n reacties" in Dutch. */
/** "1 reactie", "3 reacties", and "geen reacties" rather than "0 reacties". */
export const counted = (n: number, one: string, many: string): string => (n === 0 ? `geen ${many}` : `${n} ${n === 1 ? one : many}`);
