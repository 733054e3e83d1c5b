import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { AppError } from '../common/errors/app-error';
import { CommonErrorCode } from '../common/errors/error-code';
import { messagesVi } from '../common/i18n/messages.vi';

/** The officer behind a petition action (every petition read and write has one). */
export function requireActor(ctx: ActionContext): AuthenticatedOfficer {
  if (!ctx.actor) {
    throw new AppError(401, CommonErrorCode.Unauthenticated, messagesVi.unauthenticated);
  }
  return ctx.actor;
}
