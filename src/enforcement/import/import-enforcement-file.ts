import type { LocalDate } from '../../legal/domain/local-date';
import { readCsv } from './csv-reader';
import { type ImportColumns, loadImportColumns, normalizeLabel } from './import-columns';
import type { ImportResult } from './import-table';
import { validateImport } from './validate-import';
import { readXlsx } from './xlsx-reader';

// The import of decisions already in force from before the system existed (issue 8): read a CSV or
// XLSX file, check it against the documented column list, and return every valid row and every
// error. Nothing is written here; the service writes all rows in one transaction only when
// `errors` is empty, and otherwise returns the report.

export type ImportFormat = 'csv' | 'xlsx';

export interface ImportOptions {
  /** The import day (from the service's Clock): decisions must be in force by then. */
  today: LocalDate;
  /** Defaults to templates/imports/enforcement-decisions.columns.json. */
  columns?: ImportColumns;
}

export async function parseEnforcementImport(
  bytes: Uint8Array,
  format: ImportFormat,
  options: ImportOptions,
): Promise<ImportResult> {
  const columns = options.columns ?? loadImportColumns();
  const known = new Set(columns.columns.map((c) => normalizeLabel(c.header)));
  const read = format === 'csv' ? readCsv(bytes, known) : await readXlsx(bytes, known);
  if (read.table === null) return { rows: [], errors: read.errors };
  return validateImport(read.table, columns, { today: options.today });
}
