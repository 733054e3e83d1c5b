import { AppError } from '../../common/errors/app-error';
import { authMessagesVi as m } from '../../common/i18n/auth-messages.vi';

export enum AuthErrorCode {
  InvalidCredentials = 'AUTH_INVALID_CREDENTIALS',
  AccountLocked = 'AUTH_ACCOUNT_LOCKED',
  AddressLocked = 'AUTH_ADDRESS_LOCKED',
  TotpRequired = 'AUTH_TOTP_REQUIRED',
  TotpInvalid = 'AUTH_TOTP_INVALID',
  TotpEnrolmentRequired = 'AUTH_TOTP_ENROLMENT_REQUIRED',
  TotpNotStarted = 'AUTH_TOTP_NOT_STARTED',
  TotpAlreadyEnabled = 'AUTH_TOTP_ALREADY_ENABLED',
  TotpResetRequired = 'AUTH_TOTP_RESET_REQUIRED',
  RouteWithoutPermission = 'AUTH_ROUTE_WITHOUT_PERMISSION',
}

export const authErrors = {
  invalidCredentials: () =>
    new AppError(401, AuthErrorCode.InvalidCredentials, m.invalidCredentials),
  accountLocked: (retryAfter: number) =>
    new AppError(429, AuthErrorCode.AccountLocked, m.accountLocked(Math.ceil(retryAfter / 60)), {
      retryAfter,
    }),
  /** Too many failed logins from one client address (any usernames); same message as a lockout. */
  addressLocked: (retryAfter: number) =>
    new AppError(429, AuthErrorCode.AddressLocked, m.accountLocked(Math.ceil(retryAfter / 60)), {
      retryAfter,
    }),
  totpRequired: () =>
    new AppError(401, AuthErrorCode.TotpRequired, m.totpRequired, {
      errors: [{ field: 'totpCode', code: 'required', message: m.totpRequired }],
    }),
  totpInvalid: () =>
    new AppError(401, AuthErrorCode.TotpInvalid, m.totpInvalid, {
      errors: [{ field: 'totpCode', code: 'invalid', message: m.totpInvalid }],
    }),
  totpEnrolmentRequired: () =>
    new AppError(403, AuthErrorCode.TotpEnrolmentRequired, m.totpEnrolmentRequired),
  totpNotStarted: () => new AppError(409, AuthErrorCode.TotpNotStarted, m.totpNotStarted),
  totpAlreadyEnabled: () =>
    new AppError(409, AuthErrorCode.TotpAlreadyEnabled, m.totpAlreadyEnabled),
  totpResetRequired: () => new AppError(409, AuthErrorCode.TotpResetRequired, m.totpResetRequired),
  routeWithoutPermission: () =>
    new AppError(403, AuthErrorCode.RouteWithoutPermission, m.routeWithoutPermission),
};
