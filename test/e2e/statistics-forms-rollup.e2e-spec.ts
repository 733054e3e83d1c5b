import { Role } from '../../src/auth/role';
import { FORM_CODES } from '../../src/statistics/domain/form-definition';
import { seedRandomStatistics } from '../factories/statistics.factory';
import { linkPetitionsToVisits } from '../factories/statistics-reception.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import type { FormJson } from '../support/form-json';
import { insertOldCommune as insertOldCommuneUnder } from '../support/agency-tree';
import { createTestApp, type TestApp } from '../support/test-app';

// DESIGN §5 roll-up and DOMAIN Product decision 7, for every official form: on the old
// three-level tree (2024: Ba Đình district and two of its wards) a district's row in the city's
// form is the district's own form total, column by column, and that total adds up its own row and
// its communes' rows; on the post-2025 tree (2026: a ward directly under the city) the ward's row
// is its own total. Random data over every table the forms read (statistics.factory).

jest.setTimeout(60_000);

const sumOfRows = (form: FormJson, column: number) =>
  form.rows.reduce((s, r) => s + Number(r.values[column] ?? 0), 0);

describe('official forms roll a district’s communes up, on the old and the new tree', () => {
  let t: TestApp;
  let city: string;
  let district: string;
  let communes: string[];
  let ward: string;
  let leader: TestOfficer;

  const insertOldCommune = (code: string, name: string) =>
    insertOldCommuneUnder(t, district, code, name);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-31T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    district = await agencyIdByCode(t, 'HN-Q-BADINH');
    communes = [
      await insertOldCommune('HN-Q-BADINH-P-KIMMA', 'Ủy ban nhân dân phường Kim Mã'),
      await insertOldCommune('HN-Q-BADINH-P-NGOCHA', 'Ủy ban nhân dân phường Ngọc Hà'),
    ];
    const [newWard] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM agency WHERE code LIKE 'HN-P-%' AND valid_to IS NULL ORDER BY code LIMIT 1`,
    );
    ward = newWard!.id;
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: district });
    await seedRandomStatistics(t, {
      seed: 2024,
      officerId: officer.id,
      agencyIds: [district, ...communes],
      start: '2024-01-10',
      days: 300,
    });
    await seedRandomStatistics(t, {
      seed: 2026,
      officerId: officer.id,
      agencyIds: [ward],
      start: '2026-01-10',
      days: 300,
    });
    await linkPetitionsToVisits(t); // 02/TCD
  }, 120_000);
  afterAll(() => t.close());

  const form = async (code: string, agencyId: string, period: string): Promise<FormJson> => {
    const res = await t.http
      .get(`/api/v1/statistics/forms/${code.replace('/', '-')}`)
      .query({ agencyId, period, convention: 'calendar' })
      .set(bearer(leader.token));
    expect(res.status).toBe(200);
    return res.body as FormJson;
  };
  const figureColumns = (f: FormJson) =>
    f.columns.filter((c) => c.unit !== 'text').map((c) => c.number);

  it.each(FORM_CODES)(
    '%s: 2024, the district’s row in the city’s form is its own total, which adds up its communes',
    async (code) => {
      const own = await form(code, district, '2024');
      expect(own.rows.map((r) => r.unit.id)).toEqual([district, ...communes]);
      const nonZero = figureColumns(own).filter((n) => Number(own.total.values[n]) !== 0);
      expect(nonZero.length).toBeGreaterThan(0);
      for (const n of figureColumns(own)) {
        expect({ n, total: Number(own.total.values[n]) }).toEqual({
          n,
          total: expect.closeTo(sumOfRows(own, n), 6) as number,
        });
      }
      const cityForm = await form(code, city, '2024');
      const districtRow = cityForm.rows.find((r) => r.unit.id === district)!;
      expect(districtRow.values).toEqual(own.total.values);
      expect(cityForm.total.values).toEqual(own.total.values); // nothing else in the city
      expect(cityForm.rows.some((r) => r.unit.id === ward)).toBe(false); // not yet in force
    },
  );

  it.each(FORM_CODES)(
    '%s: 2026, the new ward reports under the city, and the old district still shows what it carries',
    async (code) => {
      const cityForm = await form(code, city, '2026');
      const own = await form(code, ward, '2026');
      const nonZero = figureColumns(own).filter((n) => Number(own.total.values[n]) !== 0);
      expect(nonZero.length).toBeGreaterThan(0);
      expect(cityForm.rows.find((r) => r.unit.id === ward)?.values).toEqual(own.total.values);
      const old = await form(code, district, '2026');
      const districtRow = cityForm.rows.find((r) => r.unit.id === district);
      const oldHasFigures = figureColumns(old).some((n) => Number(old.total.values[n]) !== 0);
      expect(districtRow?.values).toEqual(oldHasFigures ? old.total.values : undefined);
    },
  );

  it('the summary of the city is the district’s in 2024 and the ward’s in 2026', async () => {
    const summary = async (agencyId: string, period: string) => {
      const res = await t.http
        .get('/api/v1/statistics/summary')
        .query({ agencyId, period, convention: 'calendar' })
        .set(bearer(leader.token));
      expect(res.status).toBe(200);
      const { period: _p, agency: _a, ...figures } = res.body as Record<string, unknown>;
      return figures;
    };
    const district2024 = await summary(district, '2024');
    expect(district2024).toMatchObject({ reception: { visits: expect.any(Number) as number } });
    expect(await summary(city, '2024')).toEqual(district2024);
    const ward2026 = (await summary(ward, '2026')) as { petitions: { received: number } };
    expect(ward2026.petitions.received).toBeGreaterThan(0);
    const city2026 = (await summary(city, '2026')) as { petitions: { received: number } };
    expect(city2026.petitions.received).toBe(ward2026.petitions.received);
  });
});
