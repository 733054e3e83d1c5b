import 'reflect-metadata';

import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  getMetadataStorage,
  validateSync,
} from 'class-validator';

import { TRUST_PROXY_PATTERN } from './trust-proxy';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Every environment variable the service reads, with its bounds. */
export class EnvironmentVariables {
  @IsOptional() @IsIn(NODE_ENVS) NODE_ENV?: (typeof NODE_ENVS)[number];
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(65535) PORT?: number;
  @IsOptional() @IsString() @MaxLength(255) HOST?: string;
  @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/) DATABASE_URL?: string;
  @IsOptional() @IsString() @MaxLength(1024) DATA_DIR?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(65535) EMBEDDED_PG_PORT?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) DB_POOL_SIZE?: number;
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DB_STATEMENT_TIMEOUT_MS?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(104_857_600) BODY_LIMIT_BYTES?: number;
  @IsOptional() @IsIn(LOG_LEVELS) LOG_LEVEL?: (typeof LOG_LEVELS)[number];
  @IsOptional() @IsString() @MaxLength(2048) CORS_ORIGINS?: string;
  @IsOptional() @IsString() @MaxLength(2048) @Matches(TRUST_PROXY_PATTERN) TRUST_PROXY?: string;
  @IsOptional() @IsString() @Length(32, 512) JWT_SECRET?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(60) @Max(86_400) JWT_TTL_SECONDS?: number;
  @IsOptional() @IsString() @Length(32, 512) AUDIT_KEY?: string;
  @IsOptional() @IsString() @Length(32, 512) IDENTITY_KEY?: string;
  @IsOptional() @IsString() @MaxLength(1024) IDENTITY_KEY_FILE?: string;
}

export class ConfigError extends Error {
  constructor(readonly variables: string[]) {
    super(`Cấu hình không hợp lệ — kiểm tra biến môi trường: ${variables.join(', ')}`);
    this.name = 'ConfigError';
  }
}

function knownVariables(): string[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(
    EnvironmentVariables,
    '',
    true,
    false,
  );
  return [...new Set(metas.map((m) => m.propertyName))];
}

/** Validates the raw environment; throws one ConfigError naming every bad variable. */
export function validateEnv(env: Record<string, string | undefined>): EnvironmentVariables {
  const known = knownVariables();
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined && v !== ''),
  );
  const parsed = plainToInstance(EnvironmentVariables, relevant);
  const errors = validateSync(parsed, { whitelist: true });
  if (errors.length > 0) {
    const details = errors.map(
      (e) => `${e.property} (${Object.keys(e.constraints ?? {}).join('/')})`,
    );
    throw new ConfigError(details);
  }
  return parsed;
}
