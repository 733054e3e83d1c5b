import { FixedClock, localDateOf } from './clock';

describe('local dates in Asia/Ho_Chi_Minh', () => {
  it('rolls to the next day at 17:00 UTC (midnight in Việt Nam)', () => {
    expect(localDateOf(new Date('2026-01-19T16:59:59Z'))).toBe('2026-01-19');
    expect(localDateOf(new Date('2026-01-19T17:00:00Z'))).toBe('2026-01-20');
  });

  it('gives today from an injected clock', () => {
    expect(new FixedClock(new Date('2026-12-31T20:00:00Z')).today()).toBe('2027-01-01');
  });
});
