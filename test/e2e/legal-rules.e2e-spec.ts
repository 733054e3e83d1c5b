import { Role } from '../../src/auth/role';
import { LegalRulesService } from '../../src/legal/legal-rules.service';
import { bearer, tokenFor } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

describe('GET /api/v1/legal/rules and POST /api/v1/legal/rules — versioned rules', () => {
  let t: TestApp;
  let admin: string;
  let reader: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await tokenFor(t, Role.Admin);
    reader = await tokenFor(t, Role.ReceptionOfficer);
  });
  afterAll(() => t.close());

  const rules = (on?: string) =>
    t.http
      .get('/api/v1/legal/rules')
      .query(on ? { on } : {})
      .set(bearer(reader));
  const addVersion = (body: object, token = admin) =>
    t.http.post('/api/v1/legal/rules').set(bearer(token)).send(body);
  type RuleRow = {
    key: string;
    version: number;
    normalDays: number | null;
    effectiveTo: string | null;
  };
  const itemsOf = (res: { body: unknown }) => (res.body as { on: string; items: RuleRow[] }).items;
  const d5v2 = {
    key: 'D5',
    title: 'Giải quyết khiếu nại lần đầu kể từ ngày thụ lý',
    unit: 'calendar_days',
    normalDays: 25,
    complexDays: 40,
    legalBasis: 'Luật số 136/2025/QH15 (giá trị thử nghiệm)',
    effectiveFrom: '2026-07-01',
  };

  it('lists the rules in force today (clock: 10/03/2026), in key order', async () => {
    const res = await rules().expect(200);
    expect((res.body as { on: string }).on).toBe('2026-03-10');
    expect(itemsOf(res).map((r) => r.key)).toEqual(
      Array.from({ length: 18 }, (_, i) => `D${i + 1}`),
    );
    expect(itemsOf(res).find((r) => r.key === 'D14')).toEqual(
      expect.objectContaining({
        version: 2,
        normalDays: 30,
        effectiveFrom: '2019-01-01',
        effectiveTo: null,
      }),
    );
  });

  it('as of 2018 gives the Luật Tố cáo 2011 versions: D14 60 days, D11 10 days, D13 without a term', async () => {
    const items = itemsOf(await rules('2018-06-01').expect(200));
    expect(items.find((r) => r.key === 'D14')).toEqual(
      expect.objectContaining({
        version: 1,
        normalDays: 60,
        complexDays: 90,
        effectiveTo: '2018-12-31',
      }),
    );
    expect(items.find((r) => r.key === 'D11')).toEqual(
      expect.objectContaining({
        version: 2,
        unit: 'calendar_days',
        normalDays: 10,
        extensionDays: 5,
        legalBasis: 'Luật Tố cáo 2011, Điều 20 khoản 1 điểm a',
        effectiveTo: '2018-12-31',
      }),
    );
    expect(items.find((r) => r.key === 'D13')).toEqual(
      expect.objectContaining({ version: 2, unit: null, normalDays: null }),
    );
  });

  it('refuses an impossible date', async () => {
    expectError(await rules('2026-13-01'), 400, 'VALIDATION_FAILED', 'on');
  });

  it('a new version supersedes the old one from its effective date, and is audited', async () => {
    const res = await addVersion(d5v2).expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        key: 'D5',
        version: 2,
        normalDays: 25,
        effectiveFrom: '2026-07-01',
        effectiveTo: null,
      }),
    );
    const before = itemsOf(await rules('2026-06-30')).find((r) => r.key === 'D5');
    expect(before).toEqual(
      expect.objectContaining({ version: 1, normalDays: 30, effectiveTo: '2026-06-30' }),
    );
    const after = itemsOf(await rules('2026-07-01')).find((r) => r.key === 'D5');
    expect(after).toEqual(expect.objectContaining({ version: 2, normalDays: 25 }));

    const preview = (start: string) =>
      t.http
        .get('/api/v1/legal/deadlines/preview')
        .query({ rule: 'D5', start })
        .set(bearer(reader));
    expect((await preview('2026-06-30')).body).toEqual(
      expect.objectContaining({
        dueOn: '2026-07-30',
        rule: expect.objectContaining({ version: 1, value: 30 }),
      }),
    );
    expect((await preview('2026-07-01')).body).toEqual(
      expect.objectContaining({
        dueOn: '2026-07-27',
        rule: expect.objectContaining({ version: 2, value: 25 }),
      }),
    );
    const audit = await t.dataSource.query<{ entity_id: string; data: Record<string, unknown> }[]>(
      "SELECT entity_id, data FROM audit_event WHERE action = 'legal_rule.create'",
    );
    expect(audit).toEqual([
      {
        entity_id: (res.body as { id: string }).id,
        data: {
          key: 'D5',
          version: 2,
          effectiveFrom: '2026-07-01',
          closedVersion: { version: 1, effectiveTo: '2026-06-30' },
        },
      },
    ]);
  });

  it('reads rules from a cache: a version added here applies at once, one added by another replica once the cache expires', async () => {
    const preview = async (rule: string, start: string) =>
      (
        await t.http
          .get('/api/v1/legal/deadlines/preview')
          .query({ rule, start })
          .set(bearer(reader))
          .expect(200)
      ).body as { rule: { version: number; value: number } };
    expect((await preview('D7', '2026-09-01')).rule).toEqual(
      expect.objectContaining({ version: 1 }),
    ); // cached now
    const d7 = await t.dataSource.query<{ normal_days: number; title: string; unit: string }[]>(
      "SELECT normal_days, title, unit FROM legal_rule WHERE key = 'D7' AND version = 1",
    );
    await addVersion({
      key: 'D7',
      title: d7[0]!.title,
      unit: d7[0]!.unit,
      normalDays: d7[0]!.normal_days + 5,
      legalBasis: 'Giá trị thử nghiệm',
      effectiveFrom: '2026-08-01',
    }).expect(201);
    expect((await preview('D7', '2026-09-01')).rule).toEqual(
      expect.objectContaining({ version: 2, value: d7[0]!.normal_days + 5 }),
    );
    // Another replica adds version 3: this process sees it once its cache has expired.
    await t.dataSource.query(
      `UPDATE legal_rule SET effective_to = '2026-08-31' WHERE key = 'D7' AND version = 2;
       INSERT INTO legal_rule (key, version, title, unit, normal_days, max_extensions, legal_basis,
         effective_from)
       SELECT key, 3, title, unit, normal_days + 1, max_extensions, legal_basis, '2026-09-01'
         FROM legal_rule WHERE key = 'D7' AND version = 2`,
    );
    expect((await preview('D7', '2026-09-01')).rule.version).toBe(2);
    // Its cache lives on real time (ExpiringCache's spec): moving the application's clock by
    // hours or days, as the demo does, does not expire it.
    const now = t.clock.now();
    try {
      t.clock.set(new Date(now.getTime() + 2 * 3_600_000)); // far past the TTL
      expect((await preview('D7', '2026-09-01')).rule.version).toBe(2);
    } finally {
      t.clock.set(now);
    }
    t.app.get(LegalRulesService).invalidate(); // what the TTL does in time
    expect((await preview('D7', '2026-09-01')).rule.version).toBe(3);
  });

  it('refuses a version starting on or before the latest one, naming effectiveFrom, and writes nothing', async () => {
    const res = await addVersion({ ...d5v2, effectiveFrom: '2026-07-01' });
    expectError(res, 400, 'LEGAL_RULE_VERSION_INVALID', 'effectiveFrom');
    const count = await t.dataSource.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM legal_rule WHERE key = 'D5'",
    );
    expect(count).toEqual([{ n: 2 }]);
  });

  it.each([
    ['an unknown key', 'LEGAL_RULE_UNKNOWN', 'key', { key: 'D99' }],
    ['zero days', 'VALIDATION_FAILED', 'normalDays', { normalDays: 0 }],
    ['an unknown unit', 'VALIDATION_FAILED', 'unit', { unit: 'weeks' }],
    ['an impossible date', 'VALIDATION_FAILED', 'effectiveFrom', { effectiveFrom: '2027-02-29' }],
    [
      'a period in days without its normal value',
      'LEGAL_RULE_VERSION_INVALID',
      'normalDays',
      { effectiveFrom: '2027-01-01', normalDays: null },
    ],
    [
      'extensions without their length',
      'LEGAL_RULE_VERSION_INVALID',
      'extensionDays',
      { effectiveFrom: '2027-01-01', maxExtensions: 1 },
    ],
    [
      'an end before the start',
      'LEGAL_RULE_VERSION_INVALID',
      'effectiveTo',
      { effectiveFrom: '2027-01-01', effectiveTo: '2026-12-31' },
    ],
  ])('refuses %s: %s naming %s', async (_label, code, field, changes) => {
    expectError(await addVersion({ ...d5v2, ...changes }), 400, code, field);
  });

  it('counts a period running past the years first loaded (calendar widened to 2029)', async () => {
    const long = { key: 'D10', title: 'Thời hạn dài (thử nghiệm)', unit: 'calendar_days' };
    const body = {
      ...long,
      normalDays: 800,
      legalBasis: 'Thử nghiệm',
      effectiveFrom: '2027-01-01',
    };
    await addVersion(body).expect(201);
    const res = await t.http
      .get('/api/v1/legal/deadlines/preview')
      .query({ rule: 'D10', start: '2027-01-04' })
      .set(bearer(reader))
      .expect(200);
    expect(res.body).toEqual(expect.objectContaining({ dueOn: '2029-03-14', warnings: [] }));
  });

  it('documents the legal routes in the OpenAPI document', async () => {
    const paths = Object.keys((await t.http.get('/api/docs-json').expect(200)).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/legal/deadlines/preview',
        '/api/v1/legal/rules',
        '/api/v1/legal/calendar/{year}',
      ]),
    );
  });

  it('answers 403 to a reception officer', async () => {
    expectError(
      await addVersion({ ...d5v2, effectiveFrom: '2027-01-01' }, reader),
      403,
      'FORBIDDEN',
    );
  });
});
