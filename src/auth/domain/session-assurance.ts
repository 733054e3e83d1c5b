import { type Role, TOTP_REQUIRED_ROLES } from '../role';

/** `full`, or `totp_enrolment`: an admin/leader without a second factor may only enrol one. */
export type SessionAssurance = 'full' | 'totp_enrolment';

// DESIGN.md §7: TOTP second factor for admin and leader accounts.
export function requiresTotp(roles: readonly Role[]): boolean {
  return roles.some((role) => TOTP_REQUIRED_ROLES.includes(role));
}

export type LoginFactorOutcome = 'ok' | 'totp_required' | 'enrolment_required';

/** What a correct password still needs before a full session is granted. */
export function secondFactorOutcome(roles: readonly Role[], totpEnabled: boolean, code?: string) {
  if (totpEnabled) return code ? ('check_code' as const) : ('totp_required' as const);
  return requiresTotp(roles) ? ('enrolment_required' as const) : ('ok' as const);
}
