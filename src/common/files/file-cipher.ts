import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { deriveKey, open, seal } from '../crypto/secret-box';
import { ConfigError } from '../../config/env.validation';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals stored files and their names with AES-256-GCM under a key derived (HKDF) from IDENTITY_KEY
 * for one purpose (petition files, enforcement receipts…), so a database dump reveals neither.
 * Each module subclasses it with its own purpose string, so keys never cross modules.
 */
export class FileCipher {
  private readonly key: Buffer;

  constructor(identityKey: string | undefined | null, purpose: string) {
    if (!identityKey) throw new ConfigError(['IDENTITY_KEY (bắt buộc cho tệp đính kèm)']);
    this.key = deriveKey(identityKey, purpose);
  }

  /** iv ‖ tag ‖ ciphertext; the row id is authenticated with it (no swapping rows). */
  sealFile(rowId: string, plain: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(rowId, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the file was altered, sealed with another key or for another row. */
  openFile(rowId: string, sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(rowId, 'utf8'));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  }

  sealName(name: string): string {
    return seal(this.key, name);
  }

  openName(sealed: string): string {
    return open(this.key, sealed);
  }
}
