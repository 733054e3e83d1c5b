import { ContentType } from '../../cases/domain/case-enums';
import { type Timeliness, timelinessOf } from '../../decisions/domain/timeliness';
import { HandlingOutcome } from './petition-enums';

/** The petition as far as the timeliness of its outcome goes. */
export interface TimedOutcomeFacts {
  type: ContentType;
  outcome: HandlingOutcome | null;
  /** The day the outcome was recorded (the transfer, for a forward). */
  handledOn: string | null;
  /** D12, from the rule version in force on receipt (frozen once the petition is handled). */
  transferDueOn: string | null;
}

/** How an outcome step kept its legal period: the deadline and whether it was met. */
export interface OutcomeTimeliness {
  /** The deadline of DOMAIN §11 the step is judged against. */
  rule: 'D12';
  dueOn: string;
  timeliness: Timeliness;
}

/**
 * Pure: the timeliness of the outcome, or null where no period judges it. Luật Tố cáo 2018
 * Điều 24 khoản 2 (DOMAIN §3.5, §11 D12): a denunciation outside competence is transferred to
 * the competent body, and the denouncer notified, within 5 working days of receipt. A forward
 * after its D12 date is still recorded (the petition must reach the competent body) but is late
 * ("không đúng quy định", as the steps of the resolution modules are judged); the due date itself
 * counts as on time. The notification is dated no later than the transfer (the request is refused
 * otherwise), so the transfer's date decides.
 */
export function outcomeTimeliness(f: TimedOutcomeFacts): OutcomeTimeliness | null {
  const transfer = f.type === ContentType.Denunciation && f.outcome === HandlingOutcome.Forward;
  if (!transfer || f.handledOn === null || f.transferDueOn === null) return null;
  return {
    rule: 'D12',
    dueOn: f.transferDueOn,
    timeliness: timelinessOf(f.handledOn, f.transferDueOn),
  };
}
