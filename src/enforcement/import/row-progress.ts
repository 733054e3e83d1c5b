import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import type { RecommendedMeasure } from '../../decisions/domain/recommended-measures';
import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';
import { ItemKind, itemKind, requiredQuantity } from '../domain/enforcement-item';
import { parseQuantity } from '../domain/quantity';
import type { ColumnKey } from './import-columns';
import type { ValidRow } from './import-table';
import type { RowDraft } from './row-draft';

// What was already carried out before the import, and the row's dates. An item is complete when
// "Đã thực hiện" says so or the amount done reaches the amount required (DOMAIN §6.2); never more
// than required (the import has no over-collection note: issue 8).

type Progress = ValidRow['progress'];

const DONE_COLUMN: Partial<Record<ItemKind, ColumnKey>> = {
  [ItemKind.Money]: 'amountDone',
  [ItemKind.Land]: 'areaDone',
};

/** Cells that only some kinds of item take. */
function refuseForeignCells(draft: RowDraft, kind: ItemKind): void {
  const allowed: readonly ColumnKey[] = [
    ...(DONE_COLUMN[kind] ? [DONE_COLUMN[kind]] : []),
    ...(kind === ItemKind.Referral ? (['prosecutedCases', 'prosecutedPersons'] as const) : []),
  ];
  const restricted: readonly ColumnKey[] = [
    'amountDone',
    'areaDone',
    'prosecutedCases',
    'prosecutedPersons',
  ];
  for (const key of restricted) {
    if (draft.filled(key) && !allowed.includes(key) && !draft.hasError(key)) {
      draft.fail(key, 'notAllowed', m.cell.notAllowed);
    }
  }
}

interface DoneFacts {
  required: bigint;
  done: bigint | null;
  flag: boolean | undefined;
}

/** The reported amount must agree with "Đã thực hiện" and stay within the amount required. */
function checkDoneAmount(draft: RowDraft, doneKey: ColumnKey, { required, done, flag }: DoneFacts) {
  if (done === null) return;
  if (done > required) draft.fail(doneKey, 'overRequired', m.cell.overRequired);
  else if (flag === true && done < required) {
    draft.fail(doneKey, 'doneBelowRequired', m.cell.doneBelowRequired);
  } else if (flag === false && draft.filled('done') && done >= required) {
    draft.fail('done', 'doneContradiction', m.cell.doneContradiction);
  }
}

/** Complete or not, and the amount done in the domain's canonical text. */
function quantityProgress(draft: RowDraft, measure: RecommendedMeasure, doneKey: ColumnKey) {
  const doneText = draft.get<string>(doneKey) ?? null;
  const facts: DoneFacts = {
    required: requiredQuantity({ type: measure.type, required: measure }) ?? 0n,
    done: doneText === null ? null : parseQuantity(measure.type, doneText),
    flag: draft.get<boolean>('done'),
  };
  checkDoneAmount(draft, doneKey, facts);
  const reached = facts.done === facts.required; // more than required is refused above
  const complete = facts.flag === true || reached;
  const amount = complete ? (measure.amount ?? measure.area ?? null) : doneText;
  return { complete, amountDone: amount === '0' ? null : amount };
}

function checkCompletionDate(draft: RowDraft, complete: boolean): LocalDate | null {
  const completedOn = draft.get<LocalDate>('completedOn');
  if (complete && completedOn === undefined && !draft.hasError('completedOn')) {
    draft.fail('completedOn', 'completedOnRequired', m.cell.completedOnRequired);
  } else if (!complete && completedOn !== undefined) {
    draft.fail('completedOn', 'completedOnWithoutDone', m.cell.completedOnWithoutDone);
  }
  return complete ? (completedOn ?? null) : null;
}

export function checkRowProgress(draft: RowDraft, measure: RecommendedMeasure): Progress {
  const kind = itemKind(measure.type);
  refuseForeignCells(draft, kind);
  const doneKey = DONE_COLUMN[kind];
  const { complete, amountDone } = doneKey
    ? quantityProgress(draft, measure, doneKey)
    : { complete: draft.get<boolean>('done') === true, amountDone: null };
  return {
    complete,
    completedOn: checkCompletionDate(draft, complete),
    amountDone,
    prosecutedCases: draft.get<number>('prosecutedCases') ?? null,
    prosecutedPersons: draft.get<number>('prosecutedPersons') ?? null,
  };
}

function notBefore(draft: RowDraft, key: ColumnKey, start: LocalDate | undefined, code: string) {
  const day = draft.get<LocalDate>(key);
  if (day === undefined || start === undefined || compareLocalDates(day, start) >= 0) return;
  draft.fail(
    key,
    code,
    code === 'effectBeforeIssue' ? m.cell.effectBeforeIssue : m.cell.beforeIssue,
  );
}

function notAfter(draft: RowDraft, key: ColumnKey, today: LocalDate, code: string) {
  const day = draft.get<LocalDate>(key);
  if (day === undefined || compareLocalDates(day, today) <= 0 || draft.hasError(key)) return;
  draft.fail(key, code, code === 'notYetEffective' ? m.cell.notYetEffective : m.cell.afterToday);
}

/** Luật KN 2011 Điều 44; Luật TC 2018 Điều 44: only decisions (conclusions) already in force. */
export function checkRowDates(draft: RowDraft, today: LocalDate): void {
  const issuedOn = draft.get<LocalDate>('issuedOn');
  notBefore(draft, 'legalEffectOn', issuedOn, 'effectBeforeIssue');
  notBefore(draft, 'dueOn', issuedOn, 'beforeIssue');
  notBefore(draft, 'completedOn', issuedOn, 'beforeIssue');
  notAfter(draft, 'issuedOn', today, 'afterToday');
  notAfter(draft, 'legalEffectOn', today, 'notYetEffective');
  notAfter(draft, 'completedOn', today, 'afterToday');
}
