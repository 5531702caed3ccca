/** Characters with which a spreadsheet program starts a formula (or, for tab and CR, hides one) in a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain (negative) number such as "-3" or "-1,5%" is no formula: it stays a number for the spreadsheet. */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)*%?$/;

/**
 * A table as CSV: RFC 4180 with ";" (what Dutch spreadsheet programs expect) and a BOM so they read UTF-8. Every CSV
 * export goes through here. A cell that a spreadsheet would run as a formula (text typed by any commenter, such as
 * `=HYPERLINK(…)`) is written with a leading apostrophe, which makes it text, as OWASP advises.
 */
export function toCsv(table: string[][]): string {
  const cell = (value: string) => {
    const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
    return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\uFEFF" + table.map((line) => line.map(cell).join(";")).join("\r\n") + "\r\n";
}
