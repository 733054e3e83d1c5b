import { AgencyErrorCode, type AgencyViolation, violation } from './agency-errors';

/** Dates are local dates `YYYY-MM-DD`, which compare correctly as strings. */
export interface ValidityInterval {
  validFrom: string;
  /** Inclusive last day; null = still valid. */
  validTo: string | null;
}

/** Is the unit in force on this day? Both ends are inclusive. */
export function isValidOn(unit: ValidityInterval, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || date <= unit.validTo);
}

/** The calendar day before a local date: "2025-07-01" → "2025-06-30". */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, (d ?? NaN) - 1));
  if (Number.isNaN(utc.getTime())) throw new Error(`Not a local date: ${date}`);
  return utc.toISOString().slice(0, 10);
}

/** A unit cannot end before it starts (a one-day unit, validTo = validFrom, is allowed). */
export function checkInterval(
  interval: ValidityInterval,
  field = 'validTo',
): AgencyViolation | null {
  if (interval.validTo !== null && interval.validTo < interval.validFrom) {
    return violation(AgencyErrorCode.InvalidValidity, field, 'beforeValidFrom');
  }
  return null;
}

export interface IntervalFields {
  validFrom: string;
  validTo: string;
}

/** A unit cannot be in force on a day its parent is not (DESIGN.md §2: a time-versioned tree). */
export function checkWithinParent(
  child: ValidityInterval,
  parent: ValidityInterval,
  fields: IntervalFields = { validFrom: 'validFrom', validTo: 'validTo' },
): AgencyViolation | null {
  if (child.validFrom < parent.validFrom) {
    return violation(AgencyErrorCode.OutsideParentValidity, fields.validFrom, 'startsBeforeParent');
  }
  if (parent.validTo === null) return null;
  if (child.validTo === null || child.validTo > parent.validTo) {
    return violation(AgencyErrorCode.OutsideParentValidity, fields.validTo, 'endsAfterParent');
  }
  return null;
}

/** Closing: the unit must still be open, and the last day cannot precede its first. */
export function checkClose(unit: ValidityInterval, validTo: string): AgencyViolation | null {
  if (unit.validTo !== null) {
    return violation(AgencyErrorCode.AlreadyClosed, 'validTo', 'alreadyClosed');
  }
  return checkInterval({ validFrom: unit.validFrom, validTo });
}

/** A parent cannot end while a child is still in force after its last day. */
export function checkChildrenEndBy(
  children: readonly ValidityInterval[],
  validTo: string,
  field = 'validTo',
): AgencyViolation | null {
  const outlives = children.some((c) => c.validTo === null || c.validTo > validTo);
  return outlives ? violation(AgencyErrorCode.HasActiveChildren, field, 'hasActiveChildren') : null;
}
