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

const TC = (article: string) => `Luật Tố cáo 2018 ${article}`;
/** DOMAIN §5.3 has the verification step but names no article for it (the code cites Điều 31). */
const VERIFICATION = `DOMAIN §5.3 xác minh (no article in DOMAIN), ${TC('Điều 56 (bản lược bỏ)')}`;
type Row = [DenunciationStatus, DenunciationAction, DenunciationStatus, string];

/** Allowed: (status, action) → status, and the article that permits it (DOMAIN §5.1–5.5). */
const ALLOWED: Row[] = [
  [S.Received, A.StartPrelimCheck, S.PrelimCheck, TC('Điều 24 khoản 1 (xử lý ban đầu)')],
  [S.Received, A.Withdraw, S.Terminated, TC('Điều 33 (rút toàn bộ tố cáo)')],
  [S.PrelimCheck, A.ExtendPrelimCheck, S.PrelimCheck, TC('Điều 24 khoản 1 (đến 10 ngày làm việc)')],
  [S.PrelimCheck, A.Accept, S.Accepted, TC('Điều 29 khoản 1 (đủ điều kiện thụ lý)')],
  [S.PrelimCheck, A.RefuseAcceptance, S.NotAccepted, TC('Điều 24 khoản 1, Điều 29 (nêu lý do)')],
  [S.PrelimCheck, A.Transfer, S.Transferred, TC('Điều 24 khoản 2 (không thuộc thẩm quyền)')],
  [S.PrelimCheck, A.MarkAnonymous, S.AnonymousNotProcessed, TC('Điều 25 (tố cáo nặc danh)')],
  [S.PrelimCheck, A.Withdraw, S.Terminated, TC('Điều 33 (rút toàn bộ tố cáo)')],
  ...[S.Accepted, S.Verifying, S.Extended1, S.Extended2, S.Suspended].flatMap((s): Row[] => [
    [s, A.Withdraw, S.Terminated, TC('Điều 33 (rút toàn bộ, không có dấu hiệu vi phạm)')],
    [s, A.Terminate, S.Terminated, TC('Điều 34 (đình chỉ)')],
  ]),
  ...[S.Accepted, S.Verifying, S.Extended1, S.Extended2].map((s): Row => [
    s,
    A.Suspend,
    S.Suspended,
    TC('Điều 34 (tạm đình chỉ)'),
  ]),
  [S.Accepted, A.AssignVerification, S.Verifying, VERIFICATION],
  [S.Verifying, A.RecordVerificationReport, S.Verifying, VERIFICATION],
  [S.Verifying, A.Extend, S.Extended1, TC('Điều 30 khoản 2 (gia hạn lần 1, phức tạp)')],
  [S.Verifying, A.Conclude, S.Concluded, TC('Điều 35 (kết luận nội dung tố cáo)')],
  [S.Extended1, A.RecordVerificationReport, S.Extended1, VERIFICATION],
  [S.Extended1, A.Extend, S.Extended2, TC('Điều 30 khoản 3 (gia hạn lần 2, đặc biệt phức tạp)')],
  [S.Extended1, A.Conclude, S.Concluded, TC('Điều 35 (kết luận nội dung tố cáo)')],
  [S.Extended2, A.RecordVerificationReport, S.Extended2, VERIFICATION],
  [S.Extended2, A.Conclude, S.Concluded, TC('Điều 35 (kết luận nội dung tố cáo)')],
  [S.Suspended, A.Resume, S.Verifying, TC('Điều 34 (tiếp tục khi lý do tạm đình chỉ hết)')],
  [S.Concluded, A.NotifyResult, S.Concluded, TC('Điều 35 khoản 2 (thông báo kết quả)')],
  [S.Concluded, A.Handle, S.Handled, TC('Điều 36 (xử lý kết luận)')],
  [S.Handled, A.NotifyResult, S.Handled, TC('Điều 35 khoản 2 (thông báo kết quả)')],
  [S.Handled, A.Close, S.Closed, TC('Điều 36 (đã xử lý kết luận; lưu hồ sơ)')],
];

/** The article each action rests on, named when the tables refuse it. */
const ACTION_ARTICLE: Record<DenunciationAction, string> = {
  [A.StartPrelimCheck]: TC('Điều 24'),
  [A.ExtendPrelimCheck]: TC('Điều 24 khoản 1'),
  [A.Accept]: TC('Điều 29'),
  [A.RefuseAcceptance]: TC('Điều 24, 29'),
  [A.Transfer]: TC('Điều 24 khoản 2'),
  [A.MarkAnonymous]: TC('Điều 25'),
  [A.AssignVerification]: VERIFICATION,
  [A.RecordVerificationReport]: VERIFICATION,
  [A.Extend]: TC('Điều 30'),
  [A.Conclude]: TC('Điều 35'),
  [A.NotifyResult]: TC('Điều 35 khoản 2'),
  [A.Handle]: TC('Điều 36'),
  [A.Close]: TC('Điều 36'),
  [A.Suspend]: TC('Điều 34'),
  [A.Resume]: TC('Điều 34'),
  [A.Withdraw]: TC('Điều 33'),
  [A.Terminate]: TC('Điều 34'),
};

/** Why a status refuses what its row does not allow. */
const STATUS_REASON: Record<DenunciationStatus, string> = {
  [S.Received]: 'chưa xử lý ban đầu (Điều 24)',
  [S.PrelimCheck]: 'đang xử lý ban đầu, chưa thụ lý (Điều 24, 29)',
  [S.Accepted]: 'đã thụ lý, chưa xác minh (DOMAIN §5.3)',
  [S.NotAccepted]: 'không thụ lý là kết thúc (Điều 24 khoản 1)',
  [S.Transferred]: 'đã chuyển cơ quan có thẩm quyền (Điều 24 khoản 2)',
  [S.AnonymousNotProcessed]: 'không xử lý theo Luật Tố cáo (Điều 25)',
  [S.Verifying]: 'đang xác minh trong thời hạn (Điều 30 khoản 1)',
  [S.Extended1]: 'đã gia hạn lần 1 (Điều 30 khoản 2)',
  [S.Extended2]: 'đã gia hạn lần 2, không gia hạn thêm (Điều 30 khoản 3)',
  [S.Suspended]: 'tạm đình chỉ (Điều 34)',
  [S.Terminated]: 'đã đình chỉ là kết thúc (Điều 33, 34)',
  [S.Concluded]: 'đã có kết luận, chỉ còn thông báo và xử lý kết luận (Điều 35, 36)',
  [S.Handled]: 'đã xử lý kết luận (Điều 36)',
  [S.Closed]: 'đã lưu hồ sơ là kết thúc (Điều 36)',
};

/** The test title: the move and the article that permits it, or why it is refused. */
function titleOf(status: DenunciationStatus, action: DenunciationAction): string {
  const allowed = ALLOWED.find(([s, a]) => s === status && a === action);
  if (allowed) return `${status} + ${action} → ${allowed[2]}: ${allowed[3]}`;
  const from = ALLOWED.filter(([, a]) => a === action).map(([s]) => s);
  return `${status} + ${action} refused: ${ACTION_ARTICLE[action]} applies from ${from.join(', ')}; ${status}: ${STATUS_REASON[status]}`;
}

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
    [A.NotifyResult]: { resultNotified: false },
    [A.Close]: { resultNotified: true },
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

describe('denunciation state machine: every (status, action) pair, each with its article (DOMAIN §5)', () => {
  const pairs = DENUNCIATION_STATUSES.flatMap((s) =>
    DENUNCIATION_ACTIONS.map((a) => [titleOf(s, a), s, a] as const),
  );

  it(`covers ${DENUNCIATION_STATUSES.length} statuses × ${DENUNCIATION_ACTIONS.length} actions`, () => {
    expect(pairs).toHaveLength(14 * 17);
  });

  it.each(pairs)('%s', (_title, status, action) => {
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

  it('names a legal article (or DOMAIN’s step) for every pair', () => {
    for (const [title] of pairs) expect(title).toMatch(/Luật Tố cáo 2018 Điều \d+|DOMAIN §5\.3/);
  });

  it('cites, for a refused action, only articles its allowed moves cite', () => {
    const numbers = (text: string) =>
      [...text.matchAll(/Điều ([\d, ]+)/g)].flatMap((m) => (m[1] ?? '').match(/\d+/g) ?? []);
    for (const action of DENUNCIATION_ACTIONS) {
      const cited = ALLOWED.filter(([, a]) => a === action).flatMap(([, , , x]) => numbers(x));
      expect({ action, articles: numbers(ACTION_ARTICLE[action]) }).toEqual({
        action,
        articles: numbers(ACTION_ARTICLE[action]).filter((n) => cited.includes(n)),
      });
    }
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
      [A.NotifyResult, S.Concluded],
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
