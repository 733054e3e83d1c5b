import { Role } from '../../src/auth/role';
import { canonicalDecimal } from '../../src/statistics/summary/assemble-summary';
import {
  FIGURE_KEYS,
  figureMeasure,
  type FigureKey,
  RESOLUTION_COUNT_KEYS,
} from '../../src/statistics/domain/summary-shape';
import { ReportScopeService } from '../../src/statistics/scope/report-scope.service';
import { SummaryService } from '../../src/statistics/summary/summary.service';
import { principalOf } from '../factories/person.factory';
import { seedThreeAgencies } from '../factories/statistics.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
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

const PROCEEDING_KEYS = [
  'acceptedOn',
  'agencyId',
  'caseCode',
  'caseId',
  'decision',
  'dueOn',
  'id',
  'petitionId',
  'receivedOn',
  'status',
  'statusLabel',
  'termination',
];
const LIST_ITEM_KEYS = {
  complaints: [...PROCEEDING_KEYS, 'round'].sort(),
  denunciations: [...PROCEEDING_KEYS, 'concludedOn', 'kind'].sort(),
};

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
    ids = await seedThreeAgencies(t, 20260409);
    city = ids[0]!;
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: city });
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
    const proceedingLinks = listed.filter((l) => /^(complaints|denunciations)\./.test(l.key));
    expect(petitionLinks.length).toBeGreaterThan(5);
    expect(visitLinks.map((l) => l.key).sort()).toEqual(
      [
        'reception.cases', // through the visit that opens each case in the period
        'reception.casesFirstTime',
        'reception.casesRepeat',
        'reception.delegationPersons',
        'reception.delegations',
        'reception.persons',
        'reception.visits',
      ].sort(),
    );
    expect(proceedingLinks).toHaveLength(26); // the next test pages through these
    expect(listed).toHaveLength(petitionLinks.length + visitLinks.length + proceedingLinks.length);
    for (const link of [...petitionLinks, ...visitLinks]) {
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

  it.each([
    ['a custom half year', 'from=2026-02-01&to=2026-07-31'],
    ['a statutory quarter', 'period=2026-Q2&convention=statutory'],
  ])(
    'lists exactly the complaints and denunciations of their figures on GET /complaints and /denunciations (?figure=) for %s',
    async (_label, scope) => {
      const leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
      const summary = await get(`/api/v1/statistics/summary?${scope}&agencyId=${city}`);
      expect(summary.status).toBe(200);
      const { from, to } = (summary.body as { period: { from: string; to: string } }).period;
      const res = await get(`/api/v1/statistics/figures?${scope}&agencyId=${city}`);
      const links = (res.body as { figures: (Link & { listHref: string | null })[] }).figures;
      const proceedingLinks = links.filter((l) => /^(complaints|denunciations)\./.test(l.key));
      expect(proceedingLinks).toHaveLength(2 * RESOLUTION_COUNT_KEYS.length);
      let nonZero = 0;
      for (const link of proceedingLinks) {
        const [section, name] = link.key.split('.') as ['complaints' | 'denunciations', string];
        const query = new URLSearchParams({ figure: link.key, from, to, agencyId: city });
        expect(link.listHref).toBe(`/api/v1/${section}?${query.toString()}`);
        const figure = (summary.body as Record<string, Record<string, number>>)[section]![name];
        expect(link.value).toBe(figure);
        const listed = await listIds(leader, link.listHref!, section);
        const counted = await recordKeys(link.href);
        expect({ key: link.key, listed: listed.length, records: counted.length }).toEqual({
          key: link.key,
          listed: figure,
          records: figure,
        });
        expect(new Set(listed)).toEqual(new Set(counted));
        if (figure! > 0) nonZero += 1;
      }
      expect(nonZero).toBeGreaterThan(proceedingLinks.length / 2);

      const refused: [string, string][] = [
        [`complaints?figure=petitions.received&from=${from}&to=${to}`, 'figure'],
        [`denunciations?figure=complaints.resolved&from=${from}&to=${to}`, 'figure'],
        [`denunciations?figure=denunciations.resolved&from=${from}`, 'to'],
        [`complaints?figure=complaints.pending&to=${to}`, 'from'],
      ];
      for (const [path, field] of refused) {
        const refusal = await t.http.get(`/api/v1/${path}`).set(bearer(leader.token));
        expectError(refusal, 400, 'VALIDATION_FAILED', field);
      }
    },
    120_000,
  );

  /** Every id of a module list, page by page (7 a page: several pages per figure). */
  async function listIds(
    who: TestOfficer,
    href: string,
    section: 'complaints' | 'denunciations',
  ): Promise<string[]> {
    const ids: string[] = [];
    let path: string | null = `${href}&limit=7`;
    while (path !== null) {
      const page: {
        status: number;
        body: { items: Record<string, unknown>[]; nextCursor: string | null };
      } = await t.http.get(path).set(bearer(who.token));
      expect(page.status).toBe(200);
      for (const item of page.body.items) {
        expect(Object.keys(item).sort()).toEqual(LIST_ITEM_KEYS[section]); // no person, ever
        ids.push(item.id as string);
      }
      path = page.body.nextCursor ? `${href}&limit=7&cursor=${page.body.nextCursor}` : null;
    }
    expect(new Set(ids).size).toBe(ids.length);
    return ids;
  }

  /** Every record key of the statistics drill-down route. */
  async function recordKeys(href: string): Promise<string[]> {
    const keys: string[] = [];
    let path: string | null = `${href}&limit=50`;
    while (path !== null) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const page = res.body as RecordsPage;
      keys.push(...page.items.map((i) => i.key));
      path = page.nextCursor === null ? null : `${href}&limit=50&cursor=${page.nextCursor}`;
    }
    return keys;
  }

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
