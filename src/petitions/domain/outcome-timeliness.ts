import { ContentType } from '../../cases/domain/case-enums';
import { type Timeliness, timelinessOf } from '../../decisions/domain/timeliness';
import { HandlingOutcome } from './petition-enums';

/** The petition as far as the timeliness of its outcome goes. */
export interface TimedOutcomeFacts {
  type: ContentType;
  outcome: HandlingOutcome | null;
  /**
   * The day the outcome was recorded (the transfer, for a forward; the first letter, for a
   * repeated urging — domain/handling-changes.ts `handlingDayOf`).
   */
  handledOn: string | null;
  /** D1, from the rule version in force on receipt. */
  handlingDueOn: string;
  /** D11 (denunciations), with its extension once the leader granted it. */
  checkDueOn: string | null;
  /** D12 (denunciations), from the rule version in force on receipt. */
  transferDueOn: string | null;
}

/** The deadlines of DOMAIN §11 an outcome of petition handling is judged against. */
export type OutcomeDueRule = 'D1' | 'D11' | 'D12';

/** The deadline that governs an outcome: its rule and its date. */
export interface OutcomeDeadline {
  rule: OutcomeDueRule;
  dueOn: string;
}

/** How an outcome step kept its legal period: the deadline and whether it was met. */
export interface OutcomeTimeliness extends OutcomeDeadline {
  timeliness: Timeliness;
}

/**
 * Pure: the deadline the outcome of this petition is judged against (null before an outcome).
 * - A denunciation forwarded: D12. Luật Tố cáo 2018 Điều 24 khoản 2: a denunciation outside
 *   competence is transferred to the competent body, and the denouncer notified, within 5 working
 *   days of receipt.
 * - Any other outcome of a denunciation (propose acceptance, file, refer, return, urge): D11.
 *   Luật Tố cáo 2018 Điều 24 khoản 1: within 7 working days of receipt (10 when the leader
 *   extended it) the body enters, classifies and handles the denunciation at first instance and
 *   decides on acceptance (DOMAIN §5.1, §11 D11). The Law's own period governs the denunciation,
 *   not the circular's 10 days (DOMAIN §3.6: it "runs alongside" D1 and, by default, ends
 *   first); the denunciation module judges the acceptance against the same date.
 * - Every other outcome: D1. TT 05/2021/TT-TTCP: a petition is studied, classified and handled
 *   within 10 working days of receipt (DOMAIN §3.6, §11 D1).
 * A denunciation without a stored D11 or D12 (no rule in force on receipt) falls back to D1,
 * which every petition has.
 */
export function outcomeDeadline(f: TimedOutcomeFacts): OutcomeDeadline | null {
  if (f.outcome === null) return null;
  const d1: OutcomeDeadline = { rule: 'D1', dueOn: f.handlingDueOn };
  if (f.type !== ContentType.Denunciation) return d1;
  if (f.outcome === HandlingOutcome.Forward) {
    return f.transferDueOn === null ? d1 : { rule: 'D12', dueOn: f.transferDueOn };
  }
  return f.checkDueOn === null ? d1 : { rule: 'D11', dueOn: f.checkDueOn };
}

/**
 * Pure: the timeliness of the outcome, or null while none is recorded. An outcome after its
 * deadline is still recorded (the petition must still reach whoever handles it) but is late
 * ("không đúng quy định", as the steps of the resolution modules are judged); the due date itself
 * counts as on time. For a forwarded denunciation the notification is dated no later than the
 * transfer (the request is refused otherwise), so the transfer's date decides.
 */
export function outcomeTimeliness(f: TimedOutcomeFacts): OutcomeTimeliness | null {
  const deadline = outcomeDeadline(f);
  if (deadline === null || f.handledOn === null) return null;
  return { ...deadline, timeliness: timelinessOf(f.handledOn, deadline.dueOn) };
}
