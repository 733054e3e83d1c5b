import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  assessComplaintTimeliness,
  computeComplaintLegalEffect,
  computeComplaintResolutionDeadline,
} from './complaint-deadlines';
import { ComplaintRound } from './complaint-enums';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2025, 2026].flatMap(defaultCalendarForYear)),
};
const { First, Second } = ComplaintRound;

describe('resolution deadline D5 / D8, calendar days from acceptance (Luật Khiếu nại 2011 Điều 28, 37)', () => {
  it.each([
    // Tue 20/01 + 30 = Thu 19/02 (Tết mùng 3; Tết 16–20/02, weekend 21–22) → Mon 23/02/2026
    [First, '2026-01-20', false, false, 'D5', '2026-02-23'],
    // + 45 (complex) = Fri 06/03/2026, a working day
    [First, '2026-01-20', true, false, 'D5', '2026-03-06'],
    [First, '2026-01-20', false, true, 'D5', '2026-03-06'],
    // + 60 (remote and complex) = Sat 21/03 → Mon 23/03/2026
    [First, '2026-01-20', true, true, 'D5', '2026-03-23'],
    // Mon 02/03 + 45 = Thu 16/04/2026
    [Second, '2026-03-02', false, false, 'D8', '2026-04-16'],
    // + 60 = Fri 01/05 (holiday), weekend 02–03 → Mon 04/05/2026
    [Second, '2026-03-02', true, false, 'D8', '2026-05-04'],
    // + 70 = Mon 11/05/2026
    [Second, '2026-03-02', true, true, 'D8', '2026-05-11'],
  ])(
    'round %s accepted %s (complex %s, remote %s): %s due %s',
    (round, acceptedOn, complex, remote, key, due) => {
      const d = computeComplaintResolutionDeadline({
        ...source,
        round,
        acceptedOn,
        complex,
        remote,
      });
      expect(d.dueOn).toBe(due);
      expect(d.rule.key).toBe(key);
    },
  );

  it('explains the Tết roll-forward of the round-1 example', () => {
    const d = computeComplaintResolutionDeadline({
      ...source,
      round: First,
      acceptedOn: '2026-01-20',
    });
    const roll = d.explanation.find((s) => s.kind === 'roll_forward');
    expect(roll?.text).toContain(
      'Ngày cuối cùng của thời hạn 19/02/2026 là Thứ Năm – Tết Nguyên đán',
    );
    expect(roll?.text).toContain('Thứ Hai 23/02/2026');
    expect(d.explanation[0]?.text).toContain('Luật Khiếu nại 2011, Điều 28');
  });

  it('a suspension moves the deadline by the suspended days (Product decision 9)', () => {
    // Mon 02/03 + 30 = Wed 01/04; suspended 10/03 → resumed 20/03 (10 days) → Sat 11/04 → Mon 13/04
    const suspensions = [{ from: '2026-03-10', to: '2026-03-20' }];
    const input = { ...source, round: First, acceptedOn: '2026-03-02', suspensions };
    expect(computeComplaintResolutionDeadline(input).dueOn).toBe('2026-04-13');
  });

  it('while suspended there is no due date, only the days left (23 from 10/03 to 01/04)', () => {
    const suspensions = [{ from: '2026-03-10', to: null }];
    const d = computeComplaintResolutionDeadline({
      ...source,
      round: First,
      acceptedOn: '2026-03-02',
      suspensions,
    });
    expect(d).toMatchObject({ dueOn: null, remainingDays: 23 });
  });

  it('a bad acceptance date is a 400 naming acceptedOn', () => {
    const input = { ...source, round: First, acceptedOn: '2026-02-30' };
    expect(() => computeComplaintResolutionDeadline(input)).toThrow(
      expect.objectContaining({
        httpStatus: 400,
        code: 'DEADLINE_INVALID_INPUT',
        errors: [expect.objectContaining({ field: 'acceptedOn' })],
      }),
    );
  });
});

describe('timeliness: decided on or before the due date (01/KQGQ "Chấp hành thời hạn giải quyết")', () => {
  const base = { ...source, round: First, acceptedOn: '2026-01-20' };

  it.each([
    ['2026-02-19', 'on_time'],
    ['2026-02-23', 'on_time'],
    ['2026-02-24', 'late'],
  ])('decided %s → %s (due Mon 23/02/2026)', (decidedOn, timeliness) => {
    expect(assessComplaintTimeliness({ ...base, decidedOn }).timeliness).toBe(timeliness);
  });

  it('a suspended-and-resumed complaint decided in the moved period is on time', () => {
    const suspensions = [{ from: '2026-03-10', to: '2026-03-20' }];
    const input = { ...source, round: First, acceptedOn: '2026-03-02', suspensions };
    expect(assessComplaintTimeliness({ ...input, decidedOn: '2026-04-13' }).timeliness).toBe(
      'on_time',
    );
  });

  it('refuses to judge a decision taken while the suspension is still open (400)', () => {
    const suspensions = [{ from: '2026-02-01', to: null }];
    expect(() =>
      assessComplaintTimeliness({ ...base, suspensions, decidedOn: '2026-02-10' }),
    ).toThrow(expect.objectContaining({ httpStatus: 400, code: 'COMPLAINT_INPUT_INVALID' }));
  });
});

describe('legal effect D9: 30 days (remote 45) after issuance, none while challenged (Luật KN Điều 44)', () => {
  it.each([
    // Mon 02/03 + 30 = Wed 01/04 → effective Thu 02/04/2026
    [First, '2026-03-02', false, '2026-04-01', '2026-04-02'],
    // + 45 = Thu 16/04 → effective Fri 17/04/2026
    [First, '2026-03-02', true, '2026-04-16', '2026-04-17'],
    // Tue 31/03 + 30 = Thu 30/04 (holiday), 01/05 holiday, weekend → Mon 04/05 → effective 05/05
    [Second, '2026-03-31', false, '2026-05-04', '2026-05-05'],
  ])(
    'round %s issued %s (remote %s): period ends %s, effective %s',
    (round, issuedOn, remote, end, from) => {
      const effect = computeComplaintLegalEffect({ ...source, round, issuedOn, remote });
      expect(effect).toMatchObject({ effectiveOn: from, blockedBy: null });
      expect(effect.period?.dueOn).toBe(end);
      expect(effect.explanation.at(-1)?.text).toBe(
        `Quyết định có hiệu lực pháp luật từ ngày ${from.split('-').reverse().join('/')} (Luật Khiếu nại 2011, Điều 44)`,
      );
    },
  );

  it.each([
    [First, true, false, 'second_round'],
    [First, false, true, 'lawsuit'],
    [First, true, true, 'second_round'],
    [Second, false, true, 'lawsuit'],
  ])(
    'round %s, round 2 recorded %s, lawsuit %s → blocked by %s',
    (round, secondRound, lawsuit, block) => {
      const effect = computeComplaintLegalEffect({
        ...source,
        round,
        issuedOn: '2026-03-02',
        secondRoundRecorded: secondRound,
        lawsuitRecorded: lawsuit,
      });
      expect(effect).toMatchObject({ effectiveOn: null, blockedBy: block, period: null });
      expect(effect.explanation).toHaveLength(1);
    },
  );

  it('a round-2 decision ignores a "round 2 recorded" flag: there is no third round', () => {
    const input = { ...source, round: Second, issuedOn: '2026-03-02', secondRoundRecorded: true };
    expect(computeComplaintLegalEffect(input).effectiveOn).toBe('2026-04-02');
  });
});
