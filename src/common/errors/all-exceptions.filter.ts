import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { mapDatabaseError } from '../../database/pg-error';
import { messagesVi } from '../i18n/messages.vi';
import { AppError } from './app-error';
import type { ErrorBody } from './error-body';
import { CommonErrorCode } from './error-code';
import { mapHttpException } from './http-exception.mapper';

/** Maps every error to the one error body (STYLE.md §2.4) and sets X-Request-Id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly bodyLimit: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const error = this.toAppError(exception, request);
    const body: ErrorBody = {
      statusCode: error.httpStatus,
      code: error.code,
      message: error.message,
      errors: error.errors,
      requestId: String(request.id),
      ...(error.details ? { details: error.details } : {}),
    };
    if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter));
    void reply
      .header('x-request-id', String(request.id))
      .header('cache-control', 'no-store')
      .status(error.httpStatus)
      .type('application/json; charset=utf-8')
      .send(body);
  }

  private toAppError(exception: unknown, request: FastifyRequest): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof HttpException) {
      const mapped = mapHttpException(exception, this.bodyLimit);
      if (mapped.httpStatus >= 500) this.logServerFault(exception, request);
      return mapped;
    }
    const fromDb = mapDatabaseError(exception);
    if (fromDb) {
      if (fromDb.httpStatus >= 500) this.logServerFault(exception, request);
      return fromDb;
    }
    this.logServerFault(exception, request);
    return new AppError(500, CommonErrorCode.InternalError, messagesVi.internalError);
  }

  private logServerFault(exception: unknown, request: FastifyRequest): void {
    const stack = exception instanceof Error ? exception.stack : String(exception);
    this.logger.error(
      `${request.method} ${request.routeOptions.url ?? '?'} [${request.id}]`,
      stack,
    );
  }
}
