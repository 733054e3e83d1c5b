import { checkPeriod } from './period';

describe('a period of the compliance report or the reception book', () => {
  it.each([
    ['2026-01-01', '2026-01-01', null],
    ['2026-01-01', '2026-12-31', null],
    ['2028-01-01', '2028-12-31', null],
    ['2026-01-02', '2026-01-01', 'periodReversed'],
    ['2026-01-01', '2027-01-01', null],
    ['2026-01-01', '2027-01-02', 'periodTooLong'],
  ])('%s … %s → %s', (from, to, rule) => {
    const v = checkPeriod(from, to);
    expect(v?.rule ?? null).toBe(rule);
    if (v) expect(v.field).toBe('to');
  });
});
