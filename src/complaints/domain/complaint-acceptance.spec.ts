import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  CHECKED_GROUNDS,
  type CheckedGround,
  type ComplaintAcceptanceInput,
  ComplaintRefusalGround,
  evaluateAcceptance,
} from './complaint-acceptance';
import { ComplaintRound, ComplaintStatus } from './complaint-enums';
import { canFileSecondRound } from './complaint-round';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2025, 2026].flatMap(defaultCalendarForYear)),
};

const CLEAR = Object.fromEntries(CHECKED_GROUNDS.map((g) => [g, false])) as Record<
  CheckedGround,
  boolean
>;

function input(overrides: Partial<ComplaintAcceptanceInput> = {}): ComplaintAcceptanceInput {
  return {
    ...source,
    grounds: CLEAR,
    receivedOn: '2026-01-05',
    decisionKnownOn: '2025-10-01',
    obstacleDays: 10,
    today: '2026-01-12',
    ...overrides,
  };
}

function failure(overrides: Partial<ComplaintAcceptanceInput>) {
  try {
    evaluateAcceptance(input(overrides));
  } catch (error) {
    const e = error as { httpStatus: number; code: string; errors: { field: string }[] };
    return { status: e.httpStatus, code: e.code, field: e.errors[0]?.field };
  }
  throw new Error('expected a failure');
}

describe('limitation period D2 with objective obstacles (Luật Khiếu nại 2011 Điều 9, Điều 11 khoản 6)', () => {
  // known Wed 01/10/2025 + 90 days = Tue 30/12/2025; with 10 obstacle days: Fri 09/01/2026
  it.each([
    ['2025-10-01', 0, '2025-12-30', ['time_limit_expired']],
    ['2025-10-01', 10, '2026-01-09', []],
    // known Mon 03/11/2025 + 90 days = Sun 01/02/2026 → Mon 02/02/2026 (BLDS Điều 148 khoản 5)
    ['2025-11-03', 0, '2026-02-02', []],
  ])(
    'known on %s, %i obstacle days → last day %s, failed %j',
    (known, obstacleDays, due, failed) => {
      const result = evaluateAcceptance(input({ decisionKnownOn: known, obstacleDays }));
      expect(result.limitationDueOn).toBe(due);
      expect(result.failedGrounds).toEqual(failed);
      expect(result.acceptable).toBe(failed.length === 0);
    },
  );

  it('explains the obstacle days first, then the count from the shifted start', () => {
    const texts = evaluateAcceptance(input()).limitationExplanation.map((s) => s.text);
    expect(texts[0]).toBe(
      'Thời gian có trở ngại khách quan 10 ngày không tính vào thời hiệu (Luật Khiếu nại 2011, Điều 9): thời hiệu tính từ 11/10/2025 thay cho 01/10/2025',
    );
    expect(texts[1]).toContain('Luật Khiếu nại 2011, Điều 9');
    expect(texts.at(-1)).toBe('Hạn cuối: hết ngày Thứ Sáu 09/01/2026');
  });

  it('counts the filing day (postmark) rather than the receipt', () => {
    const known = { decisionKnownOn: '2025-10-01', obstacleDays: 0 };
    expect(evaluateAcceptance(input({ ...known, filedOn: '2025-12-30' })).acceptable).toBe(true);
  });
});

describe('acceptance window D4 (Luật KN Điều 27, 36)', () => {
  it.each([
    // received Mon 05/01/2026 + 10 days = Thu 15/01/2026
    ['2026-01-05', '2026-01-15', '2026-01-15', 'on_time'],
    ['2026-01-05', '2026-01-15', '2026-01-16', 'late'],
    // received Tue 10/02/2026 + 10 = Fri 20/02 (Tết mùng 4) → 21–22 weekend → Mon 23/02/2026
    ['2026-02-10', '2026-02-23', '2026-02-23', 'on_time'],
  ])('received %s → accept by %s; evaluated %s: %s', (receivedOn, due, today, timeliness) => {
    const result = evaluateAcceptance(input({ receivedOn, today, decisionKnownOn: '2026-01-02' }));
    expect(result.acceptanceDueOn).toBe(due);
    expect(result.acceptanceTimeliness).toBe(timeliness);
    expect(result.acceptance.rule).toMatchObject({ key: 'D4', version: 1 });
  });
});

describe('the Điều 11 checklist, item by item (Luật KN Điều 11)', () => {
  it('lists every ground that applies, in the article’s order', () => {
    const grounds = { ...CLEAR, court_seized: true, not_signed: true };
    const result = evaluateAcceptance(input({ grounds, obstacleDays: 0 }));
    expect(result.failedGrounds).toEqual([
      ComplaintRefusalGround.NotSigned,
      ComplaintRefusalGround.TimeLimitExpired,
      ComplaintRefusalGround.CourtSeized,
    ]);
  });

  it('refuses a checklist with an unanswered ground, naming it (400)', () => {
    const { second_round_decided: _omitted, ...partial } = CLEAR;
    expect(failure({ grounds: partial as Record<CheckedGround, boolean> })).toEqual({
      status: 400,
      code: 'COMPLAINT_INPUT_INVALID',
      field: 'grounds.second_round_decided',
    });
  });

  it.each([
    [{ decisionKnownOn: undefined }, 'decisionKnownOn'],
    [{ obstacleDays: -1 }, 'obstacleDays'],
    [{ receivedOn: '2026-13-01' }, 'receivedOn'],
    [{ filedOn: '2026-01-06' }, 'filedOn'],
    [{ today: '2026-01-04' }, 'today'],
    [{ decisionKnownOn: '2026-01-06' }, 'decisionKnownOn'],
  ])('bad input %j → 400 on %s', (overrides, field) => {
    expect(failure(overrides)).toMatchObject({ status: 400, field });
  });
});

describe('round 2: the time limit is D7 (Luật KN Điều 33, Điều 11 khoản 6)', () => {
  const firstRound = {
    round: ComplaintRound.First,
    status: ComplaintStatus.Decided,
    resolutionDueOn: '2026-02-23',
    decisionReceivedOn: '2026-03-05',
  };
  const round2 = (filedOn: string) => ({
    round: ComplaintRound.Second,
    decisionKnownOn: undefined,
    receivedOn: filedOn,
    today: filedOn,
    secondRound: canFileSecondRound({ ...source, firstRound, filedOn }),
  });

  it('accepts a round-2 complaint filed within D7', () => {
    const result = evaluateAcceptance(input(round2('2026-04-06')));
    expect(result).toMatchObject({
      round: 'second',
      acceptable: true,
      limitationDueOn: '2026-04-06',
    });
  });

  it('a late round-2 complaint fails Điều 11 khoản 6', () => {
    const result = evaluateAcceptance(input(round2('2026-04-07')));
    expect(result.failedGrounds).toEqual([ComplaintRefusalGround.TimeLimitExpired]);
  });

  it('a round-2 complaint while round 1 is still pending is no round 2 at all (409)', () => {
    const pending = { ...firstRound, status: ComplaintStatus.Verifying, decisionReceivedOn: null };
    const secondRound = canFileSecondRound({
      ...source,
      firstRound: pending,
      filedOn: '2026-02-10',
    });
    const overrides = { ...round2('2026-02-10'), secondRound };
    expect(failure(overrides)).toEqual({
      status: 409,
      code: 'COMPLAINT_SECOND_ROUND_NOT_ALLOWED',
      field: 'secondRound',
    });
  });

  it('needs the D7 check for a round-2 complaint (400)', () => {
    const overrides = { ...round2('2026-04-06'), secondRound: undefined };
    expect(failure(overrides)).toMatchObject({ status: 400, field: 'secondRound' });
  });
});
