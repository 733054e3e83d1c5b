import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { Public } from '../auth/auth.decorators';
import { CommonErrorCode } from '../common/errors/error-code';
import { messagesVi } from '../common/i18n/messages.vi';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: '{ "status": "ok", "database": "up" }' })
  @ApiServiceUnavailableResponse({ description: 'The database is down' })
  async get(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.health.check();
    if (result.status === 'ok') return result;
    void reply.status(503);
    const message = messagesVi.serviceUnavailable;
    const error = {
      statusCode: 503,
      code: CommonErrorCode.ServiceUnavailable,
      message,
      errors: [],
    };
    return { ...error, requestId: String(req.id), ...result };
  }
}
