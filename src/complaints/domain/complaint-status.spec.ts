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

const KN = (article: string) => `Luật Khiếu nại 2011 ${article}`;
/** Where DOMAIN §4.3 has the state but names no article (tạm đình chỉ comes with Luật 136/2025). */
const SUSPENSION = 'DOMAIN §4.3 tạm đình chỉ (Luật 136/2025/QH15; DOMAIN names no article)';
const COURT_TERMINATION = KN('Điều 11 khoản 9 (Tòa án đã thụ lý; other causes DOMAIN §4.6 [M])');

/** Allowed: (status, action) → status, and the article that permits it (DOMAIN §4.1–4.8). */
const ALLOWED: [ComplaintStatus, ComplaintAction, ComplaintStatus, string][] = [
  [S.Received, A.Accept, S.Accepted, KN('Điều 27 (thụ lý trong 10 ngày)')],
  [S.Received, A.RefuseAcceptance, S.NotAccepted, KN('Điều 11, 27 (không thụ lý, nêu lý do)')],
  [S.Received, A.Withdraw, S.Terminated, KN('Điều 10 (rút khiếu nại)')],
  ...[S.Accepted, S.Verifying, S.Dialogue, S.Drafting].flatMap(
    (s): [ComplaintStatus, ComplaintAction, ComplaintStatus, string][] => [
      [s, A.Suspend, S.Suspended, SUSPENSION],
      [s, A.Withdraw, S.Terminated, KN('Điều 10 (rút khiếu nại trước khi có quyết định)')],
      [s, A.Terminate, S.Terminated, COURT_TERMINATION],
      [s, A.RecordLawsuit, S.InCourt, KN('Điều 7 (khởi kiện vụ án hành chính)')],
    ],
  ),
  [S.Accepted, A.AssignVerification, S.Verifying, KN('Điều 29 (giao xác minh)')],
  [S.Verifying, A.RecordVerificationReport, S.Verifying, KN('Điều 29 (báo cáo xác minh)')],
  [S.Verifying, A.HoldDialogue, S.Dialogue, KN('Điều 30 (yêu cầu khác kết quả xác minh)')],
  [S.Verifying, A.StartDrafting, S.Drafting, KN('Điều 31 (dự thảo; Điều 30 không bắt buộc)')],
  [S.Dialogue, A.HoldDialogue, S.Dialogue, KN('Điều 30 (đối thoại tiếp)')],
  [S.Dialogue, A.StartDrafting, S.Drafting, KN('Điều 31 (kết quả đối thoại là căn cứ)')],
  [S.Drafting, A.Decide, S.Decided, KN('Điều 31 (quyết định giải quyết lần đầu)')],
  [S.Decided, A.TakeLegalEffect, S.LegallyEffective, KN('Điều 44 khoản 1 (sau 30/45 ngày)')],
  [S.Decided, A.RecordSecondRound, S.Escalated, KN('Điều 33 (khiếu nại lần hai)')],
  [S.Decided, A.RecordLawsuit, S.InCourt, KN('Điều 7, 44 khoản 3 (khởi kiện)')],
  [S.LegallyEffective, A.Close, S.Closed, KN('Điều 44 (quyết định có hiệu lực; lưu hồ sơ)')],
  [S.Suspended, A.Resume, S.Verifying, `${SUSPENSION} ⇄ tiếp tục (Product decision 9)`],
  [S.Suspended, A.Withdraw, S.Terminated, KN('Điều 10 (rút khiếu nại)')],
  [S.Suspended, A.Terminate, S.Terminated, COURT_TERMINATION],
  [S.Escalated, A.Close, S.Closed, KN('Điều 37 (quyết định lần hai công nhận/hủy, sửa lần đầu)')],
  [S.Escalated, A.DropChallenge, S.Decided, KN('Điều 33 (không còn khiếu nại lần hai)')],
  [S.InCourt, A.Terminate, S.Terminated, COURT_TERMINATION],
  [S.InCourt, A.Close, S.Closed, KN('Điều 7 (Tòa án giải quyết vụ án hành chính)')],
  [S.InCourt, A.DropChallenge, S.Verifying, KN('Điều 7 (vụ án không được giải quyết)')],
];

/** The article each action rests on, named when the tables refuse it. */
const ACTION_ARTICLE: Record<ComplaintAction, string> = {
  [A.Accept]: KN('Điều 27'),
  [A.RefuseAcceptance]: KN('Điều 11, 27'),
  [A.AssignVerification]: KN('Điều 29'),
  [A.RecordVerificationReport]: KN('Điều 29'),
  [A.HoldDialogue]: KN('Điều 30'),
  [A.StartDrafting]: KN('Điều 31'),
  [A.Decide]: KN('Điều 31'),
  [A.TakeLegalEffect]: KN('Điều 44'),
  [A.Suspend]: SUSPENSION,
  [A.Resume]: SUSPENSION,
  [A.Withdraw]: KN('Điều 10'),
  [A.Terminate]: KN('Điều 11 khoản 9'),
  [A.RecordSecondRound]: KN('Điều 33'),
  [A.RecordLawsuit]: KN('Điều 7'),
  [A.DropChallenge]: KN('Điều 7, 33'),
  [A.Close]: KN('Điều 44'),
};

/** Why a status refuses what its row does not allow. */
const STATUS_REASON: Record<ComplaintStatus, string> = {
  [S.Received]: 'chưa thụ lý (Điều 27)',
  [S.NotAccepted]: 'không thụ lý là kết thúc (Điều 11, 27)',
  [S.Accepted]: 'đã thụ lý, chưa xác minh (Điều 29)',
  [S.Verifying]: 'đang xác minh (Điều 29)',
  [S.Dialogue]: 'đang đối thoại (Điều 30)',
  [S.Drafting]: 'đang dự thảo quyết định (Điều 31)',
  [S.Decided]: 'đã có quyết định: chỉ còn hiệu lực, lần hai, khởi kiện (Điều 44, 33, 7)',
  [S.LegallyEffective]: 'quyết định đã có hiệu lực pháp luật (Điều 44)',
  [S.Suspended]: 'tạm đình chỉ, thời hạn dừng (Product decision 9)',
  [S.Escalated]: 'đang giải quyết lần hai (Điều 33, 37)',
  [S.InCourt]: 'Tòa án đã thụ lý (Điều 7; Điều 11 khoản 9)',
  [S.Terminated]: 'đã đình chỉ là kết thúc (Điều 10, 11)',
  [S.Closed]: 'đã lưu hồ sơ là kết thúc (Điều 44)',
};

/** The test title: the move and the article that permits it, or why it is refused. */
function titleOf(status: ComplaintStatus, action: ComplaintAction): string {
  const allowed = ALLOWED.find(([s, a]) => s === status && a === action);
  if (allowed) return `${status} + ${action} → ${allowed[2]}: ${allowed[3]}`;
  const from = ALLOWED.filter(([, a]) => a === action).map(([s]) => s);
  return `${status} + ${action} refused: ${ACTION_ARTICLE[action]} applies from ${from.join(', ')}; ${status}: ${STATUS_REASON[status]}`;
}

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

describe('complaint state machine: every (status, action) pair, each with its article (DOMAIN §4)', () => {
  const pairs = COMPLAINT_STATUSES.flatMap((s) =>
    COMPLAINT_ACTIONS.map((a) => [titleOf(s, a), s, a] as const),
  );

  it(`covers ${COMPLAINT_STATUSES.length} statuses × ${COMPLAINT_ACTIONS.length} actions`, () => {
    expect(pairs).toHaveLength(13 * 16);
  });

  it.each(pairs)('%s', (_title, status, action) => {
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

  it('names a legal article (or DOMAIN’s state) for every pair', () => {
    for (const [title] of pairs) expect(title).toMatch(/Luật Khiếu nại 2011 Điều \d+|DOMAIN §4\.3/);
  });

  it('cites, for a refused action, only articles its allowed moves cite', () => {
    const numbers = (text: string) =>
      [...text.matchAll(/Điều ([\d, ]+)/g)].flatMap((m) => (m[1] ?? '').match(/\d+/g) ?? []);
    for (const action of COMPLAINT_ACTIONS) {
      const cited = ALLOWED.filter(([, a]) => a === action).flatMap(([, , , x]) => numbers(x));
      expect({ action, articles: numbers(ACTION_ARTICLE[action]) }).toEqual({
        action,
        articles: numbers(ACTION_ARTICLE[action]).filter((n) => cited.includes(n)),
      });
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
