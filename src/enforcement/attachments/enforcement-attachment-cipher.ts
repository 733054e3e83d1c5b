import { Injectable } from '@nestjs/common';

import { FileCipher } from '../../common/files/file-cipher';
import { AppConfig } from '../../config/app-config';

/** Seals files of progress entries (receipts name who paid) under a key for this purpose only. */
@Injectable()
export class EnforcementAttachmentCipher extends FileCipher {
  constructor(config: AppConfig) {
    super(config.identityKey, 'enforcement-attachment/aes-256-gcm');
  }
}
