import { DeadlineMemo } from './deadline-memo';

describe('DeadlineMemo (deadlines worked out once per calendar, rule and input)', () => {
  it('computes once for the same calendar, rule and input, again for any other', () => {
    const memo = new DeadlineMemo<string>();
    const [calendar, edited, rule, nextVersion] = [{}, {}, {}, {}];
    let runs = 0;
    const compute = (answer: string) => () => ((runs += 1), answer);
    expect(memo.get(calendar, rule, '2026-04-14|0', compute('2026-04-29'))).toBe('2026-04-29');
    expect(memo.get(calendar, rule, '2026-04-14|0', compute('other'))).toBe('2026-04-29');
    expect(runs).toBe(1);
    // an edited calendar, another rule version or another start: worked out afresh
    expect(memo.get(edited, rule, '2026-04-14|0', compute('2026-04-30'))).toBe('2026-04-30');
    expect(memo.get(calendar, nextVersion, '2026-04-14|0', compute('2026-05-04'))).toBe(
      '2026-05-04',
    );
    expect(memo.get(calendar, rule, '2026-04-14|1', compute('2026-05-06'))).toBe('2026-05-06');
    expect(runs).toBe(4);
  });

  it('keeps at most 512 inputs per calendar and rule, dropping the oldest', () => {
    const memo = new DeadlineMemo<number>();
    const [calendar, rule] = [{}, {}];
    for (let i = 0; i <= 512; i++) memo.get(calendar, rule, `k${i}`, () => i);
    expect(memo.get(calendar, rule, 'k0', () => -1)).toBe(-1);
    expect(memo.get(calendar, rule, 'k512', () => -1)).toBe(512);
  });
});
