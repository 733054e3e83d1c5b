import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import { computeRuleDeadline } from './rule-deadline';
import { Timeliness, timelinessOf } from './timeliness';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2018, 2019, 2026].flatMap(defaultCalendarForYear)),
};

describe('the rule version in force on the triggering date (DESIGN §4; DOMAIN §0.1)', () => {
  it.each([
    ['2018-12-31', 1, 'Luật Tố cáo 2011, Điều 21'],
    ['2019-01-01', 2, 'Luật Tố cáo 2018, Điều 30'],
  ])('D14 from %s uses version %i (%s)', (start, version, basis) => {
    const d = computeRuleDeadline({ key: 'D14', start, startField: 'acceptedOn' }, source);
    expect(d.rule).toMatchObject({ version, legalBasis: basis });
  });

  it('selects by `ruleOn` when the count starts on another day', () => {
    const request = { key: 'D14', start: '2019-01-05', startField: 'x', ruleOn: '2018-12-31' };
    expect(computeRuleDeadline(request, source).rule.version).toBe(1);
  });

  it.each([
    [{ key: 'D5', start: '2011-01-01' }, 'LEGAL_RULE_NOT_IN_FORCE', 'acceptedOn'],
    [{ key: 'D99', start: '2026-01-01' }, 'LEGAL_RULE_NOT_IN_FORCE', 'acceptedOn'],
    [{ key: 'D5', start: '2026-02-29' }, 'DEADLINE_INVALID_INPUT', 'acceptedOn'],
    [{ key: 'D5', start: '2026-01-01', extensions: 1 }, 'DEADLINE_INVALID_INPUT', 'extensions'],
  ])('%j → 400 %s on %s', (request, code, field) => {
    expect(() => computeRuleDeadline({ ...request, startField: 'acceptedOn' }, source)).toThrow(
      expect.objectContaining({
        httpStatus: 400,
        code,
        errors: [expect.objectContaining({ field })],
      }),
    );
  });
});

describe('timeliness (DOMAIN §12 Timeliness)', () => {
  it.each([
    ['2026-02-22', '2026-02-23', Timeliness.OnTime],
    ['2026-02-23', '2026-02-23', Timeliness.OnTime],
    ['2026-02-24', '2026-02-23', Timeliness.Late],
  ])('done %s, due %s → %s', (done, due, expected) => {
    expect(timelinessOf(done, due)).toBe(expected);
  });
});
