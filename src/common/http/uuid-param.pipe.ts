import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { fieldInvalid } from '../errors/common-errors';
import { messagesVi, validationMessageVi } from '../i18n/messages.vi';

/** `@Param('id', UuidParamPipe)`: 400 VALIDATION_FAILED naming the parameter for a non-UUID. */
@Injectable()
export class UuidParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value.toLowerCase();
    const field = metadata.data ?? 'id';
    const message = messagesVi.fieldMessage(field, validationMessageVi('isUuid', []));
    throw fieldInvalid(field, 'isUuid', message);
  }
}
