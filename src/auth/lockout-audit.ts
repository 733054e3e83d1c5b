import type { AuditEntry } from '../audit/audit-entry';
import type { NewLockout } from './login-throttle.repository';

/**
 * The audit row of a lockout (no actor: whoever typed the passwords is not authenticated; never a
 * password). An account is named by its officer id, in its agency; a username that names no
 * account, by the username itself (it is the throttle row's key), visible to admins only.
 */
export function lockoutAuditEntry(lockout: NewLockout, requestId: string): AuditEntry {
  const data = { failures: lockout.failures, lockedUntil: lockout.lockedUntil.toISOString() };
  const entity =
    lockout.officerId === null
      ? { entityType: 'login_throttle', entityId: lockout.username, agencyId: null }
      : { entityType: 'officer', entityId: lockout.officerId, agencyId: lockout.agencyId };
  return { actorId: null, action: 'auth.lockout', ...entity, requestId, data };
}
