import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import type { DecisionKind } from '../../decisions/domain/decision-outcome';
import type {
  EnforcementType,
  RecommendedMeasure,
} from '../../decisions/domain/recommended-measures';
import type { LocalDate } from '../../legal/domain/local-date';
import { isBlank, parseCell } from './import-cells';
import type { ColumnKey, ImportColumn } from './import-columns';
import type { RowError, TableRow, ValidRow } from './import-table';
import { RowDraft } from './row-draft';
import { checkRowMeasure } from './row-measure';
import { checkRowDates, checkRowProgress } from './row-progress';

// One data row → one enforcement item of a decision already in force, or the row's errors.

/** Which column of the file holds which key (from the header row). */
export interface HeaderMap {
  columns: ReadonlyMap<ColumnKey, ImportColumn>;
  indexOf: ReadonlyMap<ColumnKey, number>;
}

function readCells(draft: RowDraft, row: TableRow, header: HeaderMap): void {
  for (const [key, index] of header.indexOf) {
    const column = header.columns.get(key);
    const cell = row.cells[index] ?? null;
    if (!column || isBlank(cell)) continue;
    draft.setRaw(key, cell);
    const parsed = parseCell(cell, column);
    if (parsed.problem) draft.fail(key, parsed.problem.code, parsed.problem.message);
    else if (parsed.value !== null) draft.set(key, parsed.value);
  }
}

function checkRequired(draft: RowDraft, header: HeaderMap): void {
  for (const column of header.columns.values()) {
    if (column.required && !draft.filled(column.key)) {
      draft.fail(column.key, 'required', m.cell.required);
    }
  }
}

function assemble(
  draft: RowDraft,
  measure: RecommendedMeasure,
  progress: ValidRow['progress'],
): ValidRow {
  const { type, ...required } = measure;
  const text = (key: ColumnKey) => draft.get<string>(key) ?? '';
  return {
    row: draft.row,
    decision: {
      number: text('decisionNumber'),
      issuedOn: text('issuedOn'),
      legalEffectOn: text('legalEffectOn'),
      issuerCode: text('issuerCode'),
      kind: draft.get<DecisionKind>('decisionKind') as DecisionKind,
    },
    item: {
      type,
      required,
      responsibleBody: draft.get<string>('responsibleBody') ?? null,
      dueOn: draft.get<LocalDate>('dueOn') ?? null,
    },
    progress,
    note: draft.get<string>('note') ?? null,
  };
}

export interface RowResult {
  valid: ValidRow | null;
  errors: RowError[];
}

/** Every problem of the row, each naming its column; the row itself when there is none. */
export function validateRow(row: TableRow, header: HeaderMap, today: LocalDate): RowResult {
  const draft = new RowDraft(row.row, header.columns);
  readCells(draft, row, header);
  checkRequired(draft, header);
  checkRowDates(draft, today);
  const type = draft.get<EnforcementType>('enforcementType');
  const measure = type === undefined ? null : checkRowMeasure(draft, type);
  const progress = measure === null ? null : checkRowProgress(draft, measure);
  if (draft.errors.length > 0 || measure === null || progress === null) {
    return { valid: null, errors: draft.errors };
  }
  return { valid: assemble(draft, measure, progress), errors: [] };
}
