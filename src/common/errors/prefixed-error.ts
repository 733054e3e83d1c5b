import { AppError } from './app-error';

/**
 * The error of one item of a batch request, its fields named under the item's path (e.g.
 * `visits.3.` + `visitors.0.identity.idNumber`); anything but an AppError is rethrown as it is.
 */
export function prefixedError(error: unknown, prefix: string): unknown {
  if (!(error instanceof AppError)) return error;
  const errors =
    error.errors.length > 0
      ? error.errors
      : [{ field: '', code: error.code, message: error.message }];
  return new AppError(error.httpStatus, error.code, error.message, {
    errors: errors.map((e) => ({ ...e, field: e.field ? `${prefix}.${e.field}` : prefix })),
    details: error.details,
    retryAfter: error.retryAfter,
    cause: error,
  });
}

/** Runs `work` for one item of a batch; its AppError names the item's path (prefixedError). */
export function inItem<T>(prefix: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw prefixedError(error, prefix);
  }
}

/** inItem for asynchronous work. */
export async function inItemAsync<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw prefixedError(error, prefix);
  }
}
