import { Role } from '../../src/auth/role';
import { checkedPetition, handle } from '../factories/petition.factory';
import { act, travelTo } from '../factories/resolution.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// D11 (Luật Tố cáo 2018 Điều 24(1), Điều 29): a denunciation proposed for acceptance has left
// petition handling, but its acceptance decision is still due. It stays in the handling worklists
// on its D11 date until the denunciation module opens the proceeding (POST /denunciations).

interface Item {
  id: string;
  status: string;
  deadlines: { dueOn: string; checkDueOn: string | null; isOverdue: boolean };
}

describe('a denunciation proposed for acceptance stays in the worklists under D11', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let denunciation: { id: string; checkDueOn: string };
  let complaintId: string;

  const get = (url: string, query: Record<string, string> = {}) =>
    t.http.get(`/api/v1${url}`).query(query).set(bearer(handler.token)).expect(200);
  const items = async (url: string, query: Record<string, string> = {}) =>
    ((await get(url, query)).body as { items: Item[] }).items;
  const find = async (url: string, query: Record<string, string> = {}) =>
    (await items(url, query)).find((i) => i.id === denunciation.id);

  /** Registers and checks a petition within competence, then proposes its acceptance. */
  async function proposed(over: Record<string, unknown>) {
    const checked = await checkedPetition(t, handler, { receivedOn: '2026-03-10', ...over });
    const res = await handle(t, handler, checked.id, {
      action: 'propose_acceptance',
      version: checked.version,
    });
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    return res.body as Item;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T03:00:00Z') });
    const agencyId = await agencyIdByCode(t, 'HN-TTTP');
    handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId });
    const d = await proposed({ type: 'denunciation', field: 'corruption' });
    expect(d.status).toBe('proposed_for_acceptance');
    denunciation = { id: d.id, checkDueOn: d.deadlines.checkDueOn! };
    complaintId = (await proposed({ type: 'complaint' })).id;
  });
  afterAll(() => t.close());

  it('is listed on its D11 date, not overdue, while the proposal waits', async () => {
    expect(denunciation.checkDueOn > '2026-03-10').toBe(true);
    expect(await find('/petitions/worklist')).toMatchObject({
      status: 'proposed_for_acceptance',
      deadlines: { dueOn: denunciation.checkDueOn, isOverdue: false },
    });
    expect(await find('/petitions/worklist', { overdue: 'true' })).toBeUndefined();
    // A complaint proposed for acceptance is the complaint module's (D4): not in this worklist.
    expect((await items('/petitions/worklist')).map((i) => i.id)).not.toContain(complaintId);
  });

  it('moves its D11 date, and only that date, when a day off is added inside the check', async () => {
    const admin = await createOfficer(t, { roles: [Role.Admin] });
    const stored = () =>
      t.dataSource.query<{ handling: string; check: string; transfer: string | null }[]>(
        `SELECT handling_due_on::text AS handling, check_due_on::text AS "check",
                transfer_due_on::text AS transfer FROM petition WHERE id = $1`,
        [denunciation.id],
      );
    const [before] = await stored();
    const path = '/api/v1/legal/calendar/2026';
    const current = await t.http.get(path).set(bearer(admin.token)).expect(200);
    type Day = { date: string; kind: string; name: string; source: string };
    const days = (current.body as { days: Day[] }).days.map(({ date, kind, name, source }) => ({
      date,
      kind,
      name,
      source,
    }));
    const dayOff = {
      date: '2026-03-12', // a Thursday inside the check
      kind: 'holiday',
      name: 'Ngày nghỉ thử nghiệm',
      source: 'Kiểm thử tính lại hạn',
    };
    await t.http
      .put(path)
      .set(bearer(admin.token))
      .send({ days: [...days, dayOff] })
      .expect(200);
    const [after] = await stored();
    expect(after!.check > before!.check).toBe(true);
    expect([after!.handling, after!.transfer]).toEqual([before!.handling, before!.transfer]);
    expect(await find('/petitions/worklist')).toMatchObject({
      deadlines: { dueOn: after!.check, isOverdue: false },
    });
    denunciation.checkDueOn = after!.check;
  });

  it('becomes overdue the day after D11, in the worklist and in the overdue filter of the list', async () => {
    const dayAfter = new Date(Date.parse(`${denunciation.checkDueOn}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await travelTo(t, dayAfter, [handler, leader]);
    expect(await find('/petitions/worklist', { overdue: 'true' })).toMatchObject({
      deadlines: { dueOn: denunciation.checkDueOn, isOverdue: true },
    });
    expect(await find('/petitions', { overdue: 'true' })).toMatchObject({
      deadlines: { isOverdue: true },
    });
    const detail = (await get(`/petitions/${denunciation.id}`)).body as Item;
    expect(detail.deadlines).toMatchObject({ dueOn: denunciation.checkDueOn, isOverdue: true });
  });

  it('leaves the worklists once the denunciation module accepts it', async () => {
    const opened = await act(t, leader, '/denunciations', { petitionId: denunciation.id });
    expect([opened.status, opened.body]).toEqual([201, expect.anything()]);
    expect(await find('/petitions/worklist', { overdue: 'true' })).toBeUndefined();
    expect(await find('/petitions/worklist')).toBeUndefined();
    expect(await find('/petitions', { overdue: 'true' })).toBeUndefined();
    const detail = (await get(`/petitions/${denunciation.id}`)).body as Item;
    expect(detail).toMatchObject({ status: 'accepted', deadlines: { isOverdue: false } });
  });
});
