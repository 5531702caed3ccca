import writeXlsxFile from "write-excel-file/node";

// The .xlsx export through write-excel-file (docs/decisions/011-xlsx-export.md): we hand it cells, it writes the format.

/** One sheet; the header row bold, deviating cells (marked "≠") bold on a light fill so they stand out in print too. */
export async function toXlsx(table: string[][], sheet: string): Promise<Buffer> {
  const data = table.map((line, r) =>
    line.map((value) => ({
      value,
      fontWeight: r === 0 || value.startsWith("≠") ? ("bold" as const) : undefined,
      backgroundColor: value.startsWith("≠") ? "#FFF4C2" : undefined,
    })),
  );
  return writeXlsxFile(data, { sheet, stickyRowsCount: 1 }).toBuffer();
}
