import type { FieldError } from './error-body';

export interface AppErrorOptions {
  /** Field-level problems, with dotted paths. Never personal data. */
  errors?: FieldError[];
  /** Extra safe, non-personal details (e.g. the current version). */
  details?: Record<string, unknown>;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  cause?: unknown;
}

/** The one error type domain and application code throws; the filter maps it to the error body. */
export class AppError extends Error {
  readonly errors: FieldError[];
  readonly details: Record<string, unknown> | undefined;
  readonly retryAfter: number | undefined;

  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.errors = options.errors ?? [];
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }
}
