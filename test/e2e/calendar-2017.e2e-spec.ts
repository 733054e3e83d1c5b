import {
  CorrectTetDinhDauCalendarDays1767225694000 as Migration,
  TET_2017_DEFAULT,
  TET_2017_OFFICIAL,
} from '../../migrations/1767225694000-CorrectTetDinhDauCalendarDays';
import { Role } from '../../src/auth/role';
import { bearer, tokenFor } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

type Row = { date: string; kind: string; name: string; source: string };

describe('Tết 2017 in the calendar: 26/1–1/2 (Văn bản 9794/VPCP-KGVX ngày 14/11/2016)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const windowRows = () =>
    t.dataSource.query<Row[]>(
      `SELECT date::text AS date, kind, name, source FROM calendar_day
        WHERE date BETWEEN '2017-01-26' AND '2017-02-02' ORDER BY date`,
    );

  async function setWindow(rows: readonly Row[]) {
    await t.dataSource.query(
      `DELETE FROM calendar_day WHERE date BETWEEN '2017-01-26' AND '2017-02-02'`,
    );
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

  it('a fresh install lists the official days off of Tết 2017 and counts working days over them', async () => {
    const token = await tokenFor(t, Role.ReceptionOfficer);
    const res = await t.http.get('/api/v1/legal/calendar/2017').set(bearer(token)).expect(200);
    const tet = (res.body.days as Row[]).filter((d) => d.name.includes('Tết Nguyên đán'));
    expect(tet.map((d) => d.date)).toEqual([
      '2017-01-26',
      '2017-01-27',
      '2017-01-28',
      '2017-01-29',
      '2017-01-30',
      '2017-01-31',
      '2017-02-01',
    ]);
    expect(await windowRows()).toEqual(TET_2017_OFFICIAL);
    // D12 (Luật TC 2011 Điều 20 k1 b: 5 working days) from Thu 19/1/2017: 20, 23, 24, 25, then
    // the break 26/1–1/2 → Thu 2/2 (under the old default 27/1–2/2 it was Thu 26/1)
    const preview = await t.http
      .get('/api/v1/legal/deadlines/preview')
      .query({ rule: 'D12', start: '2017-01-19' })
      .set(bearer(token))
      .expect(200);
    expect(preview.body.dueOn).toBe('2017-02-02');
  });

  it('corrects a database seeded with the default 27/1–2/2, once, and reverts on down', async () => {
    await setWindow(TET_2017_DEFAULT);
    await migrate('up');
    expect(await windowRows()).toEqual(TET_2017_OFFICIAL);
    await migrate('up'); // already official: nothing to do
    expect(await windowRows()).toEqual(TET_2017_OFFICIAL);
    await migrate('down');
    expect(await windowRows()).toEqual(TET_2017_DEFAULT);
    await migrate('up');
    expect(await windowRows()).toEqual(TET_2017_OFFICIAL);
  });

  it('keeps the days an admin already edited for those dates', async () => {
    const edited = TET_2017_DEFAULT.map((r) =>
      r.date === '2017-02-02' ? { ...r, source: 'Thông báo của Bộ LĐTBXH (nhập tay)' } : r,
    );
    await setWindow(edited);
    await migrate('up');
    expect(await windowRows()).toEqual(edited);
  });
});
