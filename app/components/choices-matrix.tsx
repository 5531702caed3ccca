import { Heading } from "@nl-design-system-candidate/heading-react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { Matrix, MatrixRow } from "../choices/matrix.server";
import { MUNICIPALITY_STATUS_LABELS } from "../labels";
import { InTurns } from "./in-turns";

/** A row has a cell per municipality (114 in the bench): about 10 ms of rendering per turn of the server's event loop. */
const ROWS_PER_TURN = 16;

/**
 * Slots × municipalities. A deviating cell carries "≠" and the words "wijkt af" for screen readers besides its colour,
 * so it reads without colour vision. The header row and the first column stay in view while the table scrolls; a cell
 * shows its full value on hover (and in its title). On a phone each slot becomes a block of "gemeente: waarde" lines.
 */
export function ChoicesMatrix({ matrix, rows, modelId }: { matrix: Matrix; rows: MatrixRow[]; modelId: number }) {
  return (
    <>
      <Heading level={2} id="matrix-kop">
        Lokale keuzes per gemeente ({rows.length} van {matrix.rows.length} keuzemogelijkheden getoond)
      </Heading>
      {/* Focusable so keyboard users can scroll a table wider than the screen. */}
      <div className="mw-matrix" role="region" aria-labelledby="matrix-kop" tabIndex={0} data-scrolls>
        <Table aria-labelledby="matrix-kop" className="mw-reflow">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Keuze</TableHeaderCell>
              <TableHeaderCell scope="col">Regionale standaard</TableHeaderCell>
              {matrix.columns.map((c) => (
                <TableHeaderCell scope="col" key={c.slug}>
                  <a href={`/modellen/${modelId}/gemeenten/${c.slug}`}>{c.name}</a>
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">Aantal afwijkend</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <InTurns items={rows} size={ROWS_PER_TURN}>
              {(r) => (
                <TableRow key={r.key}>
                  <TableHeaderCell scope="row">
                    {r.label}
                    {r.place && <span className="mw-matrix__place">{r.place}</span>}
                  </TableHeaderCell>
                  <TableCell data-label="Regionale standaard" title={r.defaultText}>
                    {r.defaultText}
                  </TableCell>
                  {r.cells.map((cell, i) => (
                    <TableCell
                      key={matrix.columns[i]!.slug}
                      className={cell.deviates ? "mw-matrix__cell--deviates" : cell.own ? undefined : "mw-matrix__cell--default"}
                      data-gemeente={matrix.columns[i]!.slug}
                      data-slot={r.key}
                      data-label={matrix.columns[i]!.name}
                      title={cell.text}
                    >
                      {cell.deviates && (
                        <>
                          <span aria-hidden="true">≠ </span>
                          <span className="mw-visually-hidden">wijkt af: </span>
                        </>
                      )}
                      {cell.text}
                    </TableCell>
                  ))}
                  <TableCell data-label="Aantal afwijkend">{r.deviating}</TableCell>
                </TableRow>
              )}
            </InTurns>
          </TableBody>
          <TableBody>
            <TableRow>
              <TableHeaderCell scope="row">Keuzes gemaakt</TableHeaderCell>
              <TableCell />
              {matrix.columns.map((c) => (
                <TableCell key={c.slug} data-label={c.name}>
                  {c.made} van {matrix.total}
                </TableCell>
              ))}
              <TableCell />
            </TableRow>
            <TableRow>
              <TableHeaderCell scope="row">Status</TableHeaderCell>
              <TableCell />
              {matrix.columns.map((c) => (
                <TableCell key={c.slug} data-label={c.name}>
                  {MUNICIPALITY_STATUS_LABELS[c.status]}
                </TableCell>
              ))}
              <TableCell />
            </TableRow>
            <TableRow>
              <TableHeaderCell scope="row">Geraakt door modelwijzigingen</TableHeaderCell>
              <TableCell />
              {matrix.columns.map((c) => (
                <TableCell key={c.slug} data-testid={`geraakt-${c.slug}`} data-label={c.name}>
                  {c.affected === 0 ? "nee" : `ja, ${c.affected}`}
                </TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      </div>
    </>
  );
}
