import type { FormColumn, FormDefinition, FormIdentity } from './form-definition';

/**
 * Fills and checks the internal formulas of an official form (DOMAIN §7.2: "col 1 = 4 + 13 + 22").
 * A row holds one unit's values by column number: counts as integers, money (đồng) and land (m²)
 * as decimal strings, the Ghi chú column as text or null.
 */
export type FormCellValue = number | string | null;
export type FormRow = Readonly<Record<number, FormCellValue>>;

const DECIMAL = /^\d+(\.\d+)?$/;

function checkRawValue(definition: FormDefinition, column: FormColumn, value: unknown): void {
  const where = `${definition.code} column ${column.number} (${column.source ?? column.key})`;
  const ok =
    column.unit === 'count'
      ? Number.isSafeInteger(value) && (value as number) >= 0
      : column.unit === 'text'
        ? value === null || value === undefined || typeof value === 'string'
        : typeof value === 'string' && DECIMAL.test(value);
  if (!ok) {
    throw new RangeError(`${where}: invalid value ${JSON.stringify(value)}`);
  }
}

/**
 * Maps the figures the SQL produced (by source name, e.g. `complaints.inCompetence`) to the raw
 * columns of the form. A figure the form needs but the input lacks is a bug, so it throws.
 */
export function rawRowFromFigures(
  definition: FormDefinition,
  figures: Readonly<Record<string, FormCellValue>>,
): Record<number, FormCellValue> {
  const row: Record<number, FormCellValue> = {};
  for (const column of definition.columns) {
    if (column.source === null) continue;
    if (!(column.source in figures)) {
      throw new RangeError(
        `${definition.code}: no figure ${column.source} for column ${column.number}`,
      );
    }
    row[column.number] = figures[column.source] ?? null;
  }
  return row;
}

/**
 * Returns the complete row: the raw values as given and every computed column as the sum its
 * formula names, in dependency order. Raw values must cover every sourced column and nothing else.
 */
export function applyFormulas(
  definition: FormDefinition,
  raw: FormRow,
): Record<number, FormCellValue> {
  const row: Record<number, FormCellValue> = {};
  for (const key of Object.keys(raw)) {
    const column = definition.columns[Number(key) - 1];
    if (column === undefined || column.sumOf !== null) {
      throw new RangeError(`${definition.code}: column ${key} is not a raw column of the form`);
    }
  }
  for (const column of definition.columns) {
    if (column.sumOf !== null) continue;
    const value = raw[column.number];
    checkRawValue(definition, column, value);
    row[column.number] = value ?? null;
  }
  for (const n of definition.evaluationOrder) {
    const terms = definition.columns[n - 1]?.sumOf ?? [];
    row[n] = terms.reduce((sum, term) => sum + (row[term] as number), 0);
  }
  return row;
}

export interface FormulaViolation {
  /** '9 = 14 + 15 + 16 + 17'. */
  readonly formula: string;
  readonly kind: FormIdentity['kind'];
  /** Every column of the formula, left side first. */
  readonly columns: readonly number[];
  /** The two sums; null when a value is missing. */
  readonly left: number | null;
  readonly right: number | null;
  /** Columns of the formula without a numeric value. */
  readonly missing: readonly number[];
}

function sideSum(row: FormRow, terms: readonly number[], missing: number[]): number | null {
  let sum = 0;
  for (const n of terms) {
    const value = row[n];
    if (typeof value !== 'number' || !Number.isFinite(value)) missing.push(n);
    else sum += value;
  }
  return missing.length > 0 ? null : sum;
}

/** Every formula of the form that does not hold on the row (empty when all hold). */
export function checkFormulas(definition: FormDefinition, row: FormRow): FormulaViolation[] {
  return definition.identities.flatMap((identity): FormulaViolation[] => {
    const missing: number[] = [];
    const left = sideSum(row, identity.left, missing);
    const right = sideSum(row, identity.right, missing);
    if (missing.length === 0 && left === right) return [];
    return [
      {
        formula: identity.text,
        kind: identity.kind,
        columns: [...identity.left, ...identity.right],
        left: missing.length > 0 ? null : left,
        right: missing.length > 0 ? null : right,
        missing,
      },
    ];
  });
}
