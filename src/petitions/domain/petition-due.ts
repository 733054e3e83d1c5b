import { ContentType } from '../../cases/domain/case-enums';
import { compareLocalDates } from '../../legal/domain/local-date';
import { OPEN_STATUSES, PetitionStatus } from './petition-enums';

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

/**
 * A denunciation proposed for acceptance has left petition handling (D1) but its acceptance
 * decision is still due under D11 (Luật Tố cáo 2018 Điều 24(1), Điều 29): it stays in the
 * worklists until the denunciation module takes it over (PetitionsService.takeForResolution sets
 * `accepted`).
 */
export function awaitsDenunciationAcceptance(status: PetitionStatus, type: ContentType): boolean {
  return status === PetitionStatus.ProposedForAcceptance && type === ContentType.Denunciation;
}

/** In the due/overdue worklists: open (not handled yet), or a denunciation awaiting acceptance. */
export function isInWorklist(status: PetitionStatus, type: ContentType): boolean {
  return OPEN_STATUSES.includes(status) || awaitsDenunciationAcceptance(status, type);
}

export interface WorklistDueFacts {
  status: PetitionStatus;
  type: ContentType;
  /** The stored due date of the open petition (`worklistDueOn`). */
  dueOn: string;
  checkDueOn: string | null;
}

/** The date the worklists order and flag by: D11 alone once a denunciation is proposed. */
export function currentDueOn(f: WorklistDueFacts): string {
  return awaitsDenunciationAcceptance(f.status, f.type) ? (f.checkDueOn ?? f.dueOn) : f.dueOn;
}

/** DESIGN §4: overdue is computed (due before today and still in the worklists), never stored. */
export function isOverdue(
  f: { status: PetitionStatus; type: ContentType; dueOn: string },
  today: string,
): boolean {
  return isInWorklist(f.status, f.type) && compareLocalDates(f.dueOn, today) < 0;
}
