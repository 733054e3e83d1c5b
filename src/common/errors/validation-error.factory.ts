import { type ValidationError, getMetadataStorage } from 'class-validator';

import { validationMessageVi, messagesVi } from '../i18n/messages.vi';
import type { AppError } from './app-error';
import { validationFailed } from './common-errors';
import type { FieldError } from './error-body';

function constraintArgs(error: ValidationError, constraint: string): readonly unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const meta = metas.find(
    (m) =>
      m.propertyName === error.property &&
      (m.name === constraint || m.type === constraint || m.constraintCls?.name === constraint),
  );
  return (meta?.constraints ?? []) as readonly unknown[];
}

function collect(error: ValidationError, parent: string, out: FieldError[]): void {
  const field = parent ? `${parent}.${error.property}` : error.property;
  for (const constraint of Object.keys(error.constraints ?? {})) {
    const text = validationMessageVi(constraint, constraintArgs(error, constraint));
    out.push({ field, code: constraint, message: messagesVi.fieldMessage(field, text) });
  }
  for (const child of error.children ?? []) collect(child, field, out);
}

/** Flattens class-validator's tree into dotted field paths with Vietnamese messages. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) collect(error, prefix, out);
  return out;
}

export function validationExceptionFactory(errors: ValidationError[]): AppError {
  return validationFailed(flattenValidationErrors(errors));
}
