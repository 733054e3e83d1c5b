import { Role } from '../../src/auth/role';
import { petitionBody, postPetition } from '../factories/petition.factory';
import { travelTo } from '../factories/resolution.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { insertOldCommune as insertOldCommuneUnder } from '../support/agency-tree';
import { createTestApp, type TestApp } from '../support/test-app';

// DOMAIN Product decision 7 and DESIGN §5 roll-up: Hà Nội had three levels until 30/6/2025
// (city, districts, communes) and two since (city, 126 communes/wards). Both trees report, each
// record stays with its agency, and a district's row in the city's form equals the district's own
// total (its communes rolled up).

interface FormRow {
  unit: { id: string; code: string; name: string };
  values: Record<string, number | string>;
}
interface FormJson {
  rows: FormRow[];
  total: { values: Record<string, number | string> };
}

describe('statistics on the old three-level tree and the post-2025 tree', () => {
  let t: TestApp;
  let city: string;
  let district: string;
  let communes: string[];
  let newWard: string;
  let leader: TestOfficer;
  const desks: TestOfficer[] = [];

  const insertOldCommune = (code: string, name: string) =>
    insertOldCommuneUnder(t, district, code, name);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2024-06-03T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    district = await agencyIdByCode(t, 'HN-Q-BADINH');
    communes = [
      await insertOldCommune('HN-Q-BADINH-P-KIMMA', 'Ủy ban nhân dân phường Kim Mã'),
      await insertOldCommune('HN-Q-BADINH-P-NGOCHA', 'Ủy ban nhân dân phường Ngọc Hà'),
    ];
    newWard = (
      await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM agency WHERE code LIKE 'HN-P-%' AND valid_to IS NULL ORDER BY code LIMIT 1`,
      )
    )[0]!.id;
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    for (const agencyId of [district, ...communes, newWard]) {
      desks.push(await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId }));
    }
    // 2024 (old tree): 1 at the district itself, 2 + 1 at its communes.
    const plan2024: [TestOfficer, string][] = [
      [desks[0]!, '2024-03-04'],
      [desks[1]!, '2024-04-08'],
      [desks[1]!, '2024-05-13'],
      [desks[2]!, '2024-05-20'],
    ];
    for (const [desk, receivedOn] of plan2024) {
      const res = await postPetition(t, desk, petitionBody({ receivedOn }));
      expect(res.status).toBe(201);
    }
    // 2026 (new tree): 2 at a ward that exists since 1/7/2025.
    await travelTo(t, '2026-03-10', [leader, desks[3]!]);
    for (const receivedOn of ['2026-02-02', '2026-03-09']) {
      const res = await postPetition(t, desks[3]!, petitionBody({ receivedOn }));
      expect(res.status).toBe(201);
    }
  }, 120_000);
  afterAll(() => t.close());

  const form = async (agencyId: string, period: string): Promise<FormJson> => {
    const res = await t.http
      .get(
        `/api/v1/statistics/forms/01-xld?agencyId=${agencyId}&period=${period}&convention=calendar`,
      )
      .set(bearer(leader.token));
    expect(res.status).toBe(200);
    return res.body as FormJson;
  };
  const received = async (agencyId: string, period: string) => {
    const res = await t.http
      .get(`/api/v1/statistics/summary?agencyId=${agencyId}&period=${period}&convention=calendar`)
      .set(bearer(leader.token));
    expect(res.status).toBe(200);
    return (res.body as { petitions: { received: number } }).petitions.received;
  };

  it('reports the old tree for 2024: the district rolls up its communes', async () => {
    expect(await received(district, '2024')).toBe(4);
    expect(await received(city, '2024')).toBe(4);
    const own = await form(district, '2024');
    const byUnit = new Map(own.rows.map((r) => [r.unit.id, r.values['1']]));
    expect(byUnit.get(district)).toBe(1);
    expect(byUnit.get(communes[0]!)).toBe(2);
    expect(byUnit.get(communes[1]!)).toBe(1);
    // The district's row in the city's form is the district's own total, column by column.
    const cityForm = await form(city, '2024');
    const districtRow = cityForm.rows.find((r) => r.unit.id === district)!;
    expect(districtRow.values).toEqual(own.total.values);
    expect(cityForm.rows.some((r) => r.unit.id === newWard)).toBe(false);
  });

  it('reports the new tree for 2026, and both trees for 2025-2026 together', async () => {
    expect(await received(city, '2026')).toBe(2);
    expect(await received(newWard, '2026')).toBe(2);
    const cityForm = await form(city, '2026');
    expect(cityForm.rows.find((r) => r.unit.id === newWard)?.values['1']).toBe(2);
    // Ba Đình ended on 30/6/2025, yet its four unhandled petitions of 2024 are still carried over
    // into 2026 (01/XLD cols 2–4) and stay in its row: records keep their agency.
    const districtRow = cityForm.rows.find((r) => r.unit.id === district)!;
    const carried = ['2', '3', '4'].reduce((n, c) => n + Number(districtRow.values[c]), 0);
    const got = ['5', '6', '7'].reduce((n, c) => n + Number(districtRow.values[c]), 0);
    expect({ carried, got }).toEqual({ carried: 4, got: 0 });
    const span = await t.http
      .get(`/api/v1/statistics/summary?agencyId=${city}&from=2024-01-01&to=2026-12-31`)
      .set(bearer(leader.token));
    expect(span.status).toBe(200);
    expect(span.body.petitions.received).toBe(6);
    expect(span.body.petitions.carriedOver).toBe(0);
  });
});
