import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { deriveKey, open, seal } from '../../common/crypto/secret-box';
import { AppConfig } from '../../config/app-config';
import { ConfigError } from '../../config/env.validation';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals petition files and their names with AES-256-GCM under a key derived (HKDF) from
 * IDENTITY_KEY for this one purpose: files carry names, addresses and handwriting (Luật Tố cáo
 * 2018 Điều 9(1)(b)), so a database dump must not reveal them any more than the vault.
 */
@Injectable()
export class AttachmentCipher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    if (!config.identityKey) throw new ConfigError(['IDENTITY_KEY (bắt buộc cho tệp đính kèm)']);
    this.key = deriveKey(config.identityKey, 'petition-attachment/aes-256-gcm');
  }

  /** iv ‖ tag ‖ ciphertext; the attachment id is authenticated with it (no swapping rows). */
  sealFile(attachmentId: string, plain: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(attachmentId, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the file was altered, sealed with another key or for another row. */
  openFile(attachmentId: string, sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(attachmentId, 'utf8'));
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
