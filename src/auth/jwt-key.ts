import { createSecretKey, type KeyObject } from 'node:crypto';

import type { AppConfig } from '../config/app-config';

/**
 * The HS256 key as a KeyObject, made once. Given a string, jsonwebtoken first tries to read it as
 * a PEM public key (createPublicKey throws) on every verify, then falls back to a secret key:
 * ~0.5 ms of CPU per authenticated request, measured under P1 load.
 */
export function jwtKey(config: AppConfig): KeyObject {
  if (!config.jwtSecret) throw new Error('JWT secret missing (see src/config/secrets.ts)');
  return createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
}
