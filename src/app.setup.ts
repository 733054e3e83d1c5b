import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import helmet from '@fastify/helmet';
import { ValidationPipe } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { validationExceptionFactory } from './common/errors/validation-error.factory';
import { parseJsonBody } from './common/http/json-body';
import { SanitizeTextPipe } from './common/http/sanitize-text.pipe';
import type { AppConfig } from './config/app-config';

export const API_PREFIX = 'api/v1';
export const DOCS_PATH = 'api/docs';
/**
 * Always generated here: the request id is sealed into audit rows, so a client must not choose it
 * (a client's own X-Request-Id is ignored).
 */
function requestIdOf(_req: IncomingMessage): string {
  return randomUUID();
}

export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: requestIdOf,
    requestIdHeader: false,
    // TRUST_PROXY (default none): only then does X-Forwarded-For make request.ip (login throttle)
    trustProxy: config.trustProxy,
    logger: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
}

function setupSwagger(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('KNTC API')
      .setDescription('Tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(DOCS_PATH, app, document);
}

/** Applied identically by main.ts, every e2e test and the bench. */
export async function applyAppSetup(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false });
  const fastify = app.getHttpAdapter().getInstance();
  // A route may raise the body limit for itself only (file uploads): @RouteConfig({ bodyLimit }).
  fastify.addHook('onRoute', (route) => {
    const routeConfig: { bodyLimit?: unknown } | undefined = route.config;
    if (typeof routeConfig?.bodyLimit === 'number') route.bodyLimit = routeConfig.bodyLimit;
  });
  // JSON only: any other content type is 415 (uploads will register their own parser).
  fastify.removeContentTypeParser(['text/plain', 'application/json']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    if (request.url.startsWith(`/${API_PREFIX}/`)) void reply.header('cache-control', 'no-store');
    done();
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new AllExceptionsFilter(config.bodyLimitBytes));
  app.useGlobalPipes(
    new SanitizeTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: true, value: false },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  if (config.swaggerEnabled) setupSwagger(app);
}
