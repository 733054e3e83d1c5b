import {
  computeDeadline,
  DeadlineInputError,
  type DeadlineInput,
  type Suspension,
} from './deadline-engine';
import { defaultCalendarForYear } from './holiday-calendar';
import { type LegalRuleVersion, selectRuleVersion } from './legal-rule';
import { LEGAL_RULE_SEED } from './legal-rules.seed';
import { buildWorkingCalendar } from './working-calendar';

const calendar = buildWorkingCalendar(
  [2018, 2022, 2023, 2024, 2025, 2026, 2027].flatMap(defaultCalendarForYear),
);

function rule(key: string, onDate = '2026-01-01'): LegalRuleVersion {
  const found = selectRuleVersion(LEGAL_RULE_SEED, key, onDate);
  if (!found) {
    throw new Error(`no rule ${key} on ${onDate}`);
  }
  return found;
}

function due(key: string, start: string, options: Partial<DeadlineInput> = {}): string | null {
  return computeDeadline({ rule: rule(key, start), start, ...options }, calendar).dueOn;
}

function texts(key: string, start: string, options: Partial<DeadlineInput> = {}): string[] {
  const result = computeDeadline({ rule: rule(key, start), start, ...options }, calendar);
  return result.explanation.map((step) => step.text);
}

describe('computeDeadline — extensions lengthen the one period (Luật Tố cáo 2018, Điều 30)', () => {
  it.each([
    [0, 30, '2026-02-23'], // Thu 15/01 + 30 = Sat 14/02 → Tết → Mon 23/02
    [1, 60, '2026-03-16'], // + 60 = Mon 16/03 (Điều 30 khoản 2)
    [2, 90, '2026-04-15'], // + 90 = Wed 15/04 (Điều 30 khoản 3)
  ])('D14 with %i extension(s) runs %i days from acceptance: %s', (extensions, total, expected) => {
    const result = computeDeadline(
      { rule: rule('D14'), start: '2026-01-15', extensions },
      calendar,
    );
    expect(result).toMatchObject({ dueOn: expected, totalDays: total, unit: 'calendar_days' });
    expect(result.explanation.filter((s) => s.kind === 'extension')).toHaveLength(extensions);
  });

  it('explains each extension', () => {
    expect(texts('D14', '2026-01-15', { extensions: 2 }).slice(2, 4)).toEqual([
      'Gia hạn lần 1: thêm 30 ngày (Luật Tố cáo 2018, Điều 30); tổng thời hạn 60 ngày tính từ ngày 15/01/2026',
      'Gia hạn lần 2: thêm 30 ngày (Luật Tố cáo 2018, Điều 30); tổng thời hạn 90 ngày tính từ ngày 15/01/2026',
    ]);
  });

  it('refuses a third extension of D14', () => {
    expect(() => due('D14', '2026-01-15', { extensions: 3 })).toThrow(
      new DeadlineInputError('extensions', 'Quy tắc D14 cho phép gia hạn tối đa 2 lần'),
    );
  });
});

describe('computeDeadline — the pre-2019 denunciation regime (Luật Tố cáo 2011, Điều 21)', () => {
  it.each([
    // Thu 01/03/2018 + 60 = Mon 30/04 (holiday) → Tue 01/05 (holiday) → Wed 02/05/2018
    ['60 ngày', {}, 60, '2018-05-02'],
    // + 90 = Wed 30/05/2018
    ['vụ việc phức tạp 90 ngày', { complex: true }, 90, '2018-05-30'],
    ['gia hạn 30 ngày', { extensions: 1 }, 90, '2018-05-30'],
    // + 150 = Sun 29/07/2018 → Mon 30/07/2018
    ['phức tạp, gia hạn 60 ngày', { complex: true, extensions: 1 }, 150, '2018-07-30'],
  ])('D14 accepted on 01/03/2018: %s', (_title, options, total, expected) => {
    const d14 = rule('D14', '2018-03-01');
    expect(d14.version).toBe(1);
    const result = computeDeadline({ rule: d14, start: '2018-03-01', ...options }, calendar);
    expect(result).toMatchObject({ dueOn: expected, totalDays: total });
  });

  it('allows only one extension', () => {
    const d14 = rule('D14', '2018-03-01');
    expect(() =>
      computeDeadline({ rule: d14, start: '2018-03-01', extensions: 2 }, calendar),
    ).toThrow(DeadlineInputError);
  });
});

describe('computeDeadline — suspension stops the clock for [from, to) (Product decision 9)', () => {
  const s = (from: string, to: string | null): Suspension => ({ from, to });

  it.each([
    // D5 from Mon 02/03: due Wed 01/04; 10 days suspended → Sat 11/04 → Mon 13/04
    [
      'calendar days, moved date rolls forward',
      'D5',
      [s('2026-03-10', '2026-03-20')],
      '2026-04-13',
    ],
    // … then 2 more days [01/04, 03/04): 11/04 + 2 = Mon 13/04
    [
      'two suspensions',
      'D5',
      [s('2026-03-10', '2026-03-20'), s('2026-04-01', '2026-04-03')],
      '2026-04-13',
    ],
    // resumed on the day of suspension: nothing moves
    ['zero-length suspension', 'D5', [s('2026-03-10', '2026-03-10')], '2026-04-01'],
    // starts after the last day (01/04): no effect
    ['suspension after the due date', 'D5', [s('2026-04-02', '2026-04-10')], '2026-04-01'],
    // D1 from Mon 02/03: due Mon 16/03; [05/03, 10/03) holds 3 working days → Thu 19/03
    ['working days', 'D1', [s('2026-03-05', '2026-03-10')], '2026-03-19'],
    // over a weekend only: no working day lost
    ['working days, weekend only', 'D1', [s('2026-03-07', '2026-03-09')], '2026-03-16'],
  ])('%s', (_title, key, suspensions, expected) => {
    expect(due(key, '2026-03-02', { suspensions })).toBe(expected);
  });

  it('moves a working-day deadline over Tết 2026 by the working days lost', () => {
    // D1 from Mon 02/02: due Mon 23/02; [12/02, 24/02) holds Thu 12, Fri 13, Mon 23 → Thu 26/02
    const result = computeDeadline(
      { rule: rule('D1'), start: '2026-02-02', suspensions: [s('2026-02-12', '2026-02-24')] },
      calendar,
    );
    expect(result.dueOn).toBe('2026-02-26');
    expect(result.explanation.find((step) => step.kind === 'suspension')?.text).toBe(
      'Tạm đình chỉ từ 12/02/2026, tiếp tục từ 24/02/2026: không tính 3 ngày làm việc tạm đình chỉ; hạn chuyển từ 23/02/2026 sang 26/02/2026',
    );
  });

  it('returns no due date while still suspended and says since when the clock is stopped', () => {
    const result = computeDeadline(
      { rule: rule('D5'), start: '2026-03-02', suspensions: [s('2026-03-10', null)] },
      calendar,
    );
    // 03/03–09/03 counted (7 days), 23 of 30 left
    expect(result).toMatchObject({ dueOn: null, totalDays: 30, remainingDays: 23 });
    expect(result.explanation.slice(-2).map((step) => step.text)).toEqual([
      'Đang tạm đình chỉ từ 10/03/2026: thời hạn ngừng tính từ ngày này, còn lại 23 ngày tính tiếp từ ngày tiếp tục giải quyết',
      'Chưa xác định hạn cuối vì thời hạn đang tạm dừng',
    ]);
  });

  it('counts the remaining working days of an open suspension', () => {
    // D1 from Mon 02/03, due 16/03; suspended Thu 05/03: 05, 06, 09–13, 16 = 8 working days left
    const result = computeDeadline(
      { rule: rule('D1'), start: '2026-03-02', suspensions: [s('2026-03-05', null)] },
      calendar,
    );
    expect(result).toMatchObject({ dueOn: null, remainingDays: 8 });
  });
});

describe('computeDeadline — refuses inputs it cannot compute (DeadlineInputError)', () => {
  const d14 = (): LegalRuleVersion => rule('D14');

  it.each<[string, DeadlineInput, string]>([
    ['a rule that is not a day count (D17)', { rule: rule('D17'), start: '2026-03-02' }, 'rule'],
    ['an impossible start date', { rule: d14(), start: '2026-02-30' }, 'start'],
    [
      'a negative number of extensions',
      { rule: d14(), start: '2026-03-02', extensions: -1 },
      'extensions',
    ],
    [
      'a fractional number of extensions',
      { rule: d14(), start: '2026-03-02', extensions: 1.5 },
      'extensions',
    ],
    [
      'an extension of a rule without extensions (D5)',
      { rule: rule('D5'), start: '2026-03-02', extensions: 1 },
      'extensions',
    ],
    [
      'an impossible suspension date',
      { rule: d14(), start: '2026-03-02', suspensions: [{ from: '2026-02-30', to: null }] },
      'suspensions[0].from',
    ],
    [
      'a resumption before the suspension',
      { rule: d14(), start: '2026-03-02', suspensions: [{ from: '2026-03-10', to: '2026-03-09' }] },
      'suspensions[0].to',
    ],
    [
      'a suspension on the start date',
      { rule: d14(), start: '2026-03-02', suspensions: [{ from: '2026-03-02', to: '2026-03-05' }] },
      'suspensions[0].from',
    ],
    [
      'overlapping suspensions',
      {
        rule: d14(),
        start: '2026-03-02',
        suspensions: [
          { from: '2026-03-05', to: '2026-03-10' },
          { from: '2026-03-08', to: '2026-03-12' },
        ],
      },
      'suspensions[1].from',
    ],
    [
      'a suspension after one that was never resumed',
      {
        rule: d14(),
        start: '2026-03-02',
        suspensions: [
          { from: '2026-03-05', to: null },
          { from: '2026-03-08', to: '2026-03-12' },
        ],
      },
      'suspensions[1].from',
    ],
  ])('refuses %s', (_title, input, field) => {
    let error: unknown;
    try {
      computeDeadline(input, calendar);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeadlineInputError);
    expect(error).toMatchObject({ field, code: 'DEADLINE_INVALID_INPUT' });
  });
});
