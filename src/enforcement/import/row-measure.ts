import type { FieldError } from '../../common/errors/error-body';
import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import {
  EnforcementType,
  type RecommendedMeasure,
  validateMeasures,
} from '../../decisions/domain/recommended-measures';
import type { ColumnKey } from './import-columns';
import type { RowDraft } from './row-draft';

// The recommended measure of a row (what the decision requires), checked by the decisions module's
// own rules (src/decisions/domain/recommended-measures.ts) and reported on the import's columns.

type MeasureField = Exclude<keyof RecommendedMeasure, 'type'>;

const COLUMN_OF: Readonly<Record<MeasureField, ColumnKey>> = {
  amount: 'amount',
  area: 'area',
  collectives: 'targets',
  persons: 'targets',
  officials: 'officials',
  beneficiaries: 'beneficiaries',
  description: 'description',
};

const MESSAGES: Readonly<Record<string, string>> = {
  required: m.cell.required,
  notAllowed: m.cell.notAllowed,
  money: m.cell.positive,
  area: m.cell.positive,
  positiveInteger: m.cell.positive,
  countInteger: m.cell.count,
  officialsExceedPersons: m.cell.officialsExceedPersons,
  blank: m.cell.blank,
};

/** The measure a row describes; cells left blank are left out. */
export function rowMeasure(draft: RowDraft, type: EnforcementType): RecommendedMeasure {
  const targetsField = type === EnforcementType.DisciplineOrg ? 'collectives' : 'persons';
  const fields: [MeasureField, ColumnKey][] = [
    ['amount', 'amount'],
    ['area', 'area'],
    [targetsField, 'targets'],
    ['officials', 'officials'],
    ['beneficiaries', 'beneficiaries'],
    ['description', 'description'],
  ];
  const measure: RecommendedMeasure = { type };
  for (const [field, key] of fields) {
    const value = draft.get<string | number>(key);
    if (value !== undefined) Object.assign(measure, { [field]: value });
  }
  return measure;
}

/** The decisions' codes for a number out of range, as the import reports them. */
const CODES: Readonly<Record<string, string>> = {
  money: 'positive',
  area: 'positive',
  positiveInteger: 'positive',
  countInteger: 'count',
};

function report(draft: RowDraft, problem: FieldError): void {
  const field = problem.field.split('.').pop() as MeasureField;
  const key = COLUMN_OF[field];
  if (draft.hasError(key)) return; // already reported as unreadable
  draft.fail(key, CODES[problem.code] ?? problem.code, MESSAGES[problem.code] ?? problem.message);
}

const MEASURE_COLUMNS: readonly ColumnKey[] = [...new Set(Object.values(COLUMN_OF))];

/**
 * Checks the measure with the decisions' rules; returns it when valid, else null. A cell already
 * reported as unreadable is not reported again as missing.
 */
export function checkRowMeasure(draft: RowDraft, type: EnforcementType): RecommendedMeasure | null {
  const measure = rowMeasure(draft, type);
  const problems = validateMeasures([measure], 'm');
  problems.forEach((p) => report(draft, p));
  const unreadable = MEASURE_COLUMNS.some((key) => draft.hasError(key));
  return problems.length === 0 && !unreadable ? measure : null;
}
