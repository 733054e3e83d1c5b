import { ContentType } from '../../cases/domain/case-enums';
import { compareLocalDates } from '../../legal/domain/local-date';
import { assessEligibility, type EligibilityAnswers } from './eligibility';
import { outcomeProblem, type OutcomeFacts } from './outcome-rules';
import type {
  CheckExtensionGround,
  HandlingOutcome,
  NotAcceptableGround,
  ResolutionStatus,
  SignatoryKind,
} from './petition-enums';
import { PetitionErrorCode as E, type PetitionViolation, violation } from './petition-errors';
import { outcomeOfAction, PetitionAction as A } from './petition-status';

/** The petition as a handling action sees it. */
export interface HandledPetition extends OutcomeFacts {
  receivedOn: string;
  signatoryKind: SignatoryKind;
  checkExtended: boolean;
  /** The outcome recorded so far (null before the petition is handled). */
  outcome: HandlingOutcome | null;
  /** The day the petition was handled (its first outcome), null before. */
  handledOn: string | null;
}

/** The details of the request (already checked for shape and presence). */
export interface HandlingRequest {
  action: A;
  today: string;
  items?: EligibilityAnswers;
  inCompetence?: boolean;
  resolutionStatus?: ResolutionStatus;
  body?: string;
  ground?: NotAcceptableGround;
  denouncerNotifiedOn?: string;
  /** extend_check: the ground of Luật TC 2018 Điều 24(1). */
  extensionGround?: CheckExtensionGround;
  replyOn?: string;
  note?: string;
}

/** Column changes (snake_case) besides the status; deadlines are recomputed by the caller. */
export type HandlingChanges = Record<string, unknown>;

export type HandlingResult =
  { ok: true; set: HandlingChanges } | { ok: false; v: PetitionViolation };

const fail = (v: PetitionViolation): HandlingResult => ({ ok: false, v });

/** TT 05/2021: the conditions are recorded item by item, with competence and resolution status. */
function checkChanges(p: HandledPetition, r: HandlingRequest): HandlingResult {
  const answers = r.items ?? {};
  const assessed = assessEligibility(p.type, p.signatoryKind, answers);
  const missing = assessed.missing[0];
  if (missing) return fail(violation(E.Invalid, `items.${missing}`, 'checkItemsMissing'));
  const items = Object.fromEntries(assessed.required.map((i) => [i, answers[i] === true]));
  return {
    ok: true,
    set: {
      eligibility: items,
      is_eligible: assessed.eligible,
      is_in_competence: r.inCompetence ?? null,
      resolution_status: r.resolutionStatus ?? null,
      outcome_note: r.note ?? null,
    },
  };
}

/**
 * Luật TC 2018 Điều 24(1): the 7 working days of the preliminary check of a denunciation extend
 * once, to 10, when checks are needed at several places or must be delegated (the ground).
 */
function extensionChanges(p: HandledPetition, r: HandlingRequest): HandlingResult {
  if (p.type !== ContentType.Denunciation) {
    return fail(violation(E.OutcomeNotAllowed, 'action', 'extensionNotForType'));
  }
  if (p.checkExtended) return fail(violation(E.OutcomeNotAllowed, 'action', 'extensionUsed'));
  if (r.extensionGround === undefined) {
    return fail(violation(E.Invalid, 'ground', 'extensionGroundRequired'));
  }
  return { ok: true, set: { check_extended: true } };
}

/**
 * Pure: whether `outcome` repeats the one the petition was already handled with. Only an urging
 * (đôn đốc) may be repeated (domain/petition-status.ts: `urged` → `urge`): the matter is still a
 * subordinate's and still pending, so another letter goes out.
 */
export function repeatsOutcome(
  p: Pick<HandledPetition, 'outcome' | 'handledOn'>,
  outcome: HandlingOutcome,
): boolean {
  return p.outcome === outcome && p.handledOn !== null;
}

/**
 * Pure: the day the petition counts as handled (xử lý đơn) once `outcome` is recorded on `today`.
 * TT 05/2021/TT-TTCP: a petition is handled once, within its D1 period, and the forms 01–04/XLD
 * count it as handled ("số đơn đã xử lý", the result columns) in the period of that day (DOMAIN
 * §3.5, §7.2). A later urging letter follows up a handling already done: it is a step of its own
 * in the history (its own date, its own letter) but leaves the handling day where it was —
 * otherwise the petition would leave the period it was handled in and be counted again later.
 */
export function handlingDayOf(
  p: Pick<HandledPetition, 'outcome' | 'handledOn'>,
  outcome: HandlingOutcome,
  today: string,
): string {
  return repeatsOutcome(p, outcome) ? (p.handledOn as string) : today;
}

function outcomeChanges(p: HandledPetition, r: HandlingRequest): HandlingResult {
  const outcome = outcomeOfAction(r.action);
  if (outcome === null) return { ok: true, set: {} };
  const problem = outcomeProblem(outcome, p);
  if (problem) return fail(violation(E.OutcomeNotAllowed, 'action', problem));
  const notified = r.denouncerNotifiedOn;
  const outOfRange =
    notified !== undefined &&
    (compareLocalDates(notified, p.receivedOn) < 0 || compareLocalDates(notified, r.today) > 0);
  if (outOfRange) {
    return fail(violation(E.Invalid, 'denouncerNotifiedOn', 'notifiedBeforeReceipt'));
  }
  return {
    ok: true,
    set: {
      outcome,
      handled_on: handlingDayOf(p, outcome, r.today),
      outcome_body: r.body ?? null,
      not_acceptable_ground: r.ground ?? null,
      outcome_note: r.note ?? null,
      denouncer_notified_on: notified ?? null,
    },
  };
}

/** A reply is dated between the petition's receipt and today (it has been received). */
function replyChanges(p: HandledPetition, r: HandlingRequest): HandlingResult {
  if (r.replyOn !== undefined && compareLocalDates(r.replyOn, p.receivedOn) < 0) {
    return fail(violation(E.Invalid, 'reply.replyOn', 'replyBeforeReceipt'));
  }
  if (r.replyOn !== undefined && compareLocalDates(r.replyOn, r.today) > 0) {
    return fail(violation(E.Invalid, 'reply.replyOn', 'replyInFuture'));
  }
  return { ok: true, set: {} };
}

/** Pure: what an action changes on the petition, or the rule it breaks (400 / 409). */
export function handlingChanges(p: HandledPetition, r: HandlingRequest): HandlingResult {
  switch (r.action) {
    case A.Check:
      return checkChanges(p, r);
    case A.ExtendCheck:
      return extensionChanges(p, r);
    case A.RecordReply:
      return replyChanges(p, r);
    default:
      return outcomeChanges(p, r);
  }
}
