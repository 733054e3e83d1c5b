import { RestoreFirstUrgingHandledOn1767225750000 as Repair } from '../../migrations/1767225750000-RestoreFirstUrgingHandledOn';
import { Role } from '../../src/auth/role';
import { checkedPetition, handle } from '../factories/petition.factory';
import { auditData } from '../factories/person.factory';
import { travelTo } from '../factories/resolution.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import type { FormJson } from '../support/form-json';
import { createTestApp, type TestApp } from '../support/test-app';

// A petition outside competence whose matter is a subordinate's is urged (đôn đốc, DOMAIN §3.5),
// and may be urged again while the matter stays pending (`urged` → `urge`). TT 05/2021/TT-TTCP: the
// petition is handled once, within D1; forms 01–04/XLD and the summary count it as handled in the
// period of that day (`handled_on`, DOMAIN §7.2: 01/XLD col 8 "số đơn đã xử lý", col 25 "đôn đốc").
// A later urging letter is a step of its own — its day, its number, its judgement, its audit row —
// but the petition stays in the period it was handled in: it must not leave it, nor be counted
// again in the later one.
//
// A complaint received Monday 9/3/2026 (D1: Monday 23/3) is urged on 10/3 (period A: March) and
// again on 12/5 (period B: May).

const A = { from: '2026-03-01', to: '2026-03-31' };
const B = { from: '2026-05-01', to: '2026-05-31' };

interface Shown {
  id: string;
  version: number;
  status: string;
  outcome: { code: string; handledOn: string; timeliness: string; dueOn: string; body: string };
  timeline: { kind: string; on: string; detail: Record<string, unknown> }[];
}

jest.setTimeout(30_000);

describe('a petition urged again in a later period stays handled in the first (TT 05/2021; forms 01–04/XLD)', () => {
  let t: TestApp;
  let tttp: string;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let petition: { id: string; version: number };
  let first: Shown;
  let second: Shown;

  const urge = async (p: { id: string; version: number }, body: string) => {
    const res = await handle(t, handler, p.id, { action: 'urge', version: p.version, body });
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    return res.body as Shown;
  };
  const form = async (period: { from: string; to: string }) => {
    const res = await t.http
      .get('/api/v1/statistics/forms/01-xld')
      .query({ agencyId: tttp, ...period })
      .set(bearer(leader.token));
    expect([res.status, (res.body as FormJson).checks]).toEqual([200, []]);
    const values = (res.body as FormJson).total.values;
    // col 1 total, 8 handled, 9 eligible, 22 outside competence, 25 đôn đốc
    return [1, 8, 9, 22, 25].map((n) => values[n]);
  };
  const summary = async (period: { from: string; to: string }) => {
    const res = await t.http
      .get('/api/v1/statistics/summary')
      .query({ agencyId: tttp, ...period })
      .set(bearer(leader.token));
    expect(res.status).toBe(200);
    return (res.body as { petitions: Record<string, number> }).petitions;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T03:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: tttp });
    leader = await createOfficer(t, {
      roles: [Role.Leader],
      agencyId: await agencyIdByCode(t, 'HN'),
    });
    petition = await checkedPetition(
      t,
      handler,
      { receivedOn: '2026-03-09' },
      { inCompetence: false },
    );
    first = await urge(petition, 'UBND phường Hoàn Kiếm');
    await travelTo(t, '2026-05-12', [handler, leader]);
    second = await urge(first, 'UBND phường Hoàn Kiếm');
  });
  afterAll(() => t.close());

  it('allows the second urging and keeps the day the petition was handled, and its judgement', () => {
    expect(first).toMatchObject({
      status: 'urged',
      outcome: {
        code: 'urge',
        handledOn: '2026-03-10',
        timeliness: 'on_time',
        dueOn: '2026-03-23',
      },
    });
    expect(second).toMatchObject({
      version: first.version + 1,
      status: 'urged',
      outcome: {
        code: 'urge',
        handledOn: '2026-03-10',
        timeliness: 'on_time',
        dueOn: '2026-03-23',
      },
    });
  });

  it('counts the petition as handled and urged in period A, and not at all in period B', async () => {
    // 01/XLD: received and handled in A (col 1 and 8), eligible, outside competence, urged.
    expect(await form(A)).toEqual([1, 1, 1, 1, 1]);
    // Received and handled before B: not carried over into B, not handled in B.
    expect(await form(B)).toEqual([0, 0, 0, 0, 0]);
    expect(await summary(A)).toMatchObject({ total: 1, received: 1, handled: 1, urged: 1 });
    expect(await summary(B)).toMatchObject({ total: 0, carriedOver: 0, handled: 0, urged: 0 });
  });

  it('shows both urgings in the history, each with its own day and judgement', async () => {
    const res = await t.http.get(`/api/v1/petitions/${petition.id}`).set(bearer(leader.token));
    expect(res.status).toBe(200);
    const urgings = (res.body as Shown).timeline
      .filter((i) => i.kind === 'event' && i.detail.action === 'urge')
      .map((i) => i.detail);
    expect(urgings).toEqual([
      expect.objectContaining({
        fromStatus: 'checked',
        toStatus: 'urged',
        handledOn: '2026-03-10',
        urgedOn: '2026-03-10',
        timeliness: 'on_time',
        dueOn: '2026-03-23',
      }),
      expect.objectContaining({
        fromStatus: 'urged',
        toStatus: 'urged',
        handledOn: '2026-03-10',
        urgedOn: '2026-05-12',
        repeated: true,
        // the second letter went out after D1: it says so, the petition's handling does not
        timeliness: 'late',
        dueOn: '2026-03-23',
      }),
    ]);
    expect(urgings[0]).not.toHaveProperty('repeated');
  });

  it('audits each urging, and numbers each letter with its own date', async () => {
    expect(await auditData(t, 'petition.urge', handler.id, petition.id)).toEqual([
      expect.objectContaining({
        from: 'checked',
        to: 'urged',
        handledOn: '2026-03-10',
        urgedOn: '2026-03-10',
      }),
      expect.objectContaining({
        from: 'urged',
        to: 'urged',
        handledOn: '2026-03-10',
        urgedOn: '2026-05-12',
        repeated: true,
      }),
    ]);
    const letters = await t.dataSource.query<
      { kind: string; issued: string; timeliness: string }[]
    >(
      `SELECT kind, issued_on::text AS issued, timeliness FROM decision
        WHERE proceeding_type = 'petition' AND proceeding_id = $1 ORDER BY issued_on`,
      [petition.id],
    );
    expect(letters).toEqual([
      { kind: 'petition_urging_letter', issued: '2026-03-10', timeliness: 'on_time' },
      { kind: 'petition_urging_letter', issued: '2026-05-12', timeliness: 'late' },
    ]);
  });

  it('gives a petition moved by an earlier repeated urging its first day back (migration 1767225750000)', async () => {
    const moved = await checkedPetition(t, handler, {}, { inCompetence: false });
    await urge(moved, 'UBND phường Hoàn Kiếm'); // 12/5, the first urging
    const once = await checkedPetition(t, handler, {}, { inCompetence: false });
    await urge(once, 'UBND phường Hoàn Kiếm');
    await travelTo(t, '2026-06-02', [handler, leader]);
    const again = await urge({ id: moved.id, version: moved.version + 1 }, 'UBND phường Hoàn Kiếm');
    expect(again.outcome.handledOn).toBe('2026-05-12');
    // What the code before this release left behind: the latest urging's day.
    await t.dataSource.query(`UPDATE petition SET handled_on = '2026-06-02' WHERE id = $1`, [
      moved.id,
    ]);
    const q = t.dataSource.createQueryRunner();
    try {
      await new Repair().up(q);
    } finally {
      await q.release();
    }
    const days = await t.dataSource.query<{ id: string; day: string }[]>(
      `SELECT id, handled_on::text AS day FROM petition WHERE id = ANY($1) ORDER BY book_no`,
      [[petition.id, moved.id, once.id]],
    );
    expect(days).toEqual([
      { id: petition.id, day: '2026-03-10' },
      { id: moved.id, day: '2026-05-12' },
      { id: once.id, day: '2026-05-12' },
    ]);
  });

  it('does not list the petition among late outcomes: it was handled on time', async () => {
    const ids = async (late: string) => {
      const res = await t.http.get('/api/v1/petitions').query({ late }).set(bearer(leader.token));
      expect(res.status).toBe(200);
      return (res.body as { items: { id: string }[] }).items.map((i) => i.id);
    };
    expect(await ids('true')).not.toContain(petition.id);
    expect(await ids('false')).toContain(petition.id);
  });
});
