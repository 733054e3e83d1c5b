import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import { NoIdempotency } from '../common/idempotency/no-idempotency.decorator';
import type { ActionContext } from './action-context';
import { Action, CurrentOfficer, Public, RequirePermission } from './auth.decorators';
import { AuthService } from './auth.service';
import type { AuthenticatedOfficer } from './authenticated-officer';
import { LoginDto, TotpCodeDto } from './dto/login.dto';
import { MeService } from './me.service';
import { Permission } from './permission';
import { TotpService } from './totp.service';

/**
 * Idempotency-Key is honoured here like anywhere else (logout, TOTP verify: their bodies and
 * replies hold nothing secret, and the request fingerprint is a keyed HMAC), except on the
 * handlers marked @NoIdempotency, whose stored reply would be a secret.
 */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly me: MeService,
    private readonly totp: TotpService,
  ) {}

  @Post('login')
  @Public()
  // The body holds a password and the reply an access token: never stored (public routes are
  // skipped anyway; said here too so it holds if the route ever stops being public).
  @NoIdempotency()
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Req() req: FastifyRequest) {
    return this.auth.login(dto, req.ip, String(req.id));
  }

  @Post('logout')
  @ApiBearerAuth()
  @RequirePermission(Permission.AuthSelf)
  @HttpCode(204)
  logout(@Action() ctx: ActionContext & { actor: AuthenticatedOfficer }) {
    return this.auth.logout(ctx);
  }

  @Get('me')
  @ApiBearerAuth()
  @RequirePermission(Permission.AuthSelf)
  getMe(@CurrentOfficer() officer: AuthenticatedOfficer) {
    return this.me.describe(officer);
  }

  @Post('totp/enrol')
  @ApiBearerAuth()
  @RequirePermission(Permission.AuthSelf)
  // The reply is the TOTP seed: storing it for replays would keep the second factor in clear.
  @NoIdempotency()
  @HttpCode(200)
  enrolTotp(@Action() ctx: ActionContext & { actor: AuthenticatedOfficer }) {
    return this.totp.enrol(ctx.actor, ctx.requestId);
  }

  @Post('totp/verify')
  @ApiBearerAuth()
  @RequirePermission(Permission.AuthSelf)
  @HttpCode(204)
  verifyTotp(
    @Action() ctx: ActionContext & { actor: AuthenticatedOfficer },
    @Body() dto: TotpCodeDto,
  ) {
    return this.totp.confirm(ctx, dto.code);
  }
}
