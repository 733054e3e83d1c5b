import { HttpException } from '@nestjs/common';

import { messagesVi } from '../i18n/messages.vi';
import { AppError } from './app-error';
import { CommonErrorCode } from './error-code';

const FASTIFY_CODES: Record<string, [CommonErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [CommonErrorCode.MalformedJson, messagesVi.malformedJson],
  FST_ERR_CTP_EMPTY_JSON_BODY: [CommonErrorCode.MalformedJson, messagesVi.malformedJson],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    CommonErrorCode.UnsupportedMediaType,
    messagesVi.unsupportedMediaType,
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [CommonErrorCode.BadRequest, messagesVi.badRequest],
  KNTC_JSON_TOO_DEEP: [CommonErrorCode.MalformedJson, messagesVi.jsonTooDeep],
};

const BY_STATUS: Record<number, [CommonErrorCode, string]> = {
  400: [CommonErrorCode.BadRequest, messagesVi.badRequest],
  401: [CommonErrorCode.Unauthenticated, messagesVi.unauthenticated],
  403: [CommonErrorCode.Forbidden, messagesVi.forbidden],
  404: [CommonErrorCode.RouteNotFound, messagesVi.routeNotFound],
  405: [CommonErrorCode.MethodNotAllowed, messagesVi.methodNotAllowed],
  409: [CommonErrorCode.Conflict, messagesVi.conflict],
  415: [CommonErrorCode.UnsupportedMediaType, messagesVi.unsupportedMediaType],
  422: [CommonErrorCode.UnprocessableEntity, messagesVi.unprocessable],
  429: [CommonErrorCode.TooManyRequests, messagesVi.tooManyRequests],
  503: [CommonErrorCode.ServiceUnavailable, messagesVi.serviceUnavailable],
};

function causeCode(exception: HttpException): string | undefined {
  const cause = exception.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/**
 * Nest and Fastify raise HttpExceptions for bad JSON, unknown routes, body limits, guards…
 * Their English messages are replaced by coded Vietnamese ones.
 */
export function mapHttpException(exception: HttpException, bodyLimit: number): AppError {
  const status = exception.getStatus();
  const fastifyCode = causeCode(exception);
  if (status === 413) {
    const message = messagesVi.payloadTooLarge(bodyLimit);
    return new AppError(413, CommonErrorCode.PayloadTooLarge, message);
  }
  const known = (fastifyCode && FASTIFY_CODES[fastifyCode]) || BY_STATUS[status];
  if (known) return new AppError(status, known[0], known[1]);
  const fallback = status >= 500 ? CommonErrorCode.InternalError : CommonErrorCode.BadRequest;
  const message = status >= 500 ? messagesVi.internalError : messagesVi.badRequest;
  return new AppError(status, fallback, message);
}
