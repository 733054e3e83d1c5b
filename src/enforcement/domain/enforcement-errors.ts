import { AppError } from '../../common/errors/app-error';
import type { FieldError } from '../../common/errors/error-body';
import { enforcementMessagesVi as m } from '../../common/i18n/enforcement-messages.vi';

export enum EnforcementErrorCode {
  ItemInvalid = 'ENFORCEMENT_ITEM_INVALID',
  ProgressInvalid = 'ENFORCEMENT_PROGRESS_INVALID',
  OverCollection = 'ENFORCEMENT_OVER_COLLECTION',
  ItemCompleted = 'ENFORCEMENT_ITEM_COMPLETED',
  ItemNotCompleted = 'ENFORCEMENT_ITEM_NOT_COMPLETED',
  ReopenLeaderOnly = 'ENFORCEMENT_REOPEN_LEADER_ONLY',
  ReopenInvalid = 'ENFORCEMENT_REOPEN_INVALID',
  PeriodInvalid = 'ENFORCEMENT_PERIOD_INVALID',
}

/** 400 for bad input (naming the field), 409 when the item's state forbids the step, 403 by role. */
export function enforcementErrorStatus(code: EnforcementErrorCode): number {
  switch (code) {
    case EnforcementErrorCode.ItemInvalid:
    case EnforcementErrorCode.ProgressInvalid:
    case EnforcementErrorCode.OverCollection:
    case EnforcementErrorCode.ReopenInvalid:
    case EnforcementErrorCode.PeriodInvalid:
      return 400;
    case EnforcementErrorCode.ItemCompleted:
    case EnforcementErrorCode.ItemNotCompleted:
      return 409;
    case EnforcementErrorCode.ReopenLeaderOnly:
      return 403;
  }
}

function error(
  code: EnforcementErrorCode,
  message: string,
  errors: FieldError[],
  details?: Record<string, unknown>,
): AppError {
  return new AppError(enforcementErrorStatus(code), code, message, { errors, details });
}

export interface OverCollectionDetails {
  required: string;
  achieved: string;
  remaining: string;
}

export const enforcementErrors = {
  /** From validateItemRequirement(): `required.amount`, `required.area`… */
  itemInvalid: (errors: FieldError[]) =>
    error(EnforcementErrorCode.ItemInvalid, m.itemInvalid, errors),
  /** From validateProgress(): one error per bad field (`amount`, `unit`, `on`…). */
  progressInvalid: (errors: FieldError[]) =>
    error(EnforcementErrorCode.ProgressInvalid, m.progressInvalid, errors),
  overCollection: (details: OverCollectionDetails) => {
    const message = m.overCollection(details.remaining);
    const errors = [
      { field: 'amount', code: 'overCollection', message },
      { field: 'overCollectionNote', code: 'required', message: m.progress.required },
    ];
    return error(EnforcementErrorCode.OverCollection, message, errors, { ...details });
  },
  itemCompleted: (itemId: string) =>
    error(
      EnforcementErrorCode.ItemCompleted,
      m.itemCompleted,
      [{ field: 'itemId', code: 'completed', message: m.itemCompleted }],
      { itemId },
    ),
  itemNotCompleted: (itemId: string) =>
    error(
      EnforcementErrorCode.ItemNotCompleted,
      m.itemNotCompleted,
      [{ field: 'itemId', code: 'notCompleted', message: m.itemNotCompleted }],
      { itemId },
    ),
  reopenLeaderOnly: () => error(EnforcementErrorCode.ReopenLeaderOnly, m.reopenLeaderOnly, []),
  reopenInvalid: (errors: FieldError[]) =>
    error(EnforcementErrorCode.ReopenInvalid, m.reopenInvalid, errors),
  periodInvalid: (errors: FieldError[]) =>
    error(EnforcementErrorCode.PeriodInvalid, m.periodInvalid, errors),
};
