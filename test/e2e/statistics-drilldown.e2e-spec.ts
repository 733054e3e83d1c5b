import { Role } from '../../src/auth/role';
import { canonicalDecimal } from '../../src/statistics/summary/assemble-summary';
import {
  FIGURE_KEYS,
  figureMeasure,
  type FigureKey,
} from '../../src/statistics/domain/summary-shape';
import { ReportScopeService } from '../../src/statistics/scope/report-scope.service';
import { SummaryService } from '../../src/statistics/summary/summary.service';
import { principalOf } from '../factories/person.factory';
import { seedRandomStatistics } from '../factories/statistics.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

// DESIGN §5: every figure can be drilled down, and the list holds exactly the records counted.
// On a seeded random dataset over three units: count (or Σ quantity) of the drilled list ==
// the figure, for every FigureKey and two periods; the unit rows add up to the total.

interface Link {
  key: FigureKey;
  value: number | string;
  measure: 'count' | 'sum';
  href: string;
}

interface RecordsPage {
  figure: { key: string; value: number | string };
  items: { key: string; quantity: number | string | null; agencyId: string }[];
  nextCursor: string | null;
}

const addDecimals = (a: string, b: string) => {
  const scale = (s: string) => BigInt(Math.round(Number(s) * 100));
  const total = scale(a) + scale(b);
  const text = `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
  return canonicalDecimal(text);
};

describe('statistics drill-down: count == figure for every figure', () => {
  let t: TestApp;
  let city: string;
  let ids: string[];
  let oversight: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-20T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    ids = [city, await agencyIdByCode(t, 'HN-TTTP'), await agencyIdByCode(t, 'HN-BTCD')];
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: city });
    const officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: ids[1] });
    await seedRandomStatistics(t, {
      seed: 20260409,
      officerId: officer.id,
      agencyIds: ids,
      start: '2026-01-01',
      days: 270,
    });
  }, 120_000);
  afterAll(() => t.close());

  const get = (path: string) => t.http.get(path).set(bearer(oversight.token));

  async function drill(link: Link) {
    let count = 0;
    let sum = '0';
    const keys = new Set<string>();
    let path: string | null = `${link.href}&limit=7`;
    while (path !== null) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const page = res.body as RecordsPage;
      expect(page.figure.value).toEqual(link.value);
      for (const item of page.items) {
        keys.add(item.key);
        count += 1;
        sum = addDecimals(sum, String(item.quantity ?? 0));
      }
      path = page.nextCursor === null ? null : `${link.href}&limit=7&cursor=${page.nextCursor}`;
    }
    expect(keys.size).toBe(count);
    return link.measure === 'count' ? count : typeof link.value === 'string' ? sum : Number(sum);
  }

  it.each([
    ['a custom half year', 'from=2026-02-01&to=2026-07-31'],
    ['a statutory quarter', 'period=2026-Q2&convention=statutory'],
  ])(
    'for %s',
    async (_label, scope) => {
      const res = await get(`/api/v1/statistics/figures?${scope}&agencyId=${city}`);
      expect(res.status).toBe(200);
      const links = (res.body as { figures: Link[] }).figures;
      expect(links.map((l) => l.key)).toEqual([...FIGURE_KEYS]);
      const nonZero = links.filter((l) => Number(l.value) > 0).length;
      expect(nonZero).toBeGreaterThan(FIGURE_KEYS.length / 2);
      for (const link of links) {
        expect(link.measure).toBe(figureMeasure(link.key));
        const drilled = await drill(link);
        expect({ key: link.key, value: drilled }).toEqual({ key: link.key, value: link.value });
      }
    },
    120_000,
  );

  it('lists exactly the petitions and visits of their figures on the module lists (?figure=)', async () => {
    const leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const res = await get(
      `/api/v1/statistics/figures?from=2026-02-01&to=2026-07-31&agencyId=${city}`,
    );
    const links = (res.body as { figures: (Link & { listHref: string | null })[] }).figures;
    const listed = links.filter((l) => l.listHref !== null);
    const petitionLinks = listed.filter((l) => l.key.startsWith('petitions.'));
    const visitLinks = listed.filter((l) => l.listHref!.startsWith('/api/v1/reception/visits'));
    expect(petitionLinks.length).toBeGreaterThan(5);
    expect(visitLinks.map((l) => l.key).sort()).toEqual(
      [
        'reception.delegationPersons',
        'reception.delegations',
        'reception.persons',
        'reception.visits',
      ].sort(),
    );
    expect(listed).toHaveLength(petitionLinks.length + visitLinks.length);
    for (const link of listed) {
      const ids = new Set<string>();
      let persons = 0;
      let path: string | null = `${link.listHref!}&limit=50`;
      while (path !== null) {
        const page: {
          status: number;
          body: { items: { id: string; personsCount?: number }[]; nextCursor?: string | null };
        } = await t.http.get(path).set(bearer(leader.token));
        expect(page.status).toBe(200);
        for (const item of page.body.items) {
          ids.add(item.id);
          persons += item.personsCount ?? 0;
        }
        path = page.body.nextCursor
          ? `${link.listHref!}&limit=50&cursor=${page.body.nextCursor}`
          : null;
      }
      const value = link.measure === 'sum' ? persons : ids.size;
      expect({ key: link.key, value }).toEqual({ key: link.key, value: link.value });
    }
    const noPeriod = await t.http
      .get('/api/v1/petitions?figure=petitions.received')
      .set(bearer(leader.token));
    expectError(noPeriod, 400, 'VALIDATION_FAILED', 'from');
    const backwards = await t.http
      .get('/api/v1/reception/visits?figure=reception.visits&from=2026-03-01&to=2026-02-01')
      .set(bearer(leader.token));
    expectError(backwards, 400, 'VALIDATION_FAILED', 'to');
    const notPetitions = await t.http
      .get('/api/v1/petitions?figure=complaints.resolved&from=2026-01-01&to=2026-02-01')
      .set(bearer(leader.token));
    expectError(notPetitions, 400, 'VALIDATION_FAILED', 'figure');
  }, 120_000);

  it('adds the unit rows up to the total (summaryByUnit, one grouped statement per source with ROLLUP)', async () => {
    const scopes = t.app.get(ReportScopeService);
    const summaries = t.app.get(SummaryService);
    const scope = await scopes.resolve(principalOf(oversight), {
      from: '2026-02-01',
      to: '2026-07-31',
    });
    const total = await summaries.summary(scope);
    const byUnit = await summaries.summaryByUnit(scope);
    expect(byUnit.total).toEqual(total); // the ROLLUP row is the ungrouped summary
    const rows = byUnit.units;
    expect(rows.map((r) => r.unit.id)).toEqual(scope.units.map((u) => u.id));
    const own = rows.find((r) => r.unit.own)!;
    expect(own.unit.id).toBe(city);
    for (const section of ['reception', 'petitions', 'complaints', 'denunciations'] as const) {
      for (const [key, value] of Object.entries(total[section])) {
        if (key.endsWith('Rate')) continue;
        const summed = rows.reduce(
          (acc, r) => acc + (r.summary[section] as Record<string, number>)[key]!,
          0,
        );
        expect({ section, key, summed }).toEqual({ section, key, summed: value });
      }
    }
    const { cases, casesFirstTime, casesRepeat } = total.reception;
    expect(casesRepeat).toBeGreaterThan(0);
    expect(cases).toBe(casesFirstTime + casesRepeat); // 01/TCD col 3 = 6 + 7
    expect(total.complaints.inCompetence).toBe(
      total.complaints.carriedOver + total.complaints.accepted,
    );
    expect(total.complaints.inCompetence).toBe(
      total.complaints.resolved + total.complaints.pending,
    );
    const money = rows.reduce(
      (acc, r) => addDecimals(acc, r.summary.enforcement.moneyReturned),
      '0',
    );
    expect(money).toBe(total.enforcement.moneyReturned);
    const tttp = rows.find((r) => r.unit.id === ids[1])!;
    expect(tttp.summary.reception.visits).toBeGreaterThan(0);
    expect(tttp.summary.agency).toEqual({ id: ids[1], name: tttp.unit.name });
  }, 60_000);

  it('refuses an unknown figure and a bad cursor with a 400 naming the field', async () => {
    const bad = await get('/api/v1/statistics/figures/complaints.nothing/records?period=2026');
    expectError(bad, 400, 'VALIDATION_FAILED', 'figure');
    const cursor = await get(
      '/api/v1/statistics/figures/complaints.resolved/records?period=2026&cursor=abc',
    );
    expectError(cursor, 400, 'VALIDATION_FAILED', 'cursor');
  });
});
