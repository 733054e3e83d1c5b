import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

import { fieldInvalid } from '../errors/common-errors';
import { messagesVi } from '../i18n/messages.vi';
import { sanitizeInput } from './sanitize-text';

/** Runs before the ValidationPipe on bodies, queries and route parameters. */
@Injectable()
export class SanitizeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const result = sanitizeInput(value);
    if (result.unsafeField) {
      const field = metadata.data ? metadata.data : result.unsafeField;
      throw fieldInvalid(
        field,
        'unsafeText',
        messagesVi.fieldMessage(field, messagesVi.unsafeText),
      );
    }
    return result.value;
  }
}
