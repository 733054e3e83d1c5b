import { messagesVi } from '../i18n/messages.vi';
import { AppError } from './app-error';
import type { FieldError } from './error-body';
import { CommonErrorCode } from './error-code';

export function validationFailed(errors: FieldError[]): AppError {
  return new AppError(400, CommonErrorCode.ValidationFailed, messagesVi.validationFailed, {
    errors,
  });
}

export function fieldInvalid(field: string, code: string, message: string): AppError {
  return validationFailed([{ field, code, message }]);
}

export function notFound(entity: string): AppError {
  return new AppError(404, CommonErrorCode.NotFound, messagesVi.notFound(entity));
}

export function staleVersion(currentVersion?: number): AppError {
  return new AppError(409, CommonErrorCode.StaleVersion, messagesVi.staleVersion, {
    errors: [{ field: 'version', code: 'stale', message: messagesVi.staleVersion }],
    details: currentVersion === undefined ? undefined : { currentVersion },
  });
}
