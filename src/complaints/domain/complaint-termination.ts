import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';

/** Why a complaint proceeding was terminated (đình chỉ giải quyết khiếu nại; DOMAIN §4.6). */
export enum ComplaintTerminationCause {
  /** Luật KN 2011 Đ10: the complainant withdrew in writing (only through the withdraw action). */
  Withdrawn = 'withdrawn',
  /** The complainant died and nobody inherits the rights and duties at stake [M]. */
  ComplainantDied = 'complainant_died',
  /** The complaining organisation was dissolved or went bankrupt without a successor [M]. */
  OrganisationDissolved = 'organisation_dissolved',
  /** Luật KN 2011 Đ11 k9: the court accepted the matter (after a lawsuit was recorded). */
  CourtAccepted = 'court_accepted',
  /** A ground of Luật KN 2011 Đ11 found after acceptance [M]. */
  RefusalGroundFound = 'refusal_ground_found',
}

export const COMPLAINT_TERMINATION_CAUSES: readonly ComplaintTerminationCause[] =
  Object.values(ComplaintTerminationCause);

/** Luật 136/2025/QH15 in force: withdrawn content is not reconsidered unless coerced. */
export const WITHDRAWAL_FINAL_FROM: LocalDate = '2026-07-01';

export interface ComplaintTermination {
  cause: ComplaintTerminationCause;
  on: LocalDate;
  /**
   * Withdrawals only: may the withdrawn content be complained about again? null for other causes.
   * Before 1/7/2026 the law did not bar it; from then on only a coerced withdrawal is reconsidered.
   */
  reconsiderable: boolean | null;
}

/** Luật 136/2025/QH15 (from 1/7/2026): nội dung đã rút không được xem xét lại, trừ bị ép buộc. */
export function isWithdrawnContentReconsiderable(
  withdrawnOn: LocalDate,
  coerced: boolean,
): boolean {
  if (compareLocalDates(withdrawnOn, WITHDRAWAL_FINAL_FROM) < 0) {
    return true; // Luật KN 2011 Đ10: rút khiếu nại; no bar on complaining again within the time limit
  }
  return coerced; // Luật 136/2025/QH15: rút do bị đe dọa, ép buộc → still reconsidered
}
