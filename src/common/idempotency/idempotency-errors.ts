import { AppError } from '../errors/app-error';
import { fieldInvalid } from '../errors/common-errors';
import { messagesVi } from '../i18n/messages.vi';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export enum IdempotencyErrorCode {
  KeyReused = 'IDEMPOTENCY_KEY_REUSED',
  InProgress = 'IDEMPOTENCY_IN_PROGRESS',
}

function message(code: IdempotencyErrorCode): string {
  switch (code) {
    case IdempotencyErrorCode.KeyReused:
      return messagesVi.idempotencyKeyReused;
    case IdempotencyErrorCode.InProgress:
      return messagesVi.idempotencyInProgress;
  }
}

/** IETF draft "The Idempotency-Key HTTP Header Field": 400 malformed, 422 reused, 409 in flight. */
export const idempotencyErrors = {
  invalidKey: (): AppError =>
    fieldInvalid(
      IDEMPOTENCY_HEADER,
      'idempotencyKey',
      messagesVi.fieldMessage(IDEMPOTENCY_HEADER, messagesVi.idempotencyKeyInvalid),
    ),
  keyReused: (): AppError =>
    new AppError(422, IdempotencyErrorCode.KeyReused, message(IdempotencyErrorCode.KeyReused)),
  inProgress: (): AppError =>
    new AppError(409, IdempotencyErrorCode.InProgress, message(IdempotencyErrorCode.InProgress), {
      retryAfter: 1,
    }),
};
