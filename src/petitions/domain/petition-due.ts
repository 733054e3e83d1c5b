import { ContentType } from '../../cases/domain/case-enums';
import { compareLocalDates } from '../../legal/domain/local-date';
import { OPEN_STATUSES, type PetitionStatus } from './petition-enums';

export interface DueFacts {
  type: ContentType;
  /** D1: handling (TT 05/2021: 10 working days). */
  handlingDueOn: string;
  /** D11: denunciation preliminary check and acceptance decision (Luật TC 2018 Điều 24(1)). */
  checkDueOn: string | null;
  /** D12: transfer of a denunciation outside competence (Luật TC 2018 Điều 24(2)). */
  transferDueOn: string | null;
  /** As checked; null before the check. */
  isInCompetence: boolean | null;
}

const earliest = (dates: readonly (string | null)[]): string =>
  dates
    .filter((d): d is string => d !== null)
    .reduce((a, b) => (compareLocalDates(a, b) <= 0 ? a : b));

/**
 * The date an open petition is due on for the worklists: D1, and for a denunciation also the
 * period of its own path — D12 (5 working days) until the check finds it within competence,
 * since a denunciation outside competence must be transferred by then; D11 (7, extended 10)
 * once it is within competence.
 */
export function worklistDueOn(f: DueFacts): string {
  if (f.type !== ContentType.Denunciation) return f.handlingDueOn;
  const own = f.isInCompetence === true ? f.checkDueOn : f.transferDueOn;
  return earliest([f.handlingDueOn, own]);
}

/** DESIGN §4: overdue is computed (due before today and not handled), never stored. */
export function isOverdue(status: PetitionStatus, dueOn: string, today: string): boolean {
  return OPEN_STATUSES.includes(status) && compareLocalDates(dueOn, today) < 0;
}
