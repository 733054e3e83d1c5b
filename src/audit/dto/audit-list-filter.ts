import { fieldInvalid } from '../../common/errors/common-errors';
import { auditMessagesVi } from '../../common/i18n/audit-messages.vi';
import { messagesVi } from '../../common/i18n/messages.vi';
import { AuditListQueryDto } from './audit-list-query.dto';

/** One filter given under its documented name and/or its former one; 400 when they differ. */
function oneOf(name: string, value: string | undefined, formerName: string, former?: string) {
  if (value !== undefined && former !== undefined && value !== former) {
    const message = messagesVi.fieldMessage(name, auditMessagesVi.aliasConflict(formerName));
    throw fieldInvalid(name, 'aliasConflict', message);
  }
  return value ?? former;
}

/**
 * The query with `entity`/`id` (documented) folded into `entityType`/`entityId` (former names,
 * what AuditService.list reads). Both forms of one filter must agree.
 */
export function auditFilterOf(query: AuditListQueryDto): AuditListQueryDto {
  const entityType = oneOf('entity', query.entity, 'entityType', query.entityType);
  const entityId = oneOf('id', query.id, 'entityId', query.entityId);
  return Object.assign(new AuditListQueryDto(), {
    limit: query.limit,
    cursor: query.cursor,
    entityType,
    entityId,
  });
}
