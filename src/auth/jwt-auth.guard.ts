import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';

import { AppError } from '../common/errors/app-error';
import { CommonErrorCode } from '../common/errors/error-code';
import { messagesVi } from '../common/i18n/messages.vi';
import { PUBLIC_KEY, type RequestWithOfficer } from './auth.decorators';
import type { AuthenticatedOfficer } from './authenticated-officer';

/** Global: every route needs a valid bearer token unless it is @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T = AuthenticatedOfficer>(
    error: unknown,
    officer: T | false,
    _info: unknown,
    context: ExecutionContext,
  ): T {
    if (error instanceof AppError) throw error;
    if (error || !officer) {
      throw new AppError(401, CommonErrorCode.Unauthenticated, messagesVi.unauthenticated);
    }
    context.switchToHttp().getRequest<RequestWithOfficer>().officer =
      officer as unknown as AuthenticatedOfficer;
    return officer;
  }
}
