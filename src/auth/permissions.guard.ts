import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { AppError } from '../common/errors/app-error';
import { CommonErrorCode } from '../common/errors/error-code';
import { messagesVi } from '../common/i18n/messages.vi';
import { PERMISSION_KEY, PUBLIC_KEY, type RequestWithOfficer } from './auth.decorators';
import { authErrors } from './domain/auth-errors';
import { Permission } from './permission';
import { hasPermission } from './role-permissions';

/** Global, after JwtAuthGuard: the route's one permission must be held by the officer's roles. */
@Injectable()
export class PermissionsGuard implements CanActivate {
  private readonly logger = new Logger(PermissionsGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets);
    if (!permission) {
      // Refused at run time; test/e2e/routes-guarded.e2e-spec.ts fails on such a route.
      this.logger.error(
        `route without permission: ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw authErrors.routeWithoutPermission();
    }
    const officer = context.switchToHttp().getRequest<RequestWithOfficer>().officer;
    if (!officer) {
      throw new AppError(401, CommonErrorCode.Unauthenticated, messagesVi.unauthenticated);
    }
    if (officer.assurance === 'totp_enrolment' && permission !== Permission.AuthSelf) {
      throw authErrors.totpEnrolmentRequired();
    }
    if (!hasPermission(officer.roles, permission)) {
      throw new AppError(403, CommonErrorCode.Forbidden, messagesVi.forbidden);
    }
    return true;
  }
}
