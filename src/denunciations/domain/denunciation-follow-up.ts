import { compareLocalDates, isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import { DenunciationStatus } from './denunciation-enums';
import {
  DenunciationErrorCode,
  type DenunciationViolation,
  throwIfViolated,
  violation,
} from './denunciation-errors';

// Follow-up denunciation (tố cáo tiếp) to the head of the directly superior body, who reviews it and
// may order a re-resolution (giải quyết lại): a new proceeding of kind `re_resolution`, linked to the
// first, with its own acceptance and D14 deadline (Luật Tố cáo 2018, Điều 37, 38 [V2]).

export enum FollowUpBasis {
  /** Đ38: the D14 period passed without a conclusion. */
  Overdue = 'overdue',
  /** Đ37: the denouncer has grounds to think the resolution was unlawful. */
  UnlawfulResolution = 'unlawful_resolution',
}

export enum FollowUpRefusal {
  /** Still within its period, suspended, or not yet accepted. */
  NotYetDue = 'not_yet_due',
  /** Ended without a resolution on the merits (not accepted, transferred, anonymous, terminated). */
  NoResolution = 'no_resolution',
}

export interface FirstResolutionFacts {
  status: DenunciationStatus;
  /** D14 due date of the first proceeding; null while suspended or before acceptance. */
  resolutionDueOn: LocalDate | null;
}

export interface FollowUpEligibility {
  allowed: boolean;
  basis: FollowUpBasis | null;
  refusal: FollowUpRefusal | null;
}

const RESOLVED: ReadonlySet<DenunciationStatus> = new Set([
  DenunciationStatus.Concluded,
  DenunciationStatus.Handled,
  DenunciationStatus.Closed,
]);

const UNDER_WAY: ReadonlySet<DenunciationStatus> = new Set([
  DenunciationStatus.Accepted,
  DenunciationStatus.Verifying,
  DenunciationStatus.Extended1,
  DenunciationStatus.Extended2,
]);

const NOT_YET: ReadonlySet<DenunciationStatus> = new Set([
  DenunciationStatus.Received,
  DenunciationStatus.PrelimCheck,
  DenunciationStatus.Suspended,
]);

const allowed = (basis: FollowUpBasis): FollowUpEligibility => ({
  allowed: true,
  basis,
  refusal: null,
});
const refused = (refusal: FollowUpRefusal): FollowUpEligibility => ({
  allowed: false,
  basis: null,
  refusal,
});

/** May a follow-up denunciation filed on `filedOn` be made against this first proceeding? */
export function canFileFollowUp(
  first: FirstResolutionFacts,
  filedOn: LocalDate,
): FollowUpEligibility {
  const code = DenunciationErrorCode.InputInvalid;
  throwIfViolated(
    isValidLocalDate(filedOn) ? null : violation(code, 'filedOn', 'dateInvalid'),
    first.resolutionDueOn === null || isValidLocalDate(first.resolutionDueOn)
      ? null
      : violation(code, 'first.resolutionDueOn', 'dateInvalid'),
  );
  if (RESOLVED.has(first.status)) return allowed(FollowUpBasis.UnlawfulResolution); // Đ37
  if (NOT_YET.has(first.status)) return refused(FollowUpRefusal.NotYetDue);
  if (!UNDER_WAY.has(first.status)) return refused(FollowUpRefusal.NoResolution);
  const due = first.resolutionDueOn;
  return due !== null && compareLocalDates(filedOn, due) > 0
    ? allowed(FollowUpBasis.Overdue) // Đ38: quá thời hạn mà tố cáo chưa được giải quyết
    : refused(FollowUpRefusal.NotYetDue);
}

/** The 409 DENUNCIATION_FOLLOW_UP_NOT_ALLOWED of a refusal; null when allowed. */
export function followUpViolation(e: FollowUpEligibility): DenunciationViolation | null {
  if (e.allowed || e.refusal === null) return null;
  const rule =
    e.refusal === FollowUpRefusal.NotYetDue ? 'followUpNotYetDue' : 'followUpNoResolution';
  return violation(DenunciationErrorCode.FollowUpNotAllowed, 'firstResolution', rule);
}
