import { Role, SUBTREE_ROLES } from '../../auth/role';

export type ScopeKind = 'all' | 'subtree' | 'own';

/**
 * DESIGN.md §7: an officer sees records of their own agency; leaders and oversight also those of
 * its subtree (as of today). Admins manage every agency's accounts but hold no case permissions.
 */
export function scopeKindOf(roles: readonly Role[]): ScopeKind {
  if (roles.includes(Role.Admin)) return 'all';
  return roles.some((r) => SUBTREE_ROLES.includes(r)) ? 'subtree' : 'own';
}
