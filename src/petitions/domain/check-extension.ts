import { Permission } from '../../auth/permission';
import type { Role } from '../../auth/role';
import { hasPermission } from '../../auth/role-permissions';

/**
 * Who extends the preliminary check of a denunciation (D11: 7 working days, once up to 10, when
 * checks are needed at several places or must be delegated — Luật Tố cáo 2018 Điều 24 khoản 1).
 * Prolonging a legal period is a decision of the head of the receiving agency, not of the officer
 * who handles the petition: DESIGN §7 gives the leader "approves acceptance, extensions,
 * decisions", and the denunciation proceeding's own extension (POST /denunciations/:id/
 * extend-prelim-check) takes the same permission. A handler is refused (403).
 */
export const CHECK_EXTENSION_PERMISSION = Permission.ResolutionApprove;

/** Pure: whether these roles may decide a D11 extension. */
export function mayExtendCheck(roles: readonly Role[]): boolean {
  return hasPermission(roles, CHECK_EXTENSION_PERMISSION);
}
