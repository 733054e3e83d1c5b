import { Role } from '../../src/auth/role';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { postVisit, visitBody } from '../factories/visit.factory';

// Vụ việc seen at reception (01/TCD cols 6–7, summary reception.cases): a case visited several
// times in a period counts once, first-time when the agency had never received it before, repeat
// otherwise. Counted through the visit that opens the case in the period (previous_visit_on, kept
// by the trigger of migration LinkVisitsOfACase), including when a visit is entered late.

const PERIOD = { from: '2026-04-01', to: '2026-06-30' };
const at = (day: string) => `${day}T09:00:00+07:00`;

describe('statistics: vụ việc seen at reception', () => {
  let t: TestApp;
  let tttp: string;
  let desk: TestOfficer;
  let oversight: TestOfficer;
  const cases: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

  const visit = async (day: string, caseId?: string) => {
    const body = caseId
      ? visitBody({ receivedAt: at(day), caseId, newCase: undefined })
      : visitBody({ receivedAt: at(day) });
    const res = await postVisit(t, desk, body);
    expect(res.status).toBe(201);
    return res.body as { id: string; case: { id: string } };
  };
  const reception = async () => {
    const query = new URLSearchParams({ ...PERIOD, agencyId: tttp });
    const res = await t.http
      .get(`/api/v1/statistics/summary?${query.toString()}`)
      .set(bearer(oversight.token));
    expect(res.status).toBe(200);
    return res.body.reception as Record<string, number>;
  };
  const previousOf = async (visitId: string) => {
    const [row] = await t.dataSource.query<{ prev: string | null }[]>(
      'SELECT previous_visit_on::text AS prev FROM reception_visit WHERE id = $1',
      [visitId],
    );
    return row!.prev;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-07-10T03:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    desk = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    oversight = await createOfficer(t, {
      roles: [Role.Oversight],
      agencyId: await agencyIdByCode(t, 'HN'),
    });
    cases.a = (await visit('2026-03-10')).case.id; // a: first received before the period
    await visit('2026-04-06', cases.a);
    await visit('2026-05-06', cases.a);
    cases.b = (await visit('2026-04-10')).case.id; // b: first received in the period
    await visit('2026-06-01', cases.b);
    cases.c = (await visit('2026-06-20')).case.id; // c: see the late entry below
  }, 60_000);
  afterAll(() => t.close());

  it('counts each case once in the period: first-time or repeat', async () => {
    expect(await reception()).toMatchObject({
      visits: 5,
      cases: 3,
      casesFirstTime: 2, // b, c
      casesRepeat: 1, // a
    });
  });

  it('re-links the later visit when an earlier one is entered late, and counts the case as repeat', async () => {
    const [later] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM reception_visit WHERE case_id = $1',
      [cases.c],
    );
    expect(await previousOf(later!.id)).toBeNull();
    const late = await visit('2026-03-25', cases.c); // a visit of March, entered in July
    expect(await previousOf(late.id)).toBeNull();
    expect(await previousOf(later!.id)).toBe('2026-03-25');
    expect(await reception()).toMatchObject({
      visits: 5,
      cases: 3,
      casesFirstTime: 1, // b
      casesRepeat: 2, // a, c
    });
  });

  it('lists the visit that opens each case in the period, as many as the figure', async () => {
    const query = new URLSearchParams({ ...PERIOD, agencyId: tttp, limit: '50' });
    const res = await t.http
      .get(`/api/v1/statistics/figures/reception.cases/records?${query.toString()}`)
      .set(bearer(oversight.token));
    expect(res.status).toBe(200);
    expect(res.body.figure.value).toBe(3);
    const days = await t.dataSource.query<{ case_id: string; visit_on: string }[]>(
      `SELECT case_id, visit_on::text AS visit_on FROM reception_visit WHERE id = ANY($1)
        ORDER BY visit_on`,
      [(res.body.items as { key: string }[]).map((i) => i.key)],
    );
    expect(days).toEqual([
      { case_id: cases.a, visit_on: '2026-04-06' },
      { case_id: cases.b, visit_on: '2026-04-10' },
      { case_id: cases.c, visit_on: '2026-06-20' },
    ]);
  });

  it('refuses to move a visit to another case, agency or day (the links depend on them)', async () => {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM reception_visit WHERE case_id = $1 LIMIT 1',
      [cases.a],
    );
    await expect(
      t.dataSource.query(`UPDATE reception_visit SET visit_on = '2026-04-07' WHERE id = $1`, [
        row!.id,
      ]),
    ).rejects.toThrow(/cannot change/);
    await expect(
      t.dataSource.query('UPDATE reception_visit SET case_id = $2 WHERE id = $1', [
        row!.id,
        cases.b,
      ]),
    ).rejects.toThrow(/cannot change/);
  });
});
