import { resolve } from 'node:path';

import {
  ConfigError,
  type EnvironmentVariables,
  LOG_LEVELS,
  NODE_ENVS,
  validateEnv,
} from './env.validation';
import { identityKeyFrom } from './identity-key-file';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

export type NodeEnv = (typeof NODE_ENVS)[number];
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfigValues {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Unset: the service starts an embedded PostgreSQL under `dataDir/pg` (not in production). */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number | null;
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
  bodyLimitBytes: number;
  logLevel: LogLevel;
  corsOrigins: string[];
  /** Fastify's trustProxy (TRUST_PROXY): which proxies' X-Forwarded-For makes request.ip. */
  trustProxy: TrustProxy;
  swaggerEnabled: boolean;
  /** HMAC key for access tokens; from JWT_SECRET, or a key file outside production. */
  jwtSecret: string | null;
  jwtTtlSeconds: number;
  /** HMAC key of the audit hash chain (held outside the database); AUDIT_KEY or a key file. */
  auditKey: string | null;
  /**
   * Master key of the identity vault (persons): IDENTITY_KEY, or the file IDENTITY_KEY_FILE names,
   * or a key file under dataDir outside production.
   */
  identityKey: string | null;
}

/** The typed, frozen configuration. Injected by class; nothing else reads process.env. */
export class AppConfig implements AppConfigValues {
  readonly nodeEnv!: NodeEnv;
  readonly port!: number;
  readonly host!: string;
  readonly databaseUrl!: string | null;
  readonly dataDir!: string;
  readonly embeddedPgPort!: number | null;
  readonly dbPoolSize!: number;
  readonly dbStatementTimeoutMs!: number;
  readonly bodyLimitBytes!: number;
  readonly logLevel!: LogLevel;
  readonly corsOrigins!: string[];
  readonly trustProxy!: TrustProxy;
  readonly swaggerEnabled!: boolean;
  readonly jwtSecret!: string | null;
  readonly jwtTtlSeconds!: number;
  readonly auditKey!: string | null;
  readonly identityKey!: string | null;

  static of(values: AppConfigValues): AppConfig {
    return Object.freeze(Object.assign(new AppConfig(), values));
  }

  with(overrides: Partial<AppConfigValues>): AppConfig {
    return AppConfig.of({ ...this, ...overrides });
  }
}

function serverValues(env: EnvironmentVariables) {
  const nodeEnv = env.NODE_ENV ?? 'development';
  return {
    nodeEnv,
    port: env.PORT ?? 3000,
    host: env.HOST ?? '127.0.0.1',
    bodyLimitBytes: env.BODY_LIMIT_BYTES ?? 1_048_576,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'log'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    swaggerEnabled: nodeEnv !== 'production',
  };
}

function databaseValues(env: EnvironmentVariables, cwd: string) {
  return {
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: resolve(cwd, env.DATA_DIR ?? 'data'),
    embeddedPgPort: env.EMBEDDED_PG_PORT ?? null,
    dbPoolSize: env.DB_POOL_SIZE ?? 10,
    dbStatementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS ?? 30_000,
  };
}

function secretValues(env: EnvironmentVariables) {
  return {
    jwtSecret: env.JWT_SECRET ?? null,
    jwtTtlSeconds: env.JWT_TTL_SECONDS ?? 8 * 3600,
    auditKey: env.AUDIT_KEY ?? null,
  };
}

const IDENTITY_KEY_MISSING = 'IDENTITY_KEY hoặc IDENTITY_KEY_FILE';

function fromEnv(env: EnvironmentVariables, cwd: string): AppConfigValues {
  const identity = identityKeyFrom(env, cwd);
  const values = {
    ...serverValues(env),
    ...databaseValues(env, cwd),
    ...secretValues(env),
    identityKey: identity.key,
  };
  const missing = values.nodeEnv === 'production' ? missingInProduction(values) : [];
  const bad = missing
    .filter((name) => identity.problem === null || name !== IDENTITY_KEY_MISSING)
    .map((name) => `${name} (bắt buộc)`);
  if (identity.problem !== null) bad.push(identity.problem);
  if (bad.length > 0) throw new ConfigError(bad);
  return values;
}

/**
 * Production takes no defaults for these: the secrets must not be generated key files, and the
 * embedded PostgreSQL (started when DATABASE_URL is unset) is for development only.
 */
function missingInProduction(
  values: Pick<AppConfigValues, 'databaseUrl' | 'jwtSecret' | 'auditKey' | 'identityKey'>,
) {
  const missing: string[] = [];
  if (!values.databaseUrl) missing.push('DATABASE_URL');
  if (!values.jwtSecret) missing.push('JWT_SECRET');
  if (!values.auditKey) missing.push('AUDIT_KEY');
  if (!values.identityKey) missing.push(IDENTITY_KEY_MISSING);
  return missing;
}

/**
 * Validates the environment and builds the configuration; pure but for reading the file
 * IDENTITY_KEY_FILE names, when set. Throws ConfigError.
 */
export function loadAppConfig(env: Record<string, string | undefined>, cwd: string): AppConfig {
  return AppConfig.of(fromEnv(validateEnv(env), cwd));
}
