import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { AppModule, type AppModuleOptions } from './app.module';
import { applyAppSetup, createFastifyAdapter } from './app.setup';
import type { LogLevel as ConfigLogLevel } from './config/app-config';

const LEVELS: ConfigLogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export function logLevelsUpTo(level: ConfigLogLevel): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** Builds the fully configured (not yet listening) application; shared by main, tests and bench. */
export async function createApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(options),
    createFastifyAdapter(options.config),
    // Our own JSON parser (app.setup.ts: depth cap, prototype poisoning refused) replaces Nest's.
    { logger: logLevelsUpTo(options.config.logLevel), abortOnError: false, bodyParser: false },
  );
  await applyAppSetup(app, options.config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export const bootstrapLogger = new Logger('KNTC');
