import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/env.validation';
import { type ChainHasher, createChainHasher } from './domain/audit-hash';

/** The chain's hasher from AUDIT_KEY (or its key file); refuses to start without a key. */
export function chainHasherFrom(config: AppConfig): ChainHasher {
  if (!config.auditKey) throw new ConfigError(['AUDIT_KEY (bắt buộc cho nhật ký kiểm toán)']);
  return createChainHasher(config.auditKey);
}
