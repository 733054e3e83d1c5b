export interface FieldError {
  /** Dotted path into the request, e.g. `petitioners.0.fullName`, or `query.from`. */
  field: string;
  /** Machine code of the failed rule, e.g. `isNotEmpty`, `maxLength`, `unique`. */
  code: string;
  /** Vietnamese, for the user. */
  message: string;
}

/** The stable error body of every 4xx/5xx response (STYLE.md §2.4). */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors: FieldError[];
  requestId: string;
  details?: Record<string, unknown>;
}
