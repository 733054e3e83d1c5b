import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/env.validation';
import { type AuditHmacs, createAuditHmacs } from './domain/audit-hash';

/** AUDIT_KEY (or its key file's); refuses to start without one. */
export function auditKeyFrom(config: AppConfig): string {
  if (!config.auditKey) throw new ConfigError(['AUDIT_KEY (bắt buộc cho nhật ký kiểm toán)']);
  return config.auditKey;
}

/** The row mac, link and legacy HMACs from AUDIT_KEY (or its key file); refuses to start without one. */
export function auditHmacsFrom(config: AppConfig): AuditHmacs {
  return createAuditHmacs(auditKeyFrom(config));
}
