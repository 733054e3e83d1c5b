import { createHmac } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { deriveKey } from '../common/crypto/secret-box';
import { AppConfig } from '../config/app-config';
import { addressBucket } from './domain/login-address-throttle';

/**
 * The key the login throttle counts a client address under: HMAC-SHA256 (hex) of its bucket
 * (domain/login-address-throttle.ts), keyed from JWT_SECRET. The raw address is never stored or
 * logged (research A.1: no identifying metadata), and without the key the table cannot be
 * reversed by hashing the whole IPv4 space.
 */
@Injectable()
export class ClientAddressKey {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = deriveKey(config.jwtSecret ?? '', 'login-throttle/client-address');
  }

  of(ip: string): string {
    return createHmac('sha256', this.key).update(addressBucket(ip)).digest('hex');
  }
}
