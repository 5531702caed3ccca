import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { MonitorTable } from "../monitor/tables";

/**
 * One table of the monitor, the first column as row headers. With `heat`, number cells get a background from light to
 * dark by their value (five steps); the number itself stays in the cell, so the table reads without colour.
 */
export function MonitorTableView({ table, heat, id }: { table: MonitorTable; heat?: { max: number; values: number[][] }; id?: string }) {
  const titleId = `${id ?? table.key}-kop`;
  return (
    <>
      {/* The title sits outside the scrolling box, so on a phone it wraps to the screen, not to the table's width. */}
      <p className="mw-table-title" id={titleId}>
        {table.title}
      </p>
      <div className="mw-matrix" role="region" aria-labelledby={titleId} tabIndex={0}>
        <Table data-tabel={table.key} aria-labelledby={titleId}>
          <TableHeader>
            <TableRow>
              {table.head.map((h) => (
                <TableHeaderCell scope="col" key={h}>
                  {h}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((row, r) => (
              <TableRow key={row[0]! + r}>
                <TableHeaderCell scope="row">{row[0]}</TableHeaderCell>
                {row.slice(1).map((cell, c) => {
                  const level = heat && heat.values[r]?.[c] !== undefined ? heatLevel(heat.values[r]![c]!, heat.max) : null;
                  return (
                    <TableCell key={c} className={level === null ? undefined : `mw-heat mw-heat--${level}`}>
                      {cell}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function heatLevel(value: number, max: number): number {
  if (value === 0 || max === 0) return 0;
  return Math.min(4, 1 + Math.floor((value / max) * 4 - 1e-9));
}
