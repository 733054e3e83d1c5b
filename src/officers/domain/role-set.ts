import { AppError } from '../../common/errors/app-error';
import { CommonErrorCode } from '../../common/errors/error-code';
import { authMessagesVi } from '../../common/i18n/auth-messages.vi';
import { Role } from '../../auth/role';

/**
 * DESIGN.md §7: `admin` manages accounts, agencies, the calendar and rules and holds no case
 * content. An account that is admin is admin only, so account management can never be combined
 * with case or identity powers (nor with the admin's all-agency scope).
 */
export function roleSetProblem(roles: readonly Role[]): string | null {
  return roles.includes(Role.Admin) && roles.length > 1 ? authMessagesVi.adminAlone : null;
}

export function assertRoleSet(roles: readonly Role[]): void {
  const problem = roleSetProblem(roles);
  if (problem) {
    throw new AppError(400, CommonErrorCode.ValidationFailed, problem, {
      errors: [{ field: 'roles', code: 'adminAlone', message: problem }],
    });
  }
}

/** No one changes their own roles, password (here) or enabled state through the admin routes. */
export function assertNotSelf(actorId: string | undefined, officerId: string): void {
  if (actorId === officerId) {
    throw new AppError(403, 'OFFICER_SELF_CHANGE', authMessagesVi.selfChange);
  }
}
