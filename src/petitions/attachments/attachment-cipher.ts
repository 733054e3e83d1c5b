import { Injectable } from '@nestjs/common';

import { FileCipher } from '../../common/files/file-cipher';
import { AppConfig } from '../../config/app-config';

/**
 * Seals petition files and their names (src/common/files/file-cipher.ts) under a key for this one
 * purpose: files carry names, addresses and handwriting (Luật Tố cáo 2018 Điều 9(1)(b)), so a
 * database dump must not reveal them any more than the vault.
 */
@Injectable()
export class AttachmentCipher extends FileCipher {
  constructor(config: AppConfig) {
    super(config.identityKey, 'petition-attachment/aes-256-gcm');
  }
}
