import { isBlank } from './import-cells';
import { normalizeLabel } from './import-columns';
import type { CellValue, ImportTable, TableRow } from './import-table';

// Offices often put a title above the table ("DANH SÁCH QUYẾT ĐỊNH …"): the header is the first
// row holding at least two known column headers, or failing that the first row with any value.

const MIN_KNOWN = 2;

const cellText = (c: CellValue): string =>
  c === null ? '' : c instanceof Date ? c.toISOString() : String(c);

function knownCount(row: TableRow, known: ReadonlySet<string>): number {
  return row.cells.filter((c) => known.has(normalizeLabel(cellText(c)))).length;
}

/** The table under the header row; null when every row is blank. */
export function tableFromRows(
  rows: readonly TableRow[],
  known: ReadonlySet<string>,
): ImportTable | null {
  let index = rows.findIndex((r) => knownCount(r, known) >= MIN_KNOWN);
  if (index < 0) index = rows.findIndex((r) => r.cells.some((c) => !isBlank(c)));
  const header = rows[index];
  if (!header) return null;
  return {
    headerRow: header.row,
    header: Array.from(header.cells, (c) => cellText(c ?? null)),
    rows: rows.slice(index + 1),
  };
}
