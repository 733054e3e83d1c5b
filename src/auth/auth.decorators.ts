import {
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { ActionContext } from './action-context';
import type { AuthenticatedOfficer } from './authenticated-officer';
import type { Permission } from './permission';

export const PERMISSION_KEY = 'kntc:permission';
export const PUBLIC_KEY = 'kntc:public';

/** The one permission this route requires (checked by the global PermissionsGuard). */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(PERMISSION_KEY, permission);

/** A route anyone may call without a token (health, login). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export type RequestWithOfficer = FastifyRequest & { officer?: AuthenticatedOfficer };

/** The authenticated officer of this request. */
export const CurrentOfficer = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedOfficer => {
    const officer = ctx.switchToHttp().getRequest<RequestWithOfficer>().officer;
    if (!officer) throw new UnauthorizedException();
    return officer;
  },
);

/** The acting officer and request id, for services that write an audit row. */
export const Action = createParamDecorator((_: unknown, ctx: ExecutionContext): ActionContext => {
  const request = ctx.switchToHttp().getRequest<RequestWithOfficer>();
  if (!request.officer) throw new UnauthorizedException();
  return { actor: request.officer, requestId: String(request.id) };
});
