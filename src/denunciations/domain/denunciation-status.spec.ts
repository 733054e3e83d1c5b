import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  BASE_CONDITIONS,
  type BaseCondition,
  type DenunciationAcceptanceEvaluation,
  evaluateDenunciationAcceptance,
} from './denunciation-acceptance';
import {
  DENUNCIATION_ACTIONS,
  DENUNCIATION_STATUSES,
  DenunciationAction,
  DenunciationComplexity,
  type DenunciationContext,
  DenunciationKind,
  type DenunciationState,
  DenunciationStatus,
  denunciationTarget,
  nextDenunciationStatus,
} from './denunciation-status';
import { DenunciationTerminationCause } from './denunciation-withdrawal';

const S = DenunciationStatus;
const A = DenunciationAction;
const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2026].flatMap(defaultCalendarForYear)),
};

function evaluation(failing: readonly string[] = []): DenunciationAcceptanceEvaluation {
  const conditions = Object.fromEntries(BASE_CONDITIONS.map((c) => [c, !failing.includes(c)]));
  return evaluateDenunciationAcceptance({
    ...source,
    conditions: conditions as Record<BaseCondition, boolean>,
    receivedOn: '2026-03-02',
    today: '2026-03-05',
  });
}

/** Every allowed (status, action) → status of the tables, written out from DOMAIN §5.3. */
const ALLOWED: [DenunciationStatus, DenunciationAction, DenunciationStatus][] = [
  [S.Received, A.StartPrelimCheck, S.PrelimCheck],
  [S.Received, A.Withdraw, S.Terminated],
  [S.PrelimCheck, A.ExtendPrelimCheck, S.PrelimCheck],
  [S.PrelimCheck, A.Accept, S.Accepted],
  [S.PrelimCheck, A.RefuseAcceptance, S.NotAccepted],
  [S.PrelimCheck, A.Transfer, S.Transferred],
  [S.PrelimCheck, A.MarkAnonymous, S.AnonymousNotProcessed],
  [S.PrelimCheck, A.Withdraw, S.Terminated],
  ...[S.Accepted, S.Verifying, S.Extended1, S.Extended2, S.Suspended].flatMap(
    (s): [DenunciationStatus, DenunciationAction, DenunciationStatus][] => [
      [s, A.Withdraw, S.Terminated],
      [s, A.Terminate, S.Terminated],
    ],
  ),
  ...[S.Accepted, S.Verifying, S.Extended1, S.Extended2].map(
    (s): [DenunciationStatus, DenunciationAction, DenunciationStatus] => [
      s,
      A.Suspend,
      S.Suspended,
    ],
  ),
  [S.Accepted, A.AssignVerification, S.Verifying],
  [S.Verifying, A.RecordVerificationReport, S.Verifying],
  [S.Verifying, A.Extend, S.Extended1],
  [S.Verifying, A.Conclude, S.Concluded],
  [S.Extended1, A.RecordVerificationReport, S.Extended1],
  [S.Extended1, A.Extend, S.Extended2],
  [S.Extended1, A.Conclude, S.Concluded],
  [S.Extended2, A.RecordVerificationReport, S.Extended2],
  [S.Extended2, A.Conclude, S.Concluded],
  [S.Suspended, A.Resume, S.Verifying], // back to resumeTo
  [S.Concluded, A.Handle, S.Handled],
  [S.Handled, A.Close, S.Closed],
];

function stateFor(status: DenunciationStatus): DenunciationState {
  const resumeTo = status === S.Suspended ? S.Verifying : null;
  return { status, kind: DenunciationKind.First, resumeTo, prelimExtended: false };
}

/** A context that satisfies every guard of the action (so only the tables decide). */
function contextFor(action: DenunciationAction): DenunciationContext {
  const contexts: Partial<Record<DenunciationAction, DenunciationContext>> = {
    [A.Accept]: { acceptance: evaluation() },
    [A.RefuseAcceptance]: { acceptance: evaluation(['identifiable_violation']) },
    [A.Transfer]: { acceptance: evaluation(['within_competence']) },
    [A.MarkAnonymous]: { anonymity: { denouncerIdentified: false, specificInformation: true } },
    [A.Extend]: {
      extension: {
        decidedOn: '2026-03-30',
        reason: 'Cần xác minh tại nhiều cơ quan',
        currentDueOn: '2026-04-01',
        complexity: DenunciationComplexity.EspeciallyComplex,
      },
    },
    [A.Conclude]: { hasVerificationReport: true },
    [A.Withdraw]: {
      withdrawal: {
        on: '2026-03-10',
        inWriting: true,
        entire: true,
        signsOfViolation: false,
        coerced: false,
      },
    },
    [A.Terminate]: {
      termination: { on: '2026-03-10', cause: DenunciationTerminationCause.AccusedDied },
    },
  };
  return contexts[action] ?? {};
}

describe('denunciation state machine: every (status, action) pair (DOMAIN §5.3; Luật Tố cáo 2018 Điều 24–38)', () => {
  const pairs = DENUNCIATION_STATUSES.flatMap((s) =>
    DENUNCIATION_ACTIONS.map((a) => [s, a] as const),
  );

  it(`covers ${DENUNCIATION_STATUSES.length} statuses × ${DENUNCIATION_ACTIONS.length} actions`, () => {
    expect(pairs).toHaveLength(14 * 16);
  });

  it.each(pairs)('from %s, action %s', (status, action) => {
    const allowed = ALLOWED.find(([s, a]) => s === status && a === action);
    const state = stateFor(status);
    expect(denunciationTarget(state, action)).toBe(allowed ? allowed[2] : null);
    if (allowed) {
      const result = nextDenunciationStatus(state, action, contextFor(action));
      expect(result.state.status).toBe(allowed[2]);
      return;
    }
    const thirdExtension = status === S.Extended2 && action === A.Extend;
    expect(() => nextDenunciationStatus(state, action, contextFor(action))).toThrow(
      expect.objectContaining({
        httpStatus: 409,
        code: thirdExtension ? 'DENUNCIATION_EXTENSION_LIMIT' : 'DENUNCIATION_INVALID_TRANSITION',
      }),
    );
  });

  it('names the action and the status in Vietnamese when refusing', () => {
    expect(() => nextDenunciationStatus(stateFor(S.Closed), A.Conclude, {})).toThrow(
      'Không thể ban hành kết luận nội dung tố cáo khi vụ việc tố cáo đang ở trạng thái «Lưu hồ sơ»',
    );
  });

  it('not accepted, transferred, anonymous, terminated and closed are final', () => {
    const finals = [S.NotAccepted, S.Transferred, S.AnonymousNotProcessed, S.Terminated, S.Closed];
    for (const status of finals) {
      expect(DENUNCIATION_ACTIONS.filter((a) => denunciationTarget(stateFor(status), a))).toEqual(
        [],
      );
    }
  });
});

describe('an especially complex denunciation with two extensions (Luật TC 2018 Điều 29, 30, 35, 36)', () => {
  it('goes received → prelim → accepted → verifying → extended ×2 → concluded → handled → closed', () => {
    const steps: [DenunciationAction, DenunciationStatus][] = [
      [A.StartPrelimCheck, S.PrelimCheck],
      [A.Accept, S.Accepted],
      [A.AssignVerification, S.Verifying],
      [A.Extend, S.Extended1],
      [A.RecordVerificationReport, S.Extended1],
      [A.Extend, S.Extended2],
      [A.Conclude, S.Concluded],
      [A.Handle, S.Handled],
      [A.Close, S.Closed],
    ];
    let state = stateFor(S.Received);
    for (const [action, expected] of steps) {
      state = nextDenunciationStatus(state, action, contextFor(action)).state;
      expect(state.status).toBe(expected);
    }
  });

  it('records whether the acceptance is within D11 (Điều 24 khoản 1)', () => {
    const result = nextDenunciationStatus(stateFor(S.PrelimCheck), A.Accept, contextFor(A.Accept));
    expect(result.acceptanceTimeliness).toBe('on_time');
  });
});
