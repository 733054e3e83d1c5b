import { Role } from '../../src/auth/role';
import { checkedPetition, handle } from '../factories/petition.factory';
import { auditData } from '../factories/person.factory';
import { travelTo } from '../factories/resolution.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// Every outcome of petition handling is judged against its deadline (domain/outcome-timeliness.ts):
// D1 (TT 05/2021/TT-TTCP: handled within 10 working days of receipt), for a denunciation D11
// (Luật Tố cáo 2018 Điều 24(1): 7 working days, 10 when extended) or, forwarded, D12 (Điều 24(2);
// petitions-denunciation-transfer). An outcome after its date is recorded, and shown late.
//
// Legal calendar of 2026: Giỗ Tổ falls on Sunday 26/4 (Monday 27/4 off in lieu), 30/4 and 1/5 are
// Thursday and Friday. A complaint received Tuesday 14/4 is due (D1) Wednesday 29/4; the next
// working day is Monday 4/5. A denunciation received Wednesday 22/4 has D11 on Wednesday 6/5 (11/5
// when extended) and D1 on Monday 11/5.

const COMPLAINT = { type: 'complaint', receivedOn: '2026-04-14' };
const DENUNCIATION = { type: 'denunciation', field: 'corruption', receivedOn: '2026-04-22' };

interface Shown {
  id: string;
  status: string;
  outcome: {
    code: string;
    handledOn: string;
    timeliness: string | null;
    dueOn: string | null;
    dueRule: string | null;
  } | null;
  deadlines: { handlingDueOn: string; checkDueOn: string | null; dueOn: string };
}

type Ref = { id: string; version: number };

describe('an outcome chosen after its deadline (D1; a denunciation: D11) is shown as late', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let onD1: Ref;
  let afterD1: Ref;
  let onD11: Ref;
  let afterD11: Ref;
  let extended: Ref;

  const get = (who: TestOfficer, url: string, query: Record<string, string> = {}) =>
    t.http.get(`/api/v1${url}`).query(query).set(bearer(who.token)).expect(200);
  const items = async (url: string, query: Record<string, string> = {}) =>
    ((await get(leader, url, query)).body as { items: Shown[] }).items;
  async function outcome(p: Ref, body: Record<string, unknown>): Promise<Shown> {
    const res = await handle(t, handler, p.id, { version: p.version, ...body });
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    return res.body as Shown;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-04-22T03:00:00Z') });
    const agencyId = await agencyIdByCode(t, 'HN-TTTP');
    handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId });
    onD1 = await checkedPetition(t, handler, COMPLAINT, { inCompetence: true });
    afterD1 = await checkedPetition(t, handler, COMPLAINT, { inCompetence: false });
    onD11 = await checkedPetition(t, handler, DENUNCIATION, { inCompetence: true });
    afterD11 = await checkedPetition(t, handler, DENUNCIATION, { inCompetence: true });
    const toExtend = await checkedPetition(t, handler, DENUNCIATION, { inCompetence: true });
    const res = await t.http
      .post(`/api/v1/petitions/${toExtend.id}/extend-check`)
      .set(bearer(leader.token))
      .send({ version: toExtend.version, ground: 'several_places' });
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    extended = res.body as Ref;
  });
  afterAll(() => t.close());

  it('computes the dates the outcomes are judged against from the legal calendar', async () => {
    const deadlines = async (p: Ref) =>
      ((await get(handler, `/petitions/${p.id}`)).body as Shown).deadlines;
    expect(await deadlines(onD1)).toMatchObject({ handlingDueOn: '2026-04-29' });
    expect(await deadlines(onD11)).toMatchObject({
      handlingDueOn: '2026-05-11',
      checkDueOn: '2026-05-06',
    });
    expect(await deadlines(extended)).toMatchObject({ checkDueOn: '2026-05-11' });
  });

  it('records an outcome on the D1 date as on time', async () => {
    await travelTo(t, '2026-04-29', [handler, leader]);
    const shown = await outcome(onD1, { action: 'propose_acceptance' });
    expect(shown.outcome).toMatchObject({
      code: 'propose_acceptance',
      handledOn: '2026-04-29',
      timeliness: 'on_time',
      dueOn: '2026-04-29',
      dueRule: 'D1',
    });
  });

  it('records an outcome on the next working day (after 30/4, 1/5 and the weekend) as late', async () => {
    await travelTo(t, '2026-05-04', [handler, leader]);
    const shown = await outcome(afterD1, { action: 'guide', body: 'Tòa án nhân dân khu vực 1' });
    expect(shown).toMatchObject({
      status: 'guided',
      outcome: {
        code: 'guide',
        handledOn: '2026-05-04',
        timeliness: 'late',
        dueOn: '2026-04-29',
        dueRule: 'D1',
      },
    });

    // The detail view, for the leader too, and the handling step in the case timeline.
    const detail = (await get(leader, `/petitions/${afterD1.id}`)).body as Shown & {
      timeline: { kind: string; detail: Record<string, unknown> }[];
    };
    expect(detail.outcome).toMatchObject({ timeliness: 'late', dueOn: '2026-04-29' });
    const step = detail.timeline.find((i) => i.kind === 'event' && i.detail.action === 'guide');
    expect(step?.detail).toMatchObject({
      timeliness: 'late',
      dueOn: '2026-04-29',
      dueRule: 'D1',
    });
  });

  it("judges a denunciation's proposal against D11, within D1 or not, and its extension counts", async () => {
    await travelTo(t, '2026-05-06', [handler, leader]);
    expect((await outcome(onD11, { action: 'propose_acceptance' })).outcome).toMatchObject({
      timeliness: 'on_time',
      dueOn: '2026-05-06',
      dueRule: 'D11',
    });
    await travelTo(t, '2026-05-07', [handler, leader]);
    // Before its D1 (11/5), after its D11 (6/5): late.
    expect((await outcome(afterD11, { action: 'propose_acceptance' })).outcome).toMatchObject({
      handledOn: '2026-05-07',
      timeliness: 'late',
      dueOn: '2026-05-06',
      dueRule: 'D11',
    });
    // The leader extended this one to 10 working days (Điều 24(1)): on time.
    expect((await outcome(extended, { action: 'propose_acceptance' })).outcome).toMatchObject({
      timeliness: 'on_time',
      dueOn: '2026-05-11',
      dueRule: 'D11',
    });
  });

  it('shows the judgement in the worklist, where proposed denunciations wait for acceptance', async () => {
    const listed = await items('/petitions/worklist');
    const byId = (p: Ref) => listed.find((i) => i.id === p.id)?.outcome;
    expect(byId(afterD11)).toMatchObject({ timeliness: 'late', dueRule: 'D11' });
    expect(byId(onD11)).toMatchObject({ timeliness: 'on_time', dueRule: 'D11' });
    expect(byId(extended)).toMatchObject({ timeliness: 'on_time', dueOn: '2026-05-11' });
  });

  it('lists the late outcomes with ?late=true, and the others with ?late=false', async () => {
    const ids = async (query: Record<string, string>) =>
      (await items('/petitions', query)).map((i) => i.id).sort();
    expect(await ids({ late: 'true' })).toEqual([afterD1.id, afterD11.id].sort());
    const others = await ids({ late: 'false' });
    expect(others).toEqual([onD1.id, onD11.id, extended.id].sort());
    const late = await items('/petitions', { late: 'true' });
    expect(late.map((i) => i.outcome?.timeliness)).toEqual(['late', 'late']);
  });

  it('keeps the judgement with the numbered guidance slip and in the audit trail', async () => {
    const slips = await t.dataSource.query<{ timeliness: string; due: string }[]>(
      `SELECT timeliness, due_on::text AS due FROM decision
        WHERE proceeding_type = 'petition' AND proceeding_id = $1`,
      [afterD1.id],
    );
    expect(slips).toEqual([{ timeliness: 'late', due: '2026-04-29' }]);
    expect(await auditData(t, 'petition.guide', handler.id, afterD1.id)).toEqual([
      expect.objectContaining({ timeliness: 'late', dueOn: '2026-04-29', dueRule: 'D1' }),
    ]);
  });
});
