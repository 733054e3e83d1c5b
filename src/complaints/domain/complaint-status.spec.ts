import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  CHECKED_GROUNDS,
  type CheckedGround,
  type ComplaintAcceptanceEvaluation,
  evaluateAcceptance,
} from './complaint-acceptance';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_STATUSES,
  ComplaintAction,
  type ComplaintContext,
  ComplaintRound,
  type ComplaintState,
  ComplaintStatus,
  complaintTarget,
  nextComplaintStatus,
} from './complaint-status';
import { ComplaintTerminationCause } from './complaint-termination';

const S = ComplaintStatus;
const A = ComplaintAction;
const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2025, 2026].flatMap(defaultCalendarForYear)),
};

function evaluation(applies: readonly string[] = []): ComplaintAcceptanceEvaluation {
  const grounds = Object.fromEntries(CHECKED_GROUNDS.map((g) => [g, applies.includes(g)]));
  return evaluateAcceptance({
    ...source,
    grounds: grounds as Record<CheckedGround, boolean>,
    receivedOn: '2026-01-05',
    decisionKnownOn: '2025-12-01',
    today: '2026-01-06',
  });
}

const ACCEPTABLE = evaluation();
const NOT_SIGNED = evaluation(['not_signed']);

/** Every allowed (status, action) → status of the tables, written out from DOMAIN §4.3. */
const ALLOWED: [ComplaintStatus, ComplaintAction, ComplaintStatus][] = [
  [S.Received, A.Accept, S.Accepted],
  [S.Received, A.RefuseAcceptance, S.NotAccepted],
  [S.Received, A.Withdraw, S.Terminated],
  ...[S.Accepted, S.Verifying, S.Dialogue, S.Drafting].flatMap(
    (s): [ComplaintStatus, ComplaintAction, ComplaintStatus][] => [
      [s, A.Suspend, S.Suspended],
      [s, A.Withdraw, S.Terminated],
      [s, A.Terminate, S.Terminated],
      [s, A.RecordLawsuit, S.InCourt],
    ],
  ),
  [S.Accepted, A.AssignVerification, S.Verifying],
  [S.Verifying, A.RecordVerificationReport, S.Verifying],
  [S.Verifying, A.HoldDialogue, S.Dialogue],
  [S.Verifying, A.StartDrafting, S.Drafting],
  [S.Dialogue, A.HoldDialogue, S.Dialogue],
  [S.Dialogue, A.StartDrafting, S.Drafting],
  [S.Drafting, A.Decide, S.Decided],
  [S.Decided, A.TakeLegalEffect, S.LegallyEffective],
  [S.Decided, A.RecordSecondRound, S.Escalated],
  [S.Decided, A.RecordLawsuit, S.InCourt],
  [S.LegallyEffective, A.Close, S.Closed],
  [S.Suspended, A.Resume, S.Verifying], // back to resumeTo (the status before the suspension)
  [S.Suspended, A.Withdraw, S.Terminated],
  [S.Suspended, A.Terminate, S.Terminated],
  [S.Escalated, A.Close, S.Closed],
  [S.Escalated, A.DropChallenge, S.Decided], // back to resumeTo
  [S.InCourt, A.Terminate, S.Terminated],
  [S.InCourt, A.Close, S.Closed],
  [S.InCourt, A.DropChallenge, S.Verifying], // back to resumeTo
];

/** The side states remember where they came from; in court, `close` needs a decided matter. */
function stateFor(status: ComplaintStatus, action: ComplaintAction): ComplaintState {
  const resumeTo: Partial<Record<ComplaintStatus, ComplaintStatus>> = {
    [S.Suspended]: S.Verifying,
    [S.Escalated]: S.Decided,
    [S.InCourt]: action === A.Close ? S.Decided : S.Verifying,
  };
  return { status, round: ComplaintRound.First, resumeTo: resumeTo[status] ?? null };
}

/** A context that satisfies every guard of the action (so only the tables decide). */
function contextFor(action: ComplaintAction): ComplaintContext {
  const contexts: Partial<Record<ComplaintAction, ComplaintContext>> = {
    [A.Accept]: { acceptance: ACCEPTABLE },
    [A.RefuseAcceptance]: { acceptance: NOT_SIGNED },
    [A.HoldDialogue]: { hasVerificationReport: true, demandsDifferFromVerification: true },
    [A.StartDrafting]: { hasVerificationReport: true, demandsDifferFromVerification: false },
    [A.Decide]: { hasVerificationReport: true, dialogueHeld: true },
    [A.TakeLegalEffect]: { legalEffect: { effectiveOn: '2026-04-02', today: '2026-04-02' } },
    [A.Withdraw]: { withdrawal: { on: '2026-03-10', inWriting: true } },
    [A.Terminate]: {
      termination: { on: '2026-03-10', cause: ComplaintTerminationCause.CourtAccepted },
    },
  };
  return contexts[action] ?? {};
}

describe('complaint state machine: every (status, action) pair (DOMAIN §4.3; Luật Khiếu nại 2011 Điều 7–44)', () => {
  const pairs = COMPLAINT_STATUSES.flatMap((s) => COMPLAINT_ACTIONS.map((a) => [s, a] as const));

  it(`covers ${COMPLAINT_STATUSES.length} statuses × ${COMPLAINT_ACTIONS.length} actions`, () => {
    expect(pairs).toHaveLength(13 * 16);
  });

  it.each(pairs)('from %s, action %s', (status, action) => {
    const allowed = ALLOWED.find(([s, a]) => s === status && a === action);
    const state = stateFor(status, action);
    expect(complaintTarget(state, action)).toBe(allowed ? allowed[2] : null);
    if (allowed) {
      expect(nextComplaintStatus(state, action, contextFor(action)).state.status).toBe(allowed[2]);
    } else {
      expect(() => nextComplaintStatus(state, action, contextFor(action))).toThrow(
        expect.objectContaining({
          httpStatus: 409,
          code: 'COMPLAINT_INVALID_TRANSITION',
          details: { status, action },
        }),
      );
    }
  });

  it('names the action and the status in Vietnamese when refusing', () => {
    const state = stateFor(S.NotAccepted, A.Accept);
    expect(() => nextComplaintStatus(state, A.Accept, contextFor(A.Accept))).toThrow(
      'Không thể thụ lý khi vụ việc khiếu nại đang ở trạng thái «Không thụ lý»',
    );
  });

  it('not accepted, terminated and closed are final', () => {
    for (const status of [S.NotAccepted, S.Terminated, S.Closed]) {
      expect(COMPLAINT_ACTIONS.filter((a) => complaintTarget(stateFor(status, a), a))).toEqual([]);
    }
  });
});

describe('a round-1 complaint decided on time, step by step (Luật KN Điều 27–31, 44)', () => {
  it('goes received → accepted → verifying → drafting → decided → legally effective → closed', () => {
    const steps: [ComplaintAction, ComplaintContext, ComplaintStatus][] = [
      [A.Accept, { acceptance: ACCEPTABLE }, S.Accepted],
      [A.AssignVerification, {}, S.Verifying],
      [A.RecordVerificationReport, {}, S.Verifying],
      [A.StartDrafting, contextFor(A.StartDrafting), S.Drafting],
      [A.Decide, { hasVerificationReport: true, demandsDifferFromVerification: false }, S.Decided],
      [A.TakeLegalEffect, contextFor(A.TakeLegalEffect), S.LegallyEffective],
      [A.Close, {}, S.Closed],
    ];
    let state: ComplaintState = { status: S.Received, round: ComplaintRound.First, resumeTo: null };
    for (const [action, context, expected] of steps) {
      state = nextComplaintStatus(state, action, context).state;
      expect(state).toEqual({ status: expected, round: ComplaintRound.First, resumeTo: null });
    }
  });

  it('records whether the acceptance is within D4 (Điều 27)', () => {
    const state: ComplaintState = {
      status: S.Received,
      round: ComplaintRound.First,
      resumeTo: null,
    };
    const result = nextComplaintStatus(state, A.Accept, { acceptance: ACCEPTABLE });
    expect(result.acceptanceTimeliness).toBe('on_time');
    expect(result.termination).toBeNull();
  });
});
