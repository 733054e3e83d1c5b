import { type CaseField, ContentType } from '../../cases/domain/case-enums';
import { isFieldAllowed } from './classification';
import { PetitionErrorCode as E, type PetitionViolation, violation } from './petition-errors';

/**
 * DOMAIN §3.4: a petition with several contents (đơn có nhiều nội dung) is split by content, each
 * part of one type with a field of that type's axis; only a mixed petition is split.
 */
export function splitProblem(
  type: ContentType,
  parts: readonly { type: ContentType; field: CaseField }[],
): PetitionViolation | null {
  if (type !== ContentType.Mixed) return violation(E.OutcomeNotAllowed, 'action', 'splitNotMixed');
  if (parts.length < 2) return violation(E.Invalid, 'parts', 'splitTooFewParts');
  for (const [i, part] of parts.entries()) {
    if (part.type === ContentType.Mixed) {
      return violation(E.Invalid, `parts.${i}.type`, 'splitPartMixed');
    }
    if (!isFieldAllowed(part.type, part.field)) {
      return violation(E.Invalid, `parts.${i}.field`, 'fieldNotForType');
    }
  }
  return null;
}
