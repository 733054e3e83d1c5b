import { Role } from '../../src/auth/role';
import { checkedPetition, handle } from '../factories/petition.factory';
import { act, allConditions, signer, travelTo } from '../factories/resolution.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // argon2 sign-ins and two proceedings

// Luật Tố cáo 2018 Điều 24(1): the preliminary handling of a denunciation takes 7 working days
// from receipt, extendable once to 10. The period runs from receipt, so a leader's extension at
// the petition stage (POST /petitions/:id/extend-check) is the proceeding's one extension: it
// opens with D11 at 10 working days, judges the acceptance against it, and refuses a second one.
//
// 2026: a denunciation received Wednesday 22/4 has D11 on Wednesday 6/5 (after 27/4, 30/4, 1/5
// and the weekends), extended on Monday 11/5.

const DENUNCIATION = { type: 'denunciation', field: 'corruption', receivedOn: '2026-04-22' };

interface Petition {
  id: string;
  version: number;
  status: string;
  deadlines: { checkDueOn: string | null; checkExtended: boolean };
}

describe('a denunciation whose check the leader extended at the petition stage (Luật Tố cáo 2018 Điều 24(1))', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let extendedPetition: Petition;
  let extended: { id: string; version: number };
  let plain: { id: string; version: number };

  /** Registers and checks a denunciation within competence; optionally extended by the leader. */
  async function proposed(extend: boolean): Promise<Petition> {
    let petition = (await checkedPetition(t, handler, DENUNCIATION)) as unknown as Petition;
    if (extend) {
      const res = await t.http
        .post(`/api/v1/petitions/${petition.id}/extend-check`)
        .set(bearer(leader.token))
        .send({ version: petition.version, ground: 'delegated' });
      expect([res.status, res.body]).toEqual([201, expect.anything()]);
      petition = res.body as Petition;
    }
    const res = await handle(t, handler, petition.id, {
      action: 'propose_acceptance',
      version: petition.version,
    });
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    return res.body as Petition;
  }

  async function open(petitionId: string) {
    const res = await act(t, leader, '/denunciations', { petitionId });
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    return res.body as Record<string, any>;
  }

  const stored = async (id: string) =>
    (
      await t.dataSource.query<{ extended: boolean; dueOn: string }[]>(
        `SELECT prelim_extended AS extended, prelim_due_on::text AS "dueOn"
           FROM denunciation_resolution WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-04-22T03:00:00Z') });
    const agencyId = await agencyIdByCode(t, 'HN-TTTP');
    handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId });
    extendedPetition = await proposed(true);
    expect(extendedPetition).toMatchObject({
      status: 'proposed_for_acceptance',
      deadlines: { checkDueOn: '2026-05-11', checkExtended: true },
    });
  });
  afterAll(() => t.close());

  it('opens the proceeding with the extended D11, the date the petition was judged against', async () => {
    const opened = await open(extendedPetition.id);
    extended = { id: opened.id, version: opened.version };
    expect(opened).toMatchObject({
      status: 'prelim_check',
      prelimDeadline: { ruleKey: 'D11', dueOn: extendedPetition.deadlines.checkDueOn },
    });
    expect(await stored(opened.id)).toEqual({ extended: true, dueOn: '2026-05-11' });

    // Without the petition-stage extension the proceeding opens with 7 working days.
    const control = await open((await proposed(false)).id);
    plain = { id: control.id, version: control.version };
    expect(control.prelimDeadline).toMatchObject({ dueOn: '2026-05-06' });
    expect(await stored(control.id)).toEqual({ extended: false, dueOn: '2026-05-06' });
    expect(control).toMatchObject({ prelimExtended: false, prelimExtension: null });
  });

  it('shows the extension carried over from the petition: new D11, ground, leader, day', async () => {
    const carried = {
      prelimExtended: true,
      prelimExtension: {
        stage: 'petition',
        dueOn: '2026-05-11',
        ground: 'delegated',
        groundLabel: 'Phải ủy quyền cho cơ quan, tổ chức có thẩm quyền kiểm tra, xác minh',
        decidedBy: leader.id,
        decidedOn: '2026-04-22',
        note: null,
      },
    };
    const res = await t.http
      .get(`/api/v1/denunciations/${extended.id}`)
      .set(bearer(leader.token))
      .expect(200);
    expect(res.body).toMatchObject(carried);
    const plainView = await t.http
      .get(`/api/v1/denunciations/${plain.id}`)
      .set(bearer(leader.token))
      .expect(200);
    expect(plainView.body).toMatchObject({ prelimExtended: false, prelimExtension: null });
  });

  it('records the petition-stage extension, its ground and its leader, on the opening step', async () => {
    const [decided] = await t.dataSource.query<{ occurredAt: Date }[]>(
      `SELECT occurred_at AS "occurredAt" FROM petition_event
        WHERE petition_id = $1 AND action = 'extend_check'`,
      [extendedPetition.id],
    );
    const events = await t.dataSource.query<{ action: string; data: Record<string, unknown> }[]>(
      `SELECT action, data FROM resolution_event WHERE proceeding_id = $1 ORDER BY seq`,
      [extended.id],
    );
    expect(events).toEqual([
      {
        action: 'start_prelim_check',
        data: expect.objectContaining({
          prelimDueOn: '2026-05-11',
          prelimExtended: true,
          prelimExtension: {
            stage: 'petition',
            ground: 'delegated',
            decidedBy: leader.id,
            decidedAt: new Date(decided!.occurredAt).toISOString(),
          },
        }),
      },
    ]);
    const [plainStart] = await t.dataSource.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM resolution_event WHERE proceeding_id = $1`,
      [plain.id],
    );
    expect(plainStart!.data).not.toHaveProperty('prelimExtension');
  });

  it('refuses a second extension at the denunciation route (409), leaving D11 as it was', async () => {
    const again = await act(t, leader, `/denunciations/${extended.id}/extend-prelim-check`, {
      version: extended.version,
      ground: 'several_places',
    });
    expectError(again, 409, 'DENUNCIATION_EXTENSION_LIMIT', 'prelimExtended');
    expect(again.body.message).toBe(
      'Thời hạn xử lý ban đầu chỉ được gia hạn một lần, đến 10 ngày làm việc (Luật Tố cáo 2018, Điều 24)',
    );
    expect(await stored(extended.id)).toEqual({ extended: true, dueOn: '2026-05-11' });
  });

  it('accepts on the extended D11 date on time; the one opened without the extension is late', async () => {
    await travelTo(t, '2026-05-11', [leader]);
    const accept = (d: { id: string; version: number }) =>
      act(t, leader, `/denunciations/${d.id}/accept`, {
        version: d.version,
        conditions: allConditions,
        signer,
      });
    const onTime = await accept(extended);
    expect([onTime.status, onTime.body]).toMatchObject([
      200,
      { status: 'accepted', acceptedOn: '2026-05-11', acceptanceTimeliness: 'on_time' },
    ]);
    const late = await accept(plain);
    expect([late.status, late.body]).toMatchObject([
      200,
      { status: 'accepted', acceptedOn: '2026-05-11', acceptanceTimeliness: 'late' },
    ]);
  });
});
