import { AgencyErrorCode, type AgencyViolation, violation } from './agency-errors';
import { dayBefore, type ValidityInterval } from './agency-validity';

export interface MergingUnit extends ValidityInterval {
  id: string;
}

/** Predecessors end the day before the successor starts, so no day has both (or neither). */
export function mergeClosingDay(effectiveOn: string): string {
  return dayBefore(effectiveOn);
}

/**
 * Each predecessor (in request order) must still be open and must have started before the day
 * it is closed on; the successor's parent cannot be one of the units that end.
 */
export function checkMerge(
  predecessors: readonly MergingUnit[],
  effectiveOn: string,
  successorParentId: string | null,
): AgencyViolation | null {
  const closeOn = mergeClosingDay(effectiveOn);
  for (const [i, p] of predecessors.entries()) {
    if (p.validTo !== null) {
      return violation(AgencyErrorCode.AlreadyClosed, `predecessorIds.${i}`, 'alreadyClosed');
    }
    if (p.validFrom > closeOn) {
      return violation(AgencyErrorCode.InvalidValidity, 'effectiveOn', 'mergeTooEarly');
    }
  }
  if (successorParentId !== null && predecessors.some((p) => p.id === successorParentId)) {
    return violation(
      AgencyErrorCode.InvalidParent,
      'successor.parentId',
      'parentAmongPredecessors',
    );
  }
  return null;
}
