import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import { CHECKED_GROUNDS, type CheckedGround, evaluateAcceptance } from './complaint-acceptance';
import {
  ComplaintAction as A,
  type ComplaintContext,
  ComplaintRound,
  type ComplaintState,
  ComplaintStatus as S,
  nextComplaintStatus,
} from './complaint-status';
import { LEGAL_RULE_KN_136 } from '../../legal/domain/legal-rules-kn136.seed';
import { ComplaintTerminationCause as Cause, isWithdrawalFinalOn } from './complaint-termination';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2025, 2026].flatMap(defaultCalendarForYear)),
};

/** A round-1 checklist evaluation where exactly `applies` hold. */
function evaluation(applies: readonly string[]) {
  const grounds = Object.fromEntries(CHECKED_GROUNDS.map((g) => [g, applies.includes(g)]));
  return evaluateAcceptance({
    ...source,
    grounds: grounds as Record<CheckedGround, boolean>,
    receivedOn: '2026-01-05',
    decisionKnownOn: '2025-12-01',
    today: '2026-01-06',
  });
}

function at(status: S, round = ComplaintRound.First, resumeTo: S | null = null): ComplaintState {
  return { status, round, resumeTo };
}

function refusal(state: ComplaintState, action: A, context: ComplaintContext) {
  try {
    nextComplaintStatus(state, action, context);
  } catch (error) {
    const e = error as { httpStatus: number; code: string; errors: { field: string }[] };
    return { status: e.httpStatus, code: e.code, fields: e.errors.map((x) => x.field) };
  }
  throw new Error('expected a refusal');
}

const next = (state: ComplaintState, action: A, context: ComplaintContext = {}) =>
  nextComplaintStatus(state, action, context);

describe('acceptance needs the Điều 11 checklist clear (Luật Khiếu nại 2011 Điều 11, 27)', () => {
  it('refuses to accept a complaint a ground applies to, naming each ground (409)', () => {
    const acceptance = evaluation(['not_signed', 'court_seized']);
    expect(refusal(at(S.Received), A.Accept, { acceptance })).toEqual({
      status: 409,
      code: 'COMPLAINT_NOT_ACCEPTABLE',
      fields: ['grounds.not_signed', 'grounds.court_seized'],
    });
  });

  it('refuses a notice of non-acceptance when no ground applies (409)', () => {
    expect(refusal(at(S.Received), A.RefuseAcceptance, { acceptance: evaluation([]) })).toEqual({
      status: 409,
      code: 'COMPLAINT_REFUSAL_WITHOUT_GROUND',
      fields: ['acceptance'],
    });
  });

  it('needs the evaluation itself, and one made for the same round (400)', () => {
    expect(refusal(at(S.Received), A.Accept, {})).toMatchObject({
      status: 400,
      code: 'COMPLAINT_INPUT_INVALID',
      fields: ['acceptance'],
    });
    const round2 = at(S.Received, ComplaintRound.Second);
    expect(refusal(round2, A.Accept, { acceptance: evaluation([]) }).fields).toEqual([
      'acceptance.round',
    ]);
  });
});

describe('dialogue: round 1 only when demands and verification differ, round 2 always (Luật KN Điều 30, 39)', () => {
  const report = { hasVerificationReport: true };

  it('round 1, demands differ: drafting before a dialogue is refused, the dialogue is held', () => {
    const ctx = { ...report, demandsDifferFromVerification: true };
    expect(refusal(at(S.Verifying), A.StartDrafting, ctx).code).toBe('COMPLAINT_DIALOGUE_REQUIRED');
    expect(next(at(S.Verifying), A.HoldDialogue, ctx).state.status).toBe(S.Dialogue);
    expect(next(at(S.Dialogue), A.StartDrafting, ctx).state.status).toBe(S.Drafting);
  });

  it('round 1, no difference: no dialogue, straight to drafting', () => {
    const ctx = { ...report, demandsDifferFromVerification: false };
    expect(refusal(at(S.Verifying), A.HoldDialogue, ctx).code).toBe(
      'COMPLAINT_DIALOGUE_NOT_REQUIRED',
    );
    expect(next(at(S.Verifying), A.StartDrafting, ctx).state.status).toBe(S.Drafting);
  });

  it('round 1 must say whether demands and verification differ (400)', () => {
    expect(refusal(at(S.Verifying), A.StartDrafting, report)).toMatchObject({
      status: 400,
      fields: ['demandsDifferFromVerification'],
    });
  });

  it('round 2: drafting needs a dialogue first, whatever the demands', () => {
    const r2 = at(S.Verifying, ComplaintRound.Second);
    const ctx = { ...report, demandsDifferFromVerification: false };
    expect(refusal(r2, A.StartDrafting, ctx).code).toBe('COMPLAINT_DIALOGUE_REQUIRED');
    expect(next(r2, A.HoldDialogue, report).state.status).toBe(S.Dialogue);
  });

  it('round 2: deciding needs a dialogue held', () => {
    const r2 = at(S.Drafting, ComplaintRound.Second);
    expect(refusal(r2, A.Decide, report).code).toBe('COMPLAINT_DIALOGUE_REQUIRED');
    expect(next(r2, A.Decide, { ...report, dialogueHeld: true }).state.status).toBe(S.Decided);
  });

  it('a dialogue discusses the verification result: it needs the report', () => {
    const ctx = { demandsDifferFromVerification: true };
    expect(refusal(at(S.Verifying), A.HoldDialogue, ctx).code).toBe(
      'COMPLAINT_VERIFICATION_REPORT_REQUIRED',
    );
  });
});

describe('deciding needs a verification report (Luật KN Điều 29, 31)', () => {
  it.each([
    [{}, 'COMPLAINT_VERIFICATION_REPORT_REQUIRED'],
    [{ hasVerificationReport: false }, 'COMPLAINT_VERIFICATION_REPORT_REQUIRED'],
    [
      { hasVerificationReport: true, demandsDifferFromVerification: true },
      'COMPLAINT_DIALOGUE_REQUIRED',
    ],
  ])('context %j → %s (409)', (context, code) => {
    expect(refusal(at(S.Drafting), A.Decide, context)).toMatchObject({ status: 409, code });
  });
});

describe('legal effect after D9 unless challenged (Luật KN Điều 44)', () => {
  it.each([
    [null, '2026-05-01', 'COMPLAINT_LEGAL_EFFECT_BLOCKED'],
    ['2026-04-02', '2026-04-01', 'COMPLAINT_NOT_YET_EFFECTIVE'],
  ])('effective on %s, today %s → %s', (effectiveOn, today, code) => {
    const context = { legalEffect: { effectiveOn, today } };
    expect(refusal(at(S.Decided), A.TakeLegalEffect, context)).toMatchObject({ status: 409, code });
  });

  it('takes effect on the effective day itself', () => {
    const context = { legalEffect: { effectiveOn: '2026-04-02', today: '2026-04-02' } };
    expect(next(at(S.Decided), A.TakeLegalEffect, context).state.status).toBe(S.LegallyEffective);
  });
});

describe('withdrawal in writing terminates; from 1/7/2026 not reconsidered unless coerced (Luật KN Điều 10; Luật 136/2025/QH15)', () => {
  it.each([
    ['2026-06-30', false, true],
    ['2026-07-01', false, false],
    ['2026-09-15', true, true],
  ])('withdrawn on %s (coerced: %s) → reconsiderable %s', (on, coerced, reconsiderable) => {
    const finalRuleInForce = isWithdrawalFinalOn(LEGAL_RULE_KN_136, on);
    const result = next(at(S.Verifying), A.Withdraw, {
      withdrawal: { on, inWriting: true, coerced, finalRuleInForce },
    });
    expect(result.state).toEqual(at(S.Terminated));
    expect(result.termination).toEqual({ cause: Cause.Withdrawn, on, reconsiderable });
  });

  it('refuses an oral withdrawal that was not put in writing (400, withdrawal.inWriting)', () => {
    const context = { withdrawal: { on: '2026-03-10', inWriting: false } };
    expect(refusal(at(S.Accepted), A.Withdraw, context)).toEqual({
      status: 400,
      code: 'COMPLAINT_INPUT_INVALID',
      fields: ['withdrawal.inWriting'],
    });
  });
});

describe('suspension stops the clock and resumes to the previous status (Luật 136/2025/QH15; Product decision 9)', () => {
  it.each([S.Accepted, S.Verifying, S.Dialogue, S.Drafting])(
    'suspended from %s, resumed to it',
    (s) => {
      const suspended = next(at(s), A.Suspend).state;
      expect(suspended).toEqual(at(S.Suspended, ComplaintRound.First, s));
      expect(next(suspended, A.Resume).state).toEqual(at(s));
    },
  );

  it('a suspended proceeding without a resume status cannot resume (409)', () => {
    expect(refusal(at(S.Suspended), A.Resume, {}).code).toBe('COMPLAINT_INVALID_TRANSITION');
  });
});

describe('lawsuit and round 2 (Luật KN Điều 7, 11 khoản 9, 33)', () => {
  const courtAccepted = { termination: { on: '2026-03-20', cause: Cause.CourtAccepted } };

  it('a lawsuit during verification: the court accepted it → terminated; returned → verifying again', () => {
    const inCourt = next(at(S.Verifying), A.RecordLawsuit).state;
    expect(inCourt).toEqual(at(S.InCourt, ComplaintRound.First, S.Verifying));
    expect(next(inCourt, A.Terminate, courtAccepted).termination).toEqual({
      ...courtAccepted.termination,
      reconsiderable: null,
    });
    expect(next(inCourt, A.DropChallenge).state).toEqual(at(S.Verifying));
  });

  it('in court, termination must give the court as the cause (400)', () => {
    const inCourt = at(S.InCourt, ComplaintRound.First, S.Verifying);
    const context = { termination: { on: '2026-03-20', cause: Cause.ComplainantDied } };
    expect(refusal(inCourt, A.Terminate, context).fields).toEqual(['termination.cause']);
  });

  it('a decided complaint sued in court is closed after the judgment, never terminated', () => {
    const inCourt = next(at(S.Decided), A.RecordLawsuit).state;
    expect(refusal(inCourt, A.Terminate, courtAccepted).code).toBe('COMPLAINT_INVALID_TRANSITION');
    expect(next(inCourt, A.Close).state.status).toBe(S.Closed);
    const undecided = at(S.InCourt, ComplaintRound.First, S.Drafting);
    expect(refusal(undecided, A.Close, {}).code).toBe('COMPLAINT_INVALID_TRANSITION');
  });

  it('round 1 escalates to round 2 and comes back when round 2 is not accepted', () => {
    const escalated = next(at(S.Decided), A.RecordSecondRound).state;
    expect(escalated).toEqual(at(S.Escalated, ComplaintRound.First, S.Decided));
    expect(next(escalated, A.DropChallenge).state).toEqual(at(S.Decided));
  });

  it('there is no third round: a round-2 decision cannot be escalated (409)', () => {
    const r2 = at(S.Decided, ComplaintRound.Second);
    expect(refusal(r2, A.RecordSecondRound, {})).toEqual({
      status: 409,
      code: 'COMPLAINT_INVALID_TRANSITION',
      fields: ['round'],
    });
  });
});

describe('termination for other causes (Luật KN Điều 10, 11; NĐ 124/2020)', () => {
  it('refuses withdrawn as a cause of terminate: withdrawals go through withdraw (400)', () => {
    const context = { termination: { on: '2026-03-10', cause: Cause.Withdrawn } };
    expect(refusal(at(S.Verifying), A.Terminate, context).fields).toEqual(['termination.cause']);
  });

  it('refuses an unknown cause and a bad date (400)', () => {
    const unknown = { termination: { on: '2026-03-10', cause: 'bored' as Cause } };
    expect(refusal(at(S.Verifying), A.Terminate, unknown).fields).toEqual(['termination.cause']);
    const badDate = { termination: { on: '2026-02-30', cause: Cause.ComplainantDied } };
    expect(refusal(at(S.Verifying), A.Terminate, badDate).fields).toEqual(['termination.on']);
  });
});
