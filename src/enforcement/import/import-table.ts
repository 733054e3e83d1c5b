import type { DecisionKind } from '../../decisions/domain/decision-outcome';
import type {
  EnforcementType,
  RecommendedMeasure,
} from '../../decisions/domain/recommended-measures';
import type { LocalDate } from '../../legal/domain/local-date';

// What the readers (CSV, XLSX) hand to the validator, and what the validator returns.

/** A cell as read: CSV gives strings; XLSX also numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date | null;

export interface TableRow {
  /** The row number a user sees in Excel (1-based, the header row included). */
  row: number;
  cells: readonly CellValue[];
}

export interface ImportTable {
  headerRow: number;
  header: readonly string[];
  rows: readonly TableRow[];
}

/** One problem of the file; `row` 0 is the file as a whole, `field` the column header. */
export interface RowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/** An error about the whole file (row 0, no column). */
export function fileError(code: string, message: string): RowError {
  return { row: 0, field: '', code, message };
}

/** A reader's result: the table, or the file-level errors that stopped it. */
export type ReadResult = { table: ImportTable; errors: [] } | { table: null; errors: RowError[] };

/** One enforcement item of a decision already in force, ready for the service to write. */
export interface ValidRow {
  row: number;
  decision: {
    number: string;
    issuedOn: LocalDate;
    legalEffectOn: LocalDate;
    issuerCode: string;
    kind: DecisionKind;
  };
  item: {
    type: EnforcementType;
    /** The recommended measure as the decisions module stores it (đồng and m² as strings). */
    required: Omit<RecommendedMeasure, 'type'>;
    responsibleBody: string | null;
    dueOn: LocalDate | null;
  };
  progress: {
    complete: boolean;
    completedOn: LocalDate | null;
    /** Collected or returned before the import: đồng ('1234567') or m² ('840.5'); null if none. */
    amountDone: string | null;
    prosecutedCases: number | null;
    prosecutedPersons: number | null;
  };
  note: string | null;
}

export interface ImportResult {
  rows: ValidRow[];
  errors: RowError[];
}
