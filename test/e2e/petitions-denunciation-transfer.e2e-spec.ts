import { Role } from '../../src/auth/role';
import { checkedPetition, handle } from '../factories/petition.factory';
import { auditData } from '../factories/person.factory';
import { travelTo } from '../factories/resolution.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// D12 (Luật Tố cáo 2018 Điều 24 khoản 2; DOMAIN §3.5, §11): a denunciation outside competence is
// transferred to the competent body, and the denouncer notified, within 5 working days of
// receipt. A transfer after that date is not refused (the petition must still reach the
// competent body) but is recorded and shown as late, as the resolution modules judge their steps.

const DENUNCIATION = { type: 'denunciation', field: 'corruption', receivedOn: '2026-03-09' };

interface Shown {
  id: string;
  status: string;
  outcome: { code: string; handledOn: string; timeliness: string | null; dueOn: string | null };
  deadlines: { transferDueOn: string; isOverdue: boolean };
}

describe('a denunciation forwarded after its D12 date is shown as late (Luật Tố cáo 2018 Điều 24(2))', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let late: { id: string; version: number };
  let onTime: { id: string; version: number };

  const get = (who: TestOfficer, url: string, query: Record<string, string> = {}) =>
    t.http.get(`/api/v1${url}`).query(query).set(bearer(who.token)).expect(200);
  const forward = (id: string, version: number, on: string) =>
    handle(t, handler, id, {
      action: 'forward',
      version,
      body: 'Thanh tra Sở Xây dựng',
      denouncerNotifiedOn: on,
    });

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T03:00:00Z') });
    const agencyId = await agencyIdByCode(t, 'HN-TTTP');
    handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId });
    // Received Monday 9/3/2026: D12 is Monday 16/3 (5 working days).
    late = await checkedPetition(t, handler, DENUNCIATION, { inCompetence: false });
    onTime = await checkedPetition(t, handler, DENUNCIATION, { inCompetence: false });
  });
  afterAll(() => t.close());

  it('records a transfer on the D12 date as on time', async () => {
    await travelTo(t, '2026-03-16', [handler, leader]);
    const res = await forward(onTime.id, onTime.version, '2026-03-16');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'forwarded',
      outcome: {
        code: 'forward',
        handledOn: '2026-03-16',
        timeliness: 'on_time',
        dueOn: '2026-03-16',
        dueRule: 'D12',
      },
    });
  });

  it('was overdue the day after D12, is still forwarded, and is then flagged late', async () => {
    await travelTo(t, '2026-03-17', [handler, leader]);
    const before = (await get(handler, `/petitions/${late.id}`)).body as Shown;
    expect(before.deadlines).toMatchObject({ transferDueOn: '2026-03-16', isOverdue: true });

    const res = await forward(late.id, late.version, '2026-03-17');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'forwarded',
      outcome: {
        code: 'forward',
        handledOn: '2026-03-17',
        timeliness: 'late',
        dueOn: '2026-03-16',
        dueRule: 'D12',
      },
      deadlines: { transferDueOn: '2026-03-16', isOverdue: false },
    });

    // The detail view, for the leader too, and the handling step in the case timeline.
    const detail = (await get(leader, `/petitions/${late.id}`)).body as Shown & {
      timeline: { kind: string; detail: Record<string, unknown> }[];
    };
    expect(detail.outcome).toMatchObject({ timeliness: 'late', dueOn: '2026-03-16' });
    const step = detail.timeline.find((i) => i.kind === 'event' && i.detail.action === 'forward');
    expect(step?.detail).toMatchObject({ timeliness: 'late', transferDueOn: '2026-03-16' });
  });

  it('lists the late transfers with ?late=true, and the others with ?late=false', async () => {
    const ids = async (query: Record<string, string>) =>
      ((await get(leader, '/petitions', query)).body.items as Shown[]).map((i) => i.id);
    expect(await ids({ late: 'true' })).toEqual([late.id]);
    const others = await ids({ late: 'false' });
    expect(others).toContain(onTime.id);
    expect(others).not.toContain(late.id);
    const listed = ((await get(handler, '/petitions')).body.items as Shown[]).find(
      (i) => i.id === late.id,
    );
    expect(listed?.outcome.timeliness).toBe('late');
  });

  it('keeps the judgement with the numbered transfer slip and in the audit trail', async () => {
    const slips = await t.dataSource.query<{ id: string; timeliness: string; due: string }[]>(
      `SELECT proceeding_id AS id, timeliness, due_on::text AS due FROM decision
        WHERE proceeding_type = 'petition' AND proceeding_id = ANY($1) ORDER BY issued_on`,
      [[late.id, onTime.id]],
    );
    expect(slips).toEqual([
      { id: onTime.id, timeliness: 'on_time', due: '2026-03-16' },
      { id: late.id, timeliness: 'late', due: '2026-03-16' },
    ]);
    expect(await auditData(t, 'petition.forward', handler.id, late.id)).toEqual([
      expect.objectContaining({ timeliness: 'late', transferDueOn: '2026-03-16' }),
    ]);
  });
});
