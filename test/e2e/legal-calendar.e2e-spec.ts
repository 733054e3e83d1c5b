import { Role } from '../../src/auth/role';
import { DeadlineService } from '../../src/legal/deadline.service';
import { DeadlineRecalculationRegistry } from '../../src/legal/deadline-recalculation.registry';
import { bearer, tokenFor } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

type Day = Record<'date' | 'kind' | 'name' | 'source', string>;
const plain = ({ date, kind, name, source }: Day): Day => ({ date, kind, name, source });

interface CalendarYear {
  year: number;
  days: (Day & { weekday: string; kindLabel: string })[];
}

const SPECIAL_DAY_OFF: Day = {
  date: '2026-02-25',
  kind: 'holiday',
  name: 'Ngày nghỉ đặc biệt (thử nghiệm)',
  source: 'Thông báo thử nghiệm số 01/TB',
};

describe('/api/v1/legal/calendar/{year} — the working calendar', () => {
  let t: TestApp;
  let admin: string;
  let reader: string;
  let seeded2026: Day[];
  const calls: { dates: readonly string[]; dueOn: string | null }[] = [];
  let failNext = false;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await tokenFor(t, Role.Admin);
    reader = await tokenFor(t, Role.ReceptionOfficer);
    const deadlines = t.app.get(DeadlineService);
    // Test-only registration standing in for the complaints module's open proceedings.
    t.app
      .get(DeadlineRecalculationRegistry)
      .register('test-proceedings', async (dates, manager) => {
        if (failNext) throw new Error('recalculation failed');
        const computed = await deadlines.compute(
          { ruleKey: 'D1', start: '2026-02-10' },
          { manager },
        );
        calls.push({ dates, dueOn: computed.result.dueOn });
        return 2;
      });
    const res = await getYear(2026).expect(200);
    seeded2026 = (res.body as CalendarYear).days.map(plain);
  });
  afterAll(() => t.close());

  beforeEach(() => {
    calls.length = 0;
    failNext = false;
  });

  function getYear(year: number | string, token = reader) {
    return t.http.get(`/api/v1/legal/calendar/${year}`).set(bearer(token));
  }
  const putYear = (year: number | string, days: unknown[], token = admin) =>
    t.http.put(`/api/v1/legal/calendar/${year}`).set(bearer(token)).send({ days });
  const d1DueOn = async () => {
    const res = await t.http
      .get('/api/v1/legal/deadlines/preview')
      .query({ rule: 'D1', start: '2026-02-10' })
      .set(bearer(reader))
      .expect(200);
    return (res.body as { dueOn: string }).dueOn;
  };
  const auditRows = () =>
    t.dataSource.query<
      { actor_id: string; entity_type: string; entity_id: string; data: Record<string, unknown> }[]
    >(
      "SELECT actor_id, entity_type, entity_id, data FROM audit_event WHERE action = 'calendar.update' ORDER BY seq",
    );
  const rowsOf2026 = () =>
    t.dataSource.query<Day[]>(
      "SELECT date::text AS date, kind, name, source FROM calendar_day WHERE date BETWEEN '2026-01-01' AND '2026-12-31' ORDER BY date",
    );

  it('GET 2026 lists Tết Bính Ngọ and the other days off with Vietnamese names and their sources', async () => {
    const body = (await getYear(2026).expect(200)).body as CalendarYear;
    expect(body.year).toBe(2026);
    expect(body.days).toHaveLength(16);
    expect(body.days.filter((d) => d.name.startsWith('Tết Nguyên đán'))).toEqual([
      expect.objectContaining({
        date: '2026-02-16',
        weekday: 'Thứ Hai',
        name: 'Tết Nguyên đán (29 tháng Chạp)',
      }),
      expect.objectContaining({
        date: '2026-02-17',
        weekday: 'Thứ Ba',
        name: 'Tết Nguyên đán (mùng 1)',
      }),
      expect.objectContaining({ date: '2026-02-18', name: 'Tết Nguyên đán (mùng 2)' }),
      expect.objectContaining({ date: '2026-02-19', name: 'Tết Nguyên đán (mùng 3)' }),
      expect.objectContaining({
        date: '2026-02-20',
        weekday: 'Thứ Sáu',
        name: 'Tết Nguyên đán (mùng 4)',
      }),
    ]);
    expect(body.days.find((d) => d.date === '2026-02-17')).toEqual({
      date: '2026-02-17',
      weekday: 'Thứ Ba',
      kind: 'holiday',
      kindLabel: 'Ngày lễ, Tết',
      name: 'Tết Nguyên đán (mùng 1)',
      source: expect.stringContaining('Bộ luật Lao động 2019, Điều 112 khoản 1'),
    });
    expect(body.days.find((d) => d.date === '2026-01-10')).toEqual(
      expect.objectContaining({
        kind: 'make_up_workday',
        kindLabel: 'Ngày làm bù',
        weekday: 'Thứ Bảy',
      }),
    );
    expect(body.days.find((d) => d.date === '2026-04-27')).toEqual(
      expect.objectContaining({ kind: 'compensatory_day_off', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' }),
    );
  });

  it('GET a year without rows answers an empty list', async () => {
    expect((await getYear(2040).expect(200)).body).toEqual({ year: 2040, days: [] });
  });

  it.each(['1999', '2101', 'abc'])('GET %s answers 400 naming the year', async (year) => {
    expectError(await getYear(year), 400, 'VALIDATION_FAILED', 'year');
  });

  it('PUT adding a day off moves a D1 due date by one working day, runs the hook and writes one audit row', async () => {
    expect(await d1DueOn()).toBe('2026-03-03');
    const res = await putYear(2026, [...seeded2026, SPECIAL_DAY_OFF]).expect(200);
    expect((res.body as CalendarYear).days).toHaveLength(17);
    expect((res.body as CalendarYear).days[8]).toEqual(
      expect.objectContaining({ ...SPECIAL_DAY_OFF, weekday: 'Thứ Tư', kindLabel: 'Ngày lễ, Tết' }),
    );
    expect(await d1DueOn()).toBe('2026-03-04');
    // The hook ran inside the edit's transaction and already saw the new calendar.
    expect(calls).toEqual([{ dates: ['2026-02-25'], dueOn: '2026-03-04' }]);
    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toEqual(
      expect.objectContaining({
        entity_type: 'calendar_year',
        entity_id: '2026',
        data: {
          year: 2026,
          added: ['2026-02-25'],
          removed: [],
          changed: [],
          proceedingsUpdated: 2,
          // Other modules' hooks (petitions, complaints…) run too and report their own counts.
          proceedingsUpdatedBy: expect.objectContaining({ 'test-proceedings': 2 }),
        },
      }),
    );
    const explanation = (
      await t.http
        .get('/api/v1/legal/deadlines/preview')
        .query({ rule: 'D1', start: '2026-02-10' })
        .set(bearer(reader))
    ).body as { explanation: { text: string }[] };
    expect(explanation.explanation.map((s) => s.text)).toContain(
      'Bỏ qua Thứ Tư 25/02/2026: Ngày nghỉ đặc biệt (thử nghiệm)',
    );
  });

  it('PUT back to the seeded list removes the day, restores the due date and audits the removal', async () => {
    await putYear(2026, seeded2026).expect(200);
    expect(await d1DueOn()).toBe('2026-03-03');
    expect(calls.map((c) => c.dates)).toEqual([['2026-02-25']]);
    const last = (await auditRows()).at(-1);
    expect(last?.data).toEqual(
      expect.objectContaining({ added: [], removed: ['2026-02-25'], changed: [] }),
    );
    expect(await rowsOf2026()).toEqual(seeded2026);
  });

  it('PUT renaming a day reports it as changed', async () => {
    const renamed = seeded2026.map((d) =>
      d.date === '2026-04-27' ? { ...d, name: 'Nghỉ bù ngày Giỗ Tổ' } : d,
    );
    await putYear(2026, renamed).expect(200);
    expect((await auditRows()).at(-1)?.data).toEqual(
      expect.objectContaining({ changed: ['2026-04-27'] }),
    );
    await putYear(2026, seeded2026).expect(200);
  });

  describe('a bad row → 400 naming it, and nothing written', () => {
    const withRow3 = (row: Partial<Day>) => {
      const days: unknown[] = seeded2026.slice(0, 5);
      days[3] = { ...seeded2026[3], ...row };
      return days;
    };

    it.each([
      ['an impossible date', 'VALIDATION_FAILED', 'days.3.date', { date: '2026-02-30' }],
      ['an unknown kind', 'VALIDATION_FAILED', 'days.3.kind', { kind: 'festival' }],
      ['an empty name', 'VALIDATION_FAILED', 'days.3.name', { name: '' }],
      ['a date of another year', 'CALENDAR_INVALID', 'days.3.date', { date: '2027-02-25' }],
      ['a duplicate date', 'CALENDAR_INVALID', 'days.3.date', { date: '2026-01-01' }],
      [
        'a make-up day on a weekday',
        'CALENDAR_INVALID',
        'days.3.kind',
        { date: '2026-03-04', kind: 'make_up_workday' },
      ],
      [
        'a swapped day off on a Sunday',
        'CALENDAR_INVALID',
        'days.3.kind',
        { date: '2026-03-08', kind: 'swapped_day_off' },
      ],
    ])('refuses %s: %s naming %s', async (_label, code, field, row) => {
      const before = await auditRows();
      expectError(await putYear(2026, withRow3(row)), 400, code, field);
      expect(await rowsOf2026()).toEqual(seeded2026);
      expect(await auditRows()).toEqual(before);
      expect(calls).toEqual([]);
    });

    it('refuses a year outside 2000–2100', async () => {
      expectError(await putYear(2101, []), 400, 'VALIDATION_FAILED', 'year');
    });

    it('rolls everything back when a recalculation hook fails', async () => {
      const before = await auditRows();
      failNext = true;
      const res = await putYear(2026, [...seeded2026, SPECIAL_DAY_OFF]);
      expectError(res, 500, 'INTERNAL_ERROR');
      expect(await rowsOf2026()).toEqual(seeded2026);
      expect(await auditRows()).toEqual(before);
      expect(await d1DueOn()).toBe('2026-03-03');
    });
  });

  it('answers 403 to a reception officer on PUT, who may still read', async () => {
    expectError(await putYear(2026, seeded2026, reader), 403, 'FORBIDDEN');
    await getYear(2026, reader).expect(200);
  });
});
