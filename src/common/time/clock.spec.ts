import { FixedClock, LEGAL_TIME_ZONE, localDateOf } from './clock';

describe('local dates in Asia/Ho_Chi_Minh', () => {
  it('rolls to the next day at 17:00 UTC (midnight in Việt Nam)', () => {
    expect(localDateOf(new Date('2026-01-19T16:59:59Z'))).toBe('2026-01-19');
    expect(localDateOf(new Date('2026-01-19T17:00:00Z'))).toBe('2026-01-20');
  });

  it('gives today from an injected clock', () => {
    expect(new FixedClock(new Date('2026-12-31T20:00:00Z')).today()).toBe('2027-01-01');
  });
});

describe('localDateOf agrees with the time zone database', () => {
  const zone = new Intl.DateTimeFormat('en-CA', {
    timeZone: LEGAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

  it('on every local midnight and the minute before it, 1976–2100, every 7th day', () => {
    for (let day = Date.UTC(1976, 0, 1); day < Date.UTC(2100, 0, 1); day += 7 * 86_400_000) {
      for (const t of [day - 7 * 3_600_000, day - 7 * 3_600_000 - 60_000]) {
        expect(localDateOf(new Date(t))).toBe(zone.format(new Date(t)));
      }
    }
  });

  it('before 1976 too (UTC+8 in the South until 13/6/1975)', () => {
    const t = new Date('1970-06-01T16:30:00Z');
    expect(localDateOf(t)).toBe(zone.format(t));
    expect(localDateOf(t)).toBe('1970-06-02');
  });
});

describe('FixedClock.at', () => {
  it('gives work its own instant across awaits, and everyone else the set one', async () => {
    const clock = new FixedClock(new Date('2017-03-01T10:00:00Z'));
    const seen: string[] = [];
    const day = async (date: string) => {
      await Promise.resolve();
      seen.push(`${date}: ${clock.today()}`);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(`${date}: ${clock.today()}`);
    };
    await Promise.all([
      clock.at(new Date('2017-03-02T10:00:00Z'), () => day('2017-03-02')),
      clock.at(new Date('2017-03-09T10:00:00Z'), () => day('2017-03-09')),
    ]);
    expect(seen.sort()).toEqual([
      '2017-03-02: 2017-03-02',
      '2017-03-02: 2017-03-02',
      '2017-03-09: 2017-03-09',
      '2017-03-09: 2017-03-09',
    ]);
    expect(clock.today()).toBe('2017-03-01');
    clock.set(new Date('2017-04-01T10:00:00Z'));
    expect(clock.at(new Date('2017-05-01T10:00:00Z'), () => clock.today())).toBe('2017-05-01');
    expect(clock.today()).toBe('2017-04-01');
  });
});
