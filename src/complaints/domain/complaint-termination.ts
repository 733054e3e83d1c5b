import { type LegalRuleVersion, selectRuleVersion } from '../../legal/domain/legal-rule';
import { WITHDRAWAL_FINALITY_RULE_KEY } from '../../legal/domain/legal-rules-kn136.seed';
import type { LocalDate } from '../../legal/domain/local-date';

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

export { WITHDRAWAL_FINALITY_RULE_KEY };

export interface ComplaintTermination {
  cause: ComplaintTerminationCause;
  on: LocalDate;
  /**
   * Withdrawals only: may the withdrawn content be complained about again? null for other causes.
   * Before rule W1 (Luật 136/2025/QH15, 1/7/2026) the law did not bar it; under W1 only a coerced
   * withdrawal is reconsidered.
   */
  reconsiderable: boolean | null;
}

/**
 * Luật 136/2025/QH15: is rule W1 ("nội dung đã rút không được xem xét lại") in force on the day of
 * the withdrawal? Read from the legal_rule versions (seeded from 1/7/2026), never from a constant.
 */
export function isWithdrawalFinalOn(
  rules: readonly LegalRuleVersion[],
  withdrawnOn: LocalDate,
): boolean {
  return selectRuleVersion(rules, WITHDRAWAL_FINALITY_RULE_KEY, withdrawnOn) !== null;
}

/** Luật 136/2025/QH15 (from 1/7/2026): nội dung đã rút không được xem xét lại, trừ bị ép buộc. */
export function isWithdrawnContentReconsiderable(
  finalRuleInForce: boolean,
  coerced: boolean,
): boolean {
  if (!finalRuleInForce) {
    return true; // Luật KN 2011 Đ10: rút khiếu nại; no bar on complaining again within the time limit
  }
  return coerced; // Luật 136/2025/QH15: rút do bị đe dọa, ép buộc → still reconsidered
}

/** A withdrawal recorded in the case of a complaint being accepted. */
export interface PriorWithdrawal {
  complaintId: string;
  withdrawnOn: LocalDate;
  /** As judged and stored at the withdrawal (`withdrawal_reconsiderable`). */
  reconsiderable: boolean | null;
}

/**
 * Luật 136/2025/QH15: the first earlier withdrawal in the case whose content may not be
 * reconsidered — unless the new complaint records that that withdrawal was coerced (threat,
 * coercion found after the fact). null: nothing bars the acceptance.
 */
export function finalWithdrawalBarring(
  withdrawals: readonly PriorWithdrawal[],
  coercionClaimed: boolean,
): PriorWithdrawal | null {
  if (coercionClaimed) return null; // Luật 136/2025/QH15: trừ trường hợp bị đe dọa, ép buộc
  return withdrawals.find((w) => w.reconsiderable === false) ?? null;
}
