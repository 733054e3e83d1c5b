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

@ApiTags('auth')
@NoIdempotency()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly me: MeService,
    private readonly totp: TotpService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Req() req: FastifyRequest) {
    return this.auth.login(dto, String(req.id));
  }

  @Post('logout')
  @ApiBearerAuth()
  @RequirePermission(Permission.AuthSelf)
  @HttpCode(204)
  logout(@Action() ctx: ActionContext & { actor: AuthenticatedOfficer }) {
    return this.auth.logout(ctx.actor.id, ctx.actor.sessionId, ctx.requestId ?? '');
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
  @HttpCode(200)
  enrolTotp(@CurrentOfficer() officer: AuthenticatedOfficer) {
    return this.totp.enrol(officer);
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
