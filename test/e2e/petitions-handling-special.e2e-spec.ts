import { Role } from '../../src/auth/role';
import {
  ALL_MET,
  checkedPetition,
  handle,
  petitionBody,
  postPetition,
} from '../factories/petition.factory';
import { auditData } from '../factories/person.factory';
import { postVisit, visitBody } from '../factories/visit.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const DENUNCIATION = { type: 'denunciation', field: 'corruption' };
const FEEDBACK = { type: 'feedback', field: 'other' };

describe('handling petitions: guidance once, anonymous denunciations, replies, split, extension (DOMAIN.md §3.4–3.6)', () => {
  let t: TestApp;
  let handler: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
  });
  afterAll(() => t.close());

  it('guides a complaint once: a later copy of the same case is filed (409 for a second guidance)', async () => {
    const first = await checkedPetition(t, handler, {}, { inCompetence: false });
    await handle(t, handler, first.id, {
      action: 'guide',
      version: first.version,
      body: 'Tòa án',
    }).expect(201);
    const copy = await checkedPetition(
      t,
      handler,
      { caseId: first.case.id, newCase: undefined },
      { inCompetence: false },
    );
    const res = await handle(t, handler, copy.id, {
      action: 'guide',
      version: copy.version,
      body: 'Tòa án',
    });
    expectError(res, 409, 'PETITION_OUTCOME_NOT_ALLOWED', 'action');
    expect(res.body.errors[0].code).toBe('guidedBefore');
    await handle(t, handler, copy.id, { action: 'file', version: copy.version }).expect(201);
  });

  it('counts guidance given at the reception desk: a petition of the guided case is filed, not guided again', async () => {
    const desk = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
    const visit = await postVisit(
      t,
      desk,
      visitBody({ outcome: 'guided', guidedTo: 'Tòa án nhân dân thành phố' }),
    ).expect(201);
    const copy = await checkedPetition(
      t,
      handler,
      { caseId: visit.body.case.id, newCase: undefined },
      { inCompetence: false },
    );
    const res = await handle(t, handler, copy.id, {
      action: 'guide',
      version: copy.version,
      body: 'Tòa án',
    });
    expectError(res, 409, 'PETITION_OUTCOME_NOT_ALLOWED', 'action');
    expect(res.body.errors[0].code).toBe('guidedBefore');
    // Another content of the same case: a denunciation outside competence is never guided
    // (DOMAIN §3.5; Luật Tố cáo 2018 Điều 24(2)) but forwarded, whatever the case's guidance.
    const other = await checkedPetition(
      t,
      handler,
      { ...DENUNCIATION, caseId: visit.body.case.id, newCase: undefined },
      { inCompetence: false },
    );
    const guided = await handle(t, handler, other.id, {
      action: 'guide',
      version: other.version,
      body: 'Chủ tịch UBND phường',
    });
    expectError(guided, 409, 'PETITION_OUTCOME_NOT_ALLOWED', 'action');
    expect(guided.body.errors[0].code).toBe('denunciationNotGuided');
    await handle(t, handler, other.id, {
      action: 'forward',
      version: other.version,
      body: 'Chủ tịch UBND phường',
      denouncerNotifiedOn: '2026-03-10',
    }).expect(201);
  });

  it('does not process an anonymous denunciation as one (Luật Tố cáo 2018 Điều 25)', async () => {
    const anonymous = {
      ...DENUNCIATION,
      signatoryKind: 'other',
      isAnonymous: true,
      signatories: [],
    };
    const checked = await checkedPetition(t, handler, anonymous, {
      inCompetence: true,
      items: { ...ALL_MET, identified: false, signed: false },
    });
    const res = await handle(t, handler, checked.id, {
      action: 'propose_acceptance',
      version: checked.version,
    });
    expectError(res, 409, 'PETITION_OUTCOME_NOT_ALLOWED', 'action');
    expect(res.body.errors[0].code).toBe('anonymousNotProcessed');
    const filed = await handle(t, handler, checked.id, {
      action: 'file',
      version: checked.version,
    });
    expect(filed.status).toBe(201);
    const basis = await t.dataSource.query(
      `SELECT legal_basis FROM petition_event WHERE petition_id = $1 AND action = 'file'`,
      [checked.id],
    );
    expect(basis).toEqual([{ legal_basis: 'Luật Tố cáo 2018, Điều 25 khoản 1' }]);
  });

  it('records replies received for a forwarded petition (01/XLD column 26)', async () => {
    const checked = await checkedPetition(t, handler, FEEDBACK, { inCompetence: false });
    const forwarded = await handle(t, handler, checked.id, {
      action: 'forward',
      version: checked.version,
      body: 'UBND phường Ba Đình',
    }).expect(201);
    const reply = { fromBody: 'UBND phường Ba Đình', replyNo: '45/UBND', replyOn: '2026-03-10' };
    await handle(t, handler, checked.id, {
      action: 'record_reply',
      version: forwarded.body.version,
      reply,
    }).expect(201);
    const rows = await t.dataSource.query(
      `SELECT from_body, reply_no, reply_on::text FROM petition_reply WHERE petition_id = $1`,
      [checked.id],
    );
    expect(rows).toEqual([
      { from_body: 'UBND phường Ba Đình', reply_no: '45/UBND', reply_on: '2026-03-10' },
    ]);
    const early = { ...reply, replyOn: '2026-03-01' };
    expectError(
      await handle(t, handler, checked.id, {
        action: 'record_reply',
        version: forwarded.body.version + 1,
        reply: early,
      }),
      400,
      'PETITION_INVALID',
      'reply.replyOn',
    );
    const future = { ...reply, replyOn: '2099-01-01' }; // not received yet
    const refused = await handle(t, handler, checked.id, {
      action: 'record_reply',
      version: forwarded.body.version + 1,
      reply: future,
    });
    expectError(refused, 400, 'PETITION_INVALID', 'reply.replyOn');
    expect(JSON.stringify(refused.body)).toContain('sau ngày hôm nay');
    const detail = await t.http
      .get(`/api/v1/petitions/${checked.id}`)
      .set(bearer(handler.token))
      .expect(200);
    expect(detail.body.replies).toEqual([
      {
        id: expect.any(String),
        fromBody: 'UBND phường Ba Đình',
        replyNo: '45/UBND',
        replyOn: '2026-03-10',
        summary: null,
      },
    ]);
  });

  it('splits a mixed petition into parts, each with its own type, deadlines and outcome', async () => {
    const created = await postPetition(
      t,
      handler,
      petitionBody({ type: 'mixed', field: 'other' }),
    ).expect(201);
    const parts = [
      {
        type: 'complaint',
        field: 'admin_land_housing',
        summary: 'Khiếu nại quyết định thu hồi đất',
      },
      { type: 'denunciation', field: 'corruption', summary: 'Tố cáo cán bộ nhận tiền' },
    ];
    const split = await t.http
      .post(`/api/v1/petitions/${created.body.id}/split`)
      .set(bearer(handler.token))
      .send({ version: 1, parts })
      .expect(201);
    expect(split.body.status).toBe('split');
    expect(split.body.parts).toMatchObject([
      { type: 'complaint', parentId: created.body.id, partNo: 1, status: 'received' },
      {
        type: 'denunciation',
        parentId: created.body.id,
        partNo: 2,
        deadlines: { transferDueOn: '2026-03-16' },
      },
    ]);
    const denunciation = split.body.parts[1];
    await handle(t, handler, denunciation.id, {
      action: 'check',
      version: 1,
      items: ALL_MET,
      inCompetence: true,
    }).expect(201);
    const proposed = await handle(t, handler, denunciation.id, {
      action: 'propose_acceptance',
      version: 2,
    });
    expect(proposed.body.outcome.reportBucket).toBe('IN_COMPETENCE_TC');
    const complaintOnly = await postPetition(t, handler, petitionBody()).expect(201);
    expectError(
      await t.http
        .post(`/api/v1/petitions/${complaintOnly.body.id}/split`)
        .set(bearer(handler.token))
        .send({ version: 1, parts }),
      409,
      'PETITION_OUTCOME_NOT_ALLOWED',
    );
    expectError(
      await handle(t, handler, created.body.id, { action: 'file', version: 2 }),
      409,
      'PETITION_INVALID_TRANSITION',
    );
  });

  it('lets the leader, not the handler, extend the denunciation check once, to 10 working days (Luật Tố cáo 2018 Điều 24(1))', async () => {
    const leader = await createOfficer(t, { roles: [Role.Leader] });
    const extend = (who: TestOfficer, id: string, body: object) =>
      t.http.post(`/api/v1/petitions/${id}/extend-check`).set(bearer(who.token)).send(body);
    const checked = await checkedPetition(t, handler, DENUNCIATION, { inCompetence: true });
    expect(checked).toMatchObject({ deadlines: { checkDueOn: '2026-03-18', dueOn: '2026-03-18' } });

    // The handler may not prolong a legal period: 403 on the leader's route and on /handling.
    const ground = { version: checked.version, ground: 'several_places' };
    expectError(await extend(handler, checked.id, ground), 403, 'FORBIDDEN');
    const byHandler = await handle(t, handler, checked.id, {
      action: 'extend_check',
      version: checked.version,
    });
    expectError(byHandler, 403, 'FORBIDDEN', 'action');
    expect(byHandler.body.message).toContain('thủ trưởng cơ quan');

    // The leader decides, on a ground of Điều 24(1): without one, 400 naming it.
    expectError(
      await extend(leader, checked.id, { version: checked.version }),
      400,
      'VALIDATION_FAILED',
      'ground',
    );
    const extended = await extend(leader, checked.id, ground);
    expect(extended.status).toBe(201);
    expect(extended.body).toMatchObject({
      version: checked.version + 1,
      status: 'checked',
      deadlines: { checkDueOn: '2026-03-23', checkExtended: true, dueOn: '2026-03-23' },
    });
    const [event] = await t.dataSource.query(
      `SELECT actor_id, legal_basis, data FROM petition_event
        WHERE petition_id = $1 AND action = 'extend_check'`,
      [checked.id],
    );
    expect(event).toEqual({
      actor_id: leader.id,
      legal_basis: 'Luật Tố cáo 2018, Điều 24 khoản 1',
      data: { ground: 'several_places', checkDueOn: '2026-03-23', dueOn: '2026-03-23' },
    });
    expect(await auditData(t, 'petition.extend_check', leader.id, checked.id)).toEqual([
      expect.objectContaining({ ground: 'several_places', checkDueOn: '2026-03-23' }),
    ]);

    const again = await extend(leader, checked.id, {
      version: extended.body.version,
      ground: 'delegated',
    });
    expectError(again, 409, 'PETITION_OUTCOME_NOT_ALLOWED', 'action');
    expect(again.body.errors[0].code).toBe('extensionUsed');
    const complaint = await checkedPetition(t, handler, {}, { inCompetence: true });
    expectError(
      await extend(leader, complaint.id, { version: complaint.version, ground: 'delegated' }),
      409,
      'PETITION_OUTCOME_NOT_ALLOWED',
    );
    // An officer who is both: the extension is taken at the leader's route, with its ground.
    const both = await createOfficer(t, { roles: [Role.PetitionHandler, Role.Leader] });
    const other = await checkedPetition(t, both, DENUNCIATION, { inCompetence: false });
    expectError(
      await handle(t, both, other.id, { action: 'extend_check', version: other.version }),
      400,
      'PETITION_INVALID',
      'action',
    );
  });
});
