import { Role } from '../../src/auth/role';
import { newSignatory, petitionBody, postPetition } from '../factories/petition.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

describe('registering petitions from every source (DOMAIN.md §3.1–3.2)', () => {
  let t: TestApp;
  let desk: TestOfficer;
  let handler: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp();
    desk = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
  });
  afterAll(() => t.close());

  it('registers a complaint by post: book number, new case, D1 due date explained, pseudonyms only in the reply', async () => {
    const res = await postPetition(t, handler, petitionBody()).set('Idempotency-Key', 'don-1');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      agencyId: handler.agencyId,
      bookYear: 2026,
      receivedOn: '2026-03-09',
      source: 'post',
      type: 'complaint',
      field: 'admin_land_housing',
      signatoryKind: 'one',
      isAnonymous: false,
      status: 'received',
      outcome: null,
      handlerId: handler.id,
      createdBy: handler.id,
      version: 1,
    });
    expect(res.body.case.code).toMatch(/^VV-2026-\d{5}$/);
    // D1: 10 working days after Monday 9/3/2026 (TT 05/2021).
    expect(res.body.deadlines).toMatchObject({
      dueOn: '2026-03-23',
      handlingDueOn: '2026-03-23',
      checkDueOn: null,
      isOverdue: false,
    });
    const detail = await t.http.get(`/api/v1/petitions/${res.body.id}`).set(bearer(handler.token));
    expect(detail.body.deadlines.handling.rule).toMatchObject({ key: 'D1', unit: 'working_days' });
    expect(detail.body.deadlines.handling.explanation.length).toBeGreaterThan(2);
    expect(res.body.signatories).toEqual([
      {
        id: expect.any(String),
        pseudonym: expect.stringMatching(/^CD-2026-\d{6}$/),
        kind: 'citizen',
      },
    ]);
    const stored = await t.dataSource.query(
      `SELECT response_body FROM idempotency_key WHERE key = 'don-1'`,
    );
    expect(JSON.stringify(stored)).not.toContain('Phạm Văn Đơn');
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE request_id = (SELECT request_id FROM audit_event
          WHERE action = 'petition.register' AND entity_id = $1) ORDER BY seq`,
      [res.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['person.create', 'case.open', 'petition.register']);
    // the book number is in the petition's history (the audit row is written before it is taken)
    const history = await t.dataSource.query<{ data: { bookNo: number } }[]>(
      `SELECT data FROM petition_event WHERE petition_id = $1 AND action = 'register'`,
      [res.body.id],
    );
    expect(history[0]?.data.bookNo).toBe(res.body.bookNo);
    const [registered] = await t.dataSource.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM audit_event WHERE action = 'petition.register' AND entity_id = $1`,
      [res.body.id],
    );
    expect(registered?.data).toMatchObject({
      signatoryPersonIds: [res.body.signatories[0].id],
    });
  });

  it('registers a petition forwarded by an agency with its dispatch, and a denunciation with D11 and D12', async () => {
    const forwarded = await postPetition(
      t,
      desk,
      petitionBody({
        source: 'forwarded_by_agency',
        senderBody: 'Văn phòng Đoàn đại biểu Quốc hội thành phố',
        dispatchNo: '125/VP-DN',
        dispatchOn: '2026-03-05',
      }),
    ).expect(201);
    expect(forwarded.body).toMatchObject({
      senderBody: 'Văn phòng Đoàn đại biểu Quốc hội thành phố',
      dispatchNo: '125/VP-DN',
      dispatchOn: '2026-03-05',
      handlerId: null,
    });
    const denunciation = await postPetition(
      t,
      desk,
      petitionBody({ type: 'denunciation', field: 'corruption', receivedOn: '2026-03-10' }),
    ).expect(201);
    // Luật TC 2018 Điều 24: D12 5 and D11 7 working days after Tuesday 10/3/2026.
    expect(denunciation.body.deadlines).toMatchObject({
      handlingDueOn: '2026-03-24',
      checkDueOn: '2026-03-19',
      transferDueOn: '2026-03-17',
      dueOn: '2026-03-17',
    });
    const links = await t.dataSource.query(
      `SELECT role, is_confidential FROM person_record_link WHERE record_id = $1`,
      [denunciation.body.id],
    );
    expect(links).toEqual([{ role: 'denouncer', is_confidential: true }]);
  });

  it('registers an anonymous denunciation with no signatory', async () => {
    const res = await postPetition(
      t,
      desk,
      petitionBody({
        type: 'denunciation',
        field: 'corruption',
        signatoryKind: 'other',
        isAnonymous: true,
        signatories: [],
      }),
    ).expect(201);
    expect(res.body).toMatchObject({ isAnonymous: true, signatoryKind: 'other', signatories: [] });
  });

  it('counts the deadline across Tết: received 12/2/2026, D1 on 5/3 (Tết 16–20/2 not counted)', async () => {
    const res = await postPetition(
      t,
      handler,
      petitionBody({ receivedOn: '2026-02-12', type: 'denunciation', field: 'corruption' }),
    ).expect(201);
    expect(res.body.deadlines).toMatchObject({
      handlingDueOn: '2026-03-05',
      transferDueOn: '2026-02-26',
      checkDueOn: '2026-03-02',
      isOverdue: true,
    });
    const detail = await t.http.get(`/api/v1/petitions/${res.body.id}`).set(bearer(handler.token));
    const skipped = JSON.stringify(detail.body.deadlines.handling.explanation);
    expect(skipped).toContain('Tết');
  });

  it('numbers 50 parallel registrations with 50 distinct consecutive numbers', async () => {
    const first = await postPetition(t, handler, petitionBody()).expect(201);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postPetition(t, handler, petitionBody({ signatories: [newSignatory(`Người ${i}`)] })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const numbers = results.map((r) => r.body.bookNo as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => first.body.bookNo + 1 + i));
  });

  it.each([
    [{ receivedOn: '2026-03-11' }, 'PETITION_INVALID', 'receivedOn'],
    [{ receivedOn: '2026-02-30' }, 'VALIDATION_FAILED', 'receivedOn'],
    [{ source: 'pigeon' }, 'VALIDATION_FAILED', 'source'],
    [{ type: 'petition', field: 'corruption' }, 'PETITION_INVALID', 'field'],
    [{ signatoryKind: 'many' }, 'PETITION_INVALID', 'signatories'],
    [{ isAnonymous: true }, 'PETITION_INVALID', 'signatoryKind'],
    [
      {
        signatories: [
          { personId: '00000000-0000-4000-8000-000000000000', idNumber: '001089001234' },
        ],
      },
      'PETITION_INVALID',
      'signatories.0',
    ],
    [{ source: 'forwarded_by_agency' }, 'PETITION_INVALID', 'senderBody'],
    [{ dispatchNo: '12/CV' }, 'PETITION_INVALID', 'dispatchNo'],
    [{ newCase: undefined }, 'PETITION_INVALID', 'caseId'],
    [
      { caseId: '00000000-0000-4000-8000-000000000000', newCase: undefined },
      'PETITION_INVALID',
      'caseId',
    ],
    [{ summary: '' }, 'VALIDATION_FAILED', 'summary'],
    [{ extra: 1 }, 'VALIDATION_FAILED', 'extra'],
  ])('refuses %j with 400 %s naming %s, writing nothing', async (over, code, field) => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM petition`);
    expectError(await postPetition(t, handler, petitionBody(over)), 400, code, field);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM petition`)).toEqual(before);
  });

  it('refuses a signatory cited by the id of a person outside the officer’s scope', async () => {
    const missing = { signatories: [{ personId: '00000000-0000-4000-8000-000000000001' }] };
    expectError(
      await postPetition(t, handler, petitionBody(missing)),
      400,
      'PETITION_INVALID',
      'signatories.0.personId',
    );
  });

  it('lets oversight and admins register nothing (403)', async () => {
    for (const role of [Role.Oversight, Role.Admin]) {
      const who = await createOfficer(t, { roles: [role] });
      expectError(await postPetition(t, who, petitionBody()), 403, 'FORBIDDEN');
    }
  });
});
