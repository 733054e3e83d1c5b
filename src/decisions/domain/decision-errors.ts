import { AppError } from '../../common/errors/app-error';
import type { FieldError } from '../../common/errors/error-body';
import { decisionMessagesVi as m } from '../../common/i18n/resolution-messages.vi';

export enum DecisionErrorCode {
  OutcomeInvalid = 'DECISION_OUTCOME_INVALID',
  MeasuresInvalid = 'DECISION_MEASURES_INVALID',
  NumberInvalid = 'DECISION_NUMBER_INVALID',
}

/** Every decision error is about the request's own data (400). */
export function decisionErrorStatus(code: DecisionErrorCode): number {
  switch (code) {
    case DecisionErrorCode.OutcomeInvalid:
    case DecisionErrorCode.MeasuresInvalid:
    case DecisionErrorCode.NumberInvalid:
      return 400;
  }
}

function decisionError(code: DecisionErrorCode, message: string, errors: FieldError[]): AppError {
  return new AppError(decisionErrorStatus(code), code, message, { errors });
}

export type NumberField = 'sequence' | 'year' | 'docType' | 'issuerAbbrev';

export const decisionErrors = {
  /** From validateOutcome(): the outcome does not fit the kind of decision. */
  outcomeInvalid: (errors: FieldError[]) =>
    decisionError(DecisionErrorCode.OutcomeInvalid, m.outcomeInvalid, errors),
  /** From validateMeasures(): `measures.<i>.<field>` problems. */
  measuresInvalid: (errors: FieldError[]) =>
    decisionError(DecisionErrorCode.MeasuresInvalid, m.measuresInvalid, errors),
  numberInvalid: (field: NumberField) => {
    const message = m.number[field];
    return decisionError(DecisionErrorCode.NumberInvalid, m.numberInvalid, [
      { field, code: 'invalid', message },
    ]);
  },
};

/** Throws the outcome and measure problems together, if any. */
export function throwIfDecisionInvalid(outcome: FieldError[], measures: FieldError[]): void {
  if (outcome.length > 0) throw decisionErrors.outcomeInvalid([...outcome, ...measures]);
  if (measures.length > 0) throw decisionErrors.measuresInvalid(measures);
}
