import {
  CorrectNationalDayDefaultDays1767225709000 as Migration,
  NATIONAL_DAY_DEFAULT_FIX,
} from '../../migrations/1767225709000-CorrectNationalDayDefaultDays';
import { Role } from '../../src/auth/role';
import { defaultCalendarForYear } from '../../src/legal/domain/holiday-calendar';
import { bearer, tokenFor } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

type Row = { date: string; kind: string; name: string; source: string };

const fixOf = (year: number) => {
  const fix = NATIONAL_DAY_DEFAULT_FIX.find((f) => f.year === year);
  if (!fix) throw new Error(`no fix for ${year}`);
  return fix;
};

/**
 * BLLĐ 2019 Điều 112 khoản 1 điểm đ, khoản 3: without the Prime Minister's yearly choice, the
 * second Quốc khánh day is the adjacent day that joins the weekend, flagged as a default.
 */
describe('Quốc khánh 2027–2031 in the calendar: the default adjacent day, awaiting the notice', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await tokenFor(t, Role.ReceptionOfficer);
  });
  afterAll(() => t.close());

  const windowRows = (year: number) =>
    t.dataSource.query<Row[]>(
      `SELECT date::text AS date, kind, name, source FROM calendar_day
        WHERE date BETWEEN $1 AND $2 ORDER BY date`,
      [`${year}-09-01`, `${year}-09-05`],
    );

  async function setWindow(year: number, rows: readonly Row[]) {
    await t.dataSource.query(`DELETE FROM calendar_day WHERE date BETWEEN $1 AND $2`, [
      `${year}-09-01`,
      `${year}-09-05`,
    ]);
    for (const r of rows) {
      await t.dataSource.query(
        'INSERT INTO calendar_day (date, kind, name, source) VALUES ($1, $2, $3, $4)',
        [r.date, r.kind, r.name, r.source],
      );
    }
  }

  async function migrate(direction: 'up' | 'down') {
    const runner = t.dataSource.createQueryRunner();
    try {
      await new Migration()[direction](runner);
    } finally {
      await runner.release();
    }
  }

  it('a fresh install lists Fri 1/9 + Sat 2/9 2028 with Mon 4/9 in lieu, the Friday marked as a default', async () => {
    const res = await t.http.get('/api/v1/legal/calendar/2028').set(bearer(token)).expect(200);
    const days = (res.body.days as Row[]).filter((d) => d.name.includes('Quốc khánh'));
    expect(days.map((d) => [d.date, d.kind])).toEqual([
      ['2028-09-01', 'holiday'],
      ['2028-09-02', 'holiday'],
      ['2028-09-04', 'compensatory_day_off'],
    ]);
    expect(days[0]?.source).toContain('quy tắc mặc định');
    expect(days[0]?.source).toContain('cần xác nhận');
    // Tue 5/9/2028 is a working day again (the old default gave it in lieu of Sun 3/9)
    const preview = await t.http
      .get('/api/v1/legal/deadlines/preview')
      .query({ rule: 'D12', start: '2028-08-31' })
      .set(bearer(token))
      .expect(200);
    // D12: 5 working days from Thu 31/8 → Tue 5, Wed 6, Thu 7, Fri 8, Mon 11/9 (old rows: Tue 12/9)
    expect(preview.body.dueOn).toBe('2028-09-11');
  });

  it.each(NATIONAL_DAY_DEFAULT_FIX.map((f) => f.year))(
    '%i: the migrated rows are those a fresh install gets',
    async (year) => {
      const fresh = defaultCalendarForYear(year).filter(
        (r) => r.date >= `${year}-09-01` && r.date <= `${year}-09-05`,
      );
      expect(fixOf(year).after).toEqual(fresh);
      expect(await windowRows(year)).toEqual(fresh);
    },
  );

  it('corrects a database seeded with the old 3/9 default, once, and reverts on down', async () => {
    for (const f of NATIONAL_DAY_DEFAULT_FIX) await setWindow(f.year, f.before);
    await migrate('up');
    for (const f of NATIONAL_DAY_DEFAULT_FIX) expect(await windowRows(f.year)).toEqual(f.after);
    await migrate('up'); // already corrected: nothing to do
    for (const f of NATIONAL_DAY_DEFAULT_FIX) expect(await windowRows(f.year)).toEqual(f.after);
    await migrate('down');
    for (const f of NATIONAL_DAY_DEFAULT_FIX) expect(await windowRows(f.year)).toEqual(f.before);
    await migrate('up');
    for (const f of NATIONAL_DAY_DEFAULT_FIX) expect(await windowRows(f.year)).toEqual(f.after);
  });

  it('keeps a year an admin already entered, and still corrects the other years', async () => {
    const announced: Row[] = [
      { ...fixOf(2028).before[0]! },
      {
        date: '2028-09-03',
        kind: 'holiday',
        name: 'Quốc khánh (ngày liền kề 2/9)',
        source: 'Thông báo của Bộ Nội vụ về nghỉ Quốc khánh năm 2028 (nhập tay)',
      },
      ...fixOf(2028).before.slice(2),
    ];
    await setWindow(2028, announced);
    await setWindow(2031, fixOf(2031).before);
    await migrate('up');
    expect(await windowRows(2028)).toEqual(announced);
    expect(await windowRows(2031)).toEqual(fixOf(2031).after);
  });
});
