import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import { ComplaintRound, ComplaintStatus as S } from './complaint-enums';
import { canFileSecondRound, type FirstRoundFacts, secondRoundViolation } from './complaint-round';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2025, 2026].flatMap(defaultCalendarForYear)),
};

const decided: FirstRoundFacts = {
  round: ComplaintRound.First,
  status: S.Decided,
  resolutionDueOn: '2026-02-23',
  decisionReceivedOn: '2026-03-05',
};

describe('who may file a round-2 complaint, and until when (Luật Khiếu nại 2011 Điều 7, Điều 33)', () => {
  it.each([
    // received Thu 05/03/2026 + 30 days = Sat 04/04 → Mon 06/04/2026
    [decided, '2026-04-06', false, true, 'decision_received', '2026-04-06'],
    [decided, '2026-04-07', false, false, 'decision_received', '2026-04-06'],
    // remote area: + 45 days = Sun 19/04 → Mon 20/04/2026
    [decided, '2026-04-20', true, true, 'decision_received', '2026-04-20'],
    // round 1 overdue (due Mon 23/02) without a decision: + 30 days = Wed 25/03/2026
    [
      { ...decided, status: S.Verifying, decisionReceivedOn: null },
      '2026-03-10',
      false,
      true,
      'deadline_expired',
      '2026-03-25',
    ],
  ])(
    '%j filed %s (remote %s): allowed %s, basis %s, last day %s',
    (first, filedOn, remote, allowed, basis, due) => {
      const result = canFileSecondRound({ ...source, firstRound: first, filedOn, remote });
      expect(result).toMatchObject({ allowed, basis, dueOn: due });
      expect(result.window?.rule).toMatchObject({ key: 'D7' });
      expect(result.refusal).toBe(allowed ? null : 'filed_too_late');
    },
  );

  it.each([
    [{ ...decided, round: ComplaintRound.Second }, 'not_first_round'],
    [{ ...decided, status: S.Verifying, decisionReceivedOn: null }, 'first_round_pending'],
    [
      { ...decided, status: S.Suspended, resolutionDueOn: null, decisionReceivedOn: null },
      'first_round_pending',
    ],
    [{ ...decided, status: S.Terminated, decisionReceivedOn: null }, 'first_round_not_decided'],
    [{ ...decided, status: S.NotAccepted, decisionReceivedOn: null }, 'first_round_not_decided'],
  ])('%j filed 20/02/2026 is refused: %s', (first, refusal) => {
    const result = canFileSecondRound({ ...source, firstRound: first, filedOn: '2026-02-20' });
    expect(result).toMatchObject({ allowed: false, refusal, dueOn: null });
    expect(secondRoundViolation(result)).toMatchObject({
      code: 'COMPLAINT_SECOND_ROUND_NOT_ALLOWED',
      field: 'filedOn',
    });
  });

  it('needs the day the round-1 decision was received once it is decided (400)', () => {
    const first = { ...decided, decisionReceivedOn: null };
    expect(() =>
      canFileSecondRound({ ...source, firstRound: first, filedOn: '2026-03-10' }),
    ).toThrow(
      expect.objectContaining({
        httpStatus: 400,
        errors: [expect.objectContaining({ field: 'firstRound.decisionReceivedOn' })],
      }),
    );
  });
});
