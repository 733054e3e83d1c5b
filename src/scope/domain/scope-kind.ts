import { Role, SUBTREE_ROLES } from '../../auth/role';

export type ScopeKind = 'all' | 'subtree' | 'own';

/**
 * DESIGN.md §7: an officer sees records of their own agency; leaders and oversight also those of
 * its subtree over all time, not as of today (docs/auth.md "Scope": a city leader still sees
 * records of districts that ended on 30/6/2025). Admins manage every agency's accounts but hold
 * no case permissions.
 */
export function scopeKindOf(roles: readonly Role[]): ScopeKind {
  if (roles.includes(Role.Admin)) return 'all';
  return roles.some((r) => SUBTREE_ROLES.includes(r)) ? 'subtree' : 'own';
}
