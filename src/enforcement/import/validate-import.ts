import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import type { LocalDate } from '../../legal/domain/local-date';
import { decisionKey, repeatedRowErrors } from './duplicate-rows';
import { isBlank } from './import-cells';
import {
  type ColumnKey,
  type ImportColumn,
  type ImportColumns,
  normalizeLabel,
} from './import-columns';
import { type HeaderMap, validateRow } from './import-row';
import {
  fileError,
  type ImportResult,
  type ImportTable,
  type RowError,
  type ValidRow,
} from './import-table';

// The whole table: the header against the documented column list, every row, then the rows of one
// decision against each other. Pure: writing nothing, it returns every valid row and every error,
// and the service writes all rows or none (issue 8: all-or-nothing).

function mapHeader(
  table: ImportTable,
  list: ImportColumns,
): { map: HeaderMap; errors: RowError[] } {
  const byLabel = new Map(list.columns.map((c) => [normalizeLabel(c.header), c]));
  const columns = new Map<ColumnKey, ImportColumn>();
  const indexOf = new Map<ColumnKey, number>();
  const errors: RowError[] = [];
  const fail = (field: string, code: keyof typeof m.header) =>
    errors.push({ row: table.headerRow, field, code, message: m.header[code] });
  for (const [index, text] of table.header.entries()) {
    const column = text.trim() ? byLabel.get(normalizeLabel(text)) : null;
    if (column === undefined) fail(text.trim(), 'unknownColumn');
    else if (column && indexOf.has(column.key)) fail(column.header, 'duplicateColumn');
    else if (column) {
      columns.set(column.key, column);
      indexOf.set(column.key, index);
    }
  }
  list.columns
    .filter((c) => c.required && !indexOf.has(c.key))
    .forEach((c) => fail(c.header, 'missingColumn'));
  return { map: { columns, indexOf }, errors };
}

function unnamedColumnErrors(table: ImportTable): RowError[] {
  const unnamed = table.header.flatMap((text, i) => (text.trim() ? [] : [i]));
  const used = unnamed.filter((i) => table.rows.some((r) => !isBlank(r.cells[i] ?? null)));
  return used.map((i) => ({
    row: table.headerRow,
    field: `#${i + 1}`,
    code: 'unnamedColumn',
    message: m.header.unnamedColumn,
  }));
}

const SHARED: readonly (keyof ValidRow['decision'])[] = ['issuedOn', 'legalEffectOn', 'kind'];
const SHARED_COLUMN: Record<string, ColumnKey> = {
  issuedOn: 'issuedOn',
  legalEffectOn: 'legalEffectOn',
  kind: 'decisionKind',
};

/** Rows of one decision (same number, issuer and year: numbers restart each year) must agree. */
function conflictErrors(rows: readonly ValidRow[], header: HeaderMap): RowError[] {
  const first = new Map<string, ValidRow>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const d = r.decision;
    const key = decisionKey(d);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    for (const f of SHARED.filter((f) => earlier.decision[f] !== d[f])) {
      const field = header.columns.get(SHARED_COLUMN[f] ?? 'decisionNumber')?.header ?? f;
      errors.push({
        row: r.row,
        field,
        code: 'conflictsWithRow',
        message: m.cell.conflictsWithRow(earlier.row),
      });
    }
  }
  return errors;
}

export interface ValidateImportOptions {
  /** The import day: decisions must already be in force, completions not in the future. */
  today: LocalDate;
}

export function validateImport(
  table: ImportTable,
  list: ImportColumns,
  options: ValidateImportOptions,
): ImportResult {
  const { map, errors } = mapHeader(table, list);
  errors.push(...unnamedColumnErrors(table));
  if (errors.length > 0) return { rows: [], errors };
  const dataRows = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (dataRows.length === 0) return { rows: [], errors: [fileError('empty', m.file.empty)] };
  if (dataRows.length > list.maxRows) {
    return { rows: [], errors: [fileError('tooManyRows', m.file.tooManyRows(list.maxRows))] };
  }
  const rows: ValidRow[] = [];
  for (const row of dataRows) {
    const result = validateRow(row, map, options.today);
    if (result.valid) rows.push(result.valid);
    errors.push(...result.errors);
  }
  errors.push(...conflictErrors(rows, map), ...repeatedRowErrors(rows, map));
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}
