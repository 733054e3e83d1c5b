import { randomUUID } from 'node:crypto';

import { Role } from '../../src/auth/role';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

// Issue 9 "Tests": a 100-year period or an unknown agency → 400/404, never 500 — on every
// statistics route (summary, comparison, trend, figures, the records of a figure, each form in
// each format, the oversight report), with the stable error body naming the field. Periods at the
// edges of what is accepted (10 years from 2000, whose comparison periods reach back before 2000;
// 60 monthly periods back from January 2000) still answer.

const ROUTES: [string, Record<string, string>][] = [
  ['/api/v1/statistics/summary', {}],
  ['/api/v1/statistics/comparison', {}],
  ['/api/v1/statistics/trend', { periods: '3' }],
  ['/api/v1/statistics/figures', {}],
  ['/api/v1/statistics/figures/complaints.resolved/records', {}],
  ['/api/v1/statistics/forms/01-tcd', {}],
  ['/api/v1/statistics/forms/03-kqgq', { format: 'xlsx' }],
  ['/api/v1/statistics/forms/02-kqgq', { format: 'pdf' }],
  ['/api/v1/reports/oversight.pdf', {}],
];

describe('statistics routes refuse impossible periods and unknown agencies', () => {
  let t: TestApp;
  let city: string;
  let oversight: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-05-04T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: city });
  });
  afterAll(() => t.close());

  const get = (path: string, query: Record<string, string>) =>
    t.http.get(path).query(query).set(bearer(oversight.token));

  it.each(ROUTES)('%s: a 100-year range is a 400 naming to', async (path, extra) => {
    const res = await get(path, { ...extra, from: '2000-01-01', to: '2099-12-31' });
    expectError(res, 400, 'STATISTICS_PERIOD_INVALID', 'to');
  });

  it.each(ROUTES)(
    '%s: a named year outside 2000–2100 is a 400 naming period',
    async (path, extra) => {
      expectError(
        await get(path, { ...extra, period: '2126' }),
        400,
        'STATISTICS_PERIOD_INVALID',
        'period',
      );
      expectError(
        await get(path, { ...extra, period: '1926' }),
        400,
        'STATISTICS_PERIOD_INVALID',
        'period',
      );
    },
  );

  it.each(ROUTES)('%s: an unknown agency is a 404, a malformed id a 400', async (path, extra) => {
    const unknown = await get(path, { ...extra, period: '2026', agencyId: randomUUID() });
    expectError(unknown, 404, 'NOT_FOUND');
    const malformed = await get(path, { ...extra, period: '2026', agencyId: 'nope' });
    expectError(malformed, 400, 'VALIDATION_FAILED', 'agencyId');
  });

  it.each(ROUTES)(
    '%s: the longest accepted range, from 1/1/2000, answers 200',
    async (path, extra) => {
      const res = await get(path, { ...extra, from: '2000-01-01', to: '2009-12-31' });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    },
  );

  it('a trend of 60 months back from January 2000 reaches back to February 1995', async () => {
    const res = await get('/api/v1/statistics/trend', {
      period: '2000-M01',
      convention: 'calendar',
      periods: '60',
    });
    expect(res.status).toBe(200);
    const periods = (res.body as { periods: { code: string }[] }).periods;
    expect([periods.length, periods[0]?.code, periods[59]?.code]).toEqual([
      60,
      '1995-M02',
      '2000-M01',
    ]);
  });
});
