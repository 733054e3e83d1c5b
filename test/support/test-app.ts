import 'reflect-metadata';

import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/bootstrap';
import { FixedClock } from '../../src/common/time/clock';
import { type AppConfig, type AppConfigValues, loadAppConfig } from '../../src/config/app-config';
import { createTestDatabase, type TestDatabase } from './test-db';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
  db: TestDatabase;
  clock: FixedClock;
  config: AppConfig;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<AppConfigValues>;
  now?: Date;
  extraModules?: Type[];
}

/** The real AppModule with the same setup as main.ts, on this file's own cloned database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadAppConfig({ NODE_ENV: 'test' }, process.cwd()).with({
    databaseUrl: db.url,
    jwtSecret: 'test-jwt-secret-0123456789abcdefghijklmnop',
    auditKey: 'test-audit-key-0123456789abcdefghijklmnopq',
    identityKey: 'test-identity-key-0123456789abcdefghijklmn',
    ...options.config,
  });
  const clock = new FixedClock(options.now ?? new Date('2026-03-10T02:00:00Z'));
  const app = await createApp({
    config,
    databaseUrl: db.url,
    clock,
    extraModules: options.extraModules,
  });
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    db,
    clock,
    config,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
