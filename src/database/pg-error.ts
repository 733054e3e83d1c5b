import { AppError } from '../common/errors/app-error';
import { CommonErrorCode } from '../common/errors/error-code';
import { messagesVi } from '../common/i18n/messages.vi';

interface PgErrorLike {
  code?: unknown;
  constraint?: unknown;
  column?: unknown;
  detail?: unknown;
  driverError?: unknown;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  '57P01',
  '25P03', // idle-in-transaction session timeout
]);

/** node-postgres pool errors carry no SQLSTATE: waiting too long for a connection, or a lost one. */
function isPoolUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated unexpectedly/.test(message);
}

function pgFields(error: unknown): PgErrorLike | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as PgErrorLike;
  if (typeof e.driverError === 'object' && e.driverError !== null) {
    return e.driverError;
  }
  return typeof e.code === 'string' ? e : null;
}

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `uq_petition__agency_id__code` → `agencyId,code`; falls back to the column or `unknown`. */
export function fieldFromConstraint(constraint: unknown, column?: unknown): string {
  if (typeof constraint === 'string') {
    const parts = constraint.split('__').slice(1);
    const columns = parts.filter((p) => /^[a-z][a-z0-9_]*$/.test(p) && !/^[0-9a-f]{8}$/.test(p));
    if (columns.length > 0) return columns.map(camel).join(',');
  }
  return typeof column === 'string' ? camel(column) : 'unknown';
}

function appError(status: number, code: CommonErrorCode, message: string, field?: string) {
  const errors = field ? [{ field, code, message }] : [];
  return new AppError(status, code, message, { errors });
}

function mapConstraintError(code: string, e: PgErrorLike): AppError | null {
  const field = fieldFromConstraint(e.constraint, e.column);
  switch (code) {
    case '23505':
    case '23P01': // exclusion constraint, e.g. a code already used in an overlapping period
      return appError(409, CommonErrorCode.UniqueViolation, messagesVi.uniqueViolation, field);
    case '23503': {
      const missing = typeof e.detail === 'string' && e.detail.includes('is not present');
      const status = missing ? 400 : 409;
      return appError(
        status,
        CommonErrorCode.ReferenceViolation,
        messagesVi.referenceViolation,
        field,
      );
    }
    case '23514':
    case '23502':
      return appError(400, CommonErrorCode.CheckViolation, messagesVi.checkViolation, field);
    default:
      return null;
  }
}

/**
 * Maps PostgreSQL errors a client can cause to 4xx (defence in depth behind validation), and
 * connection loss to 503. Returns null for anything else (a real server fault). The SQL, the
 * values and the PostgreSQL detail are never copied into the response.
 */
export function mapDatabaseError(error: unknown): AppError | null {
  if (isPoolUnavailable(error)) {
    return appError(503, CommonErrorCode.ServiceUnavailable, messagesVi.serviceUnavailable);
  }
  const e = pgFields(error);
  if (!e || typeof e.code !== 'string') return null;
  const code = e.code;
  if (code.startsWith('23')) return mapConstraintError(code, e);
  return mapOtherError(code);
}

function mapOtherError(code: string): AppError | null {
  if (code.startsWith('22') || code === '54000') {
    return appError(400, CommonErrorCode.InvalidValue, messagesVi.invalidValue);
  }
  if (code === '40001' || code === '40P01' || code === '55P03') {
    return appError(409, CommonErrorCode.SerializationFailure, messagesVi.serializationFailure);
  }
  if (
    code === '57014' ||
    code.startsWith('08') ||
    code.startsWith('53') ||
    CONNECTION_CODES.has(code)
  ) {
    return appError(503, CommonErrorCode.ServiceUnavailable, messagesVi.serviceUnavailable);
  }
  return null;
}
