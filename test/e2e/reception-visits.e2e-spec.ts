import { Role } from '../../src/auth/role';
import { countRows, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

describe('recording visits at the reception desk (DOMAIN.md §2)', () => {
  let t: TestApp;
  let tttp: string;
  let officer: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
  });
  afterAll(() => t.close());

  it('records a regular visit received for handling: case opened, petition with its D1 due date, first time', async () => {
    const body = visitBody({ outcome: 'received_for_handling' });
    const res = await t.http
      .post('/api/v1/reception/visits')
      .set(bearer(officer.token))
      .set('Idempotency-Key', 'visit-khieu-1')
      .send(body)
      .expect(201);
    expect(res.body).toMatchObject({
      agencyId: tttp,
      bookYear: 2026,
      visitOn: '2026-03-10',
      receivedAt: '2026-03-10T01:30:00.000Z',
      receptionKind: 'regular',
      receivingOfficerId: officer.id,
      presidingHead: null,
      personsCount: 1,
      isDelegation: false,
      contentType: 'complaint',
      outcome: 'received_for_handling',
      isFirstTime: true,
      version: 1,
    });
    expect(res.body.case.code).toMatch(/^VV-2026-\d{5}$/);
    // D1: 10 working days after Tuesday 10/3/2026 (the receipt day is not counted).
    expect(res.body.petition).toMatchObject({ bookYear: 2026, handlingDueOn: '2026-03-24' });
    // The reply (stored with its Idempotency-Key) names visitors by pseudonym only.
    const [visitor] = res.body.visitors;
    expect(visitor).toEqual({
      id: expect.any(String),
      pseudonym: expect.stringMatching(/^CD-2026-\d{6}$/),
      kind: 'citizen',
      role: 'visitor',
    });
    const stored = await t.dataSource.query<{ response_body: unknown }[]>(
      `SELECT response_body FROM idempotency_key WHERE key = 'visit-khieu-1'`,
    );
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('Lê Văn Khiếu');
    const read = await t.http
      .get(`/api/v1/reception/visits/${res.body.id}`)
      .set(bearer(officer.token));
    expect(read.body.visitors[0].identity.fullName).toBe('Lê Văn Khiếu');

    const petition = await t.dataSource.query(
      `SELECT source, type, status, received_on::text, case_id, visit_id, handling_rule_key,
              handling_due_on::text, is_anonymous FROM petition WHERE id = $1`,
      [res.body.petition.id],
    );
    expect(petition).toEqual([
      {
        source: 'direct',
        type: 'complaint',
        status: 'received',
        received_on: '2026-03-10',
        case_id: res.body.case.id,
        visit_id: res.body.id,
        handling_rule_key: 'D1',
        handling_due_on: '2026-03-24',
        is_anonymous: false,
      },
    ]);
    const actions = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE request_id = (
         SELECT request_id FROM audit_event WHERE action = 'reception_visit.create' AND entity_id = $1)
       ORDER BY seq`,
      [res.body.id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'person.create',
      'case.open',
      'petition.receive',
      'reception_visit.create',
    ]);
    const links = await countRows(
      t,
      `SELECT count(*) AS n FROM person_record_link WHERE record_id IN ($1, $2)`,
      [res.body.id, res.body.petition.id],
    );
    expect(links).toBe(2);
  });

  it('numbers visits and cases gaplessly, also under concurrency and after a rollback', async () => {
    const a = await postVisit(t, officer, visitBody()).expect(201);
    // Fails inside the transaction, after the case number was taken: D1 is not in force in 2005.
    const early = visitBody({
      receivedAt: '2005-06-01T09:00:00+07:00',
      outcome: 'received_for_handling',
    });
    expectError(await postVisit(t, officer, early), 400, 'LEGAL_RULE_NOT_IN_FORCE', 'receivedAt');
    const parallel = await Promise.all(
      Array.from({ length: 8 }, () => postVisit(t, officer, visitBody())),
    );
    expect(parallel.map((r) => r.status)).toEqual(Array(8).fill(201));
    const numbers = parallel.map((r) => r.body.visitNo as number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => a.body.visitNo + 1 + i));
    const caseSerial = (r: { body: { case: { code: string } } }) =>
      Number(r.body.case.code.slice(-5));
    const serials = parallel.map(caseSerial).sort((x, y) => x - y);
    expect(serials).toEqual(Array.from({ length: 8 }, (_, i) => caseSerial(a) + 1 + i));
    const repeat = visitBody({ caseId: a.body.case.id, newCase: undefined });
    const again = await postVisit(t, officer, repeat).expect(201);
    expect(again.body.visitNo).toBe(a.body.visitNo + 9);
  });

  it('detects a repeat visit on the same case (computed, never typed)', async () => {
    const first = await postVisit(t, officer, visitBody()).expect(201);
    const personId = first.body.visitors[0].id;
    const candidates = await t.http
      .get('/api/v1/reception/case-candidates')
      .query({ personIds: personId, contentType: 'complaint' })
      .set(bearer(officer.token))
      .expect(200);
    expect((candidates.body.items as { id: string }[]).map((c) => c.id)).toEqual([
      first.body.case.id,
    ]);
    expect(candidates.body.items[0]).toMatchObject({ sharedPersons: 1, isSameContentType: true });

    const again = visitBody({
      visitors: [{ personId }],
      caseId: first.body.case.id,
      newCase: undefined,
    });
    const second = await postVisit(t, officer, again).expect(201);
    expect(second.body).toMatchObject({ case: first.body.case, isFirstTime: false });
    expectError(
      await postVisit(t, officer, { ...again, isFirstTime: true }),
      400,
      'VALIDATION_FAILED',
      'isFirstTime',
    );
  });

  it('records a 12-person delegation with 3 representatives as one visit', async () => {
    const visitors = ['Trần An', 'Phạm Bình', 'Vũ Cường', 'Đỗ Dung'].map((n) => newVisitor(n));
    const body = visitBody({
      personsCount: 12,
      isDelegation: true,
      visitors,
      representatives: [0, 1, 3],
      outcome: 'received_for_handling',
    });
    const res = await postVisit(t, officer, body).expect(201);
    expect(res.body).toMatchObject({ personsCount: 12, isDelegation: true });
    expect((res.body.visitors as { role: string }[]).map((v) => v.role)).toEqual([
      'representative',
      'representative',
      'member',
      'representative',
    ]);
    const petitioners = await countRows(
      t,
      `SELECT count(*) AS n FROM person_record_link WHERE record_id = $1 AND role = 'petitioner'`,
      [res.body.petition.id],
    );
    expect(petitioners).toBe(4);
  });

  it('records a refusal on ground 3 (matter already resolved) with the head’s notice', async () => {
    const body = visitBody({
      outcome: 'refused',
      refusalGround: 'repeated_resolved_matter',
      refusalNotice: { number: '12/TB-TTTP', issuedOn: '2026-02-01' },
      earlierHandlingBody: 'Chủ tịch UBND thành phố',
      earlierDecisionNo: '345/QĐ-UBND',
    });
    const res = await postVisit(t, officer, body).expect(201);
    expect(res.body).toMatchObject({
      outcome: 'refused',
      refusalGround: 'repeated_resolved_matter',
      refusalNotice: { number: '12/TB-TTTP', issuedOn: '2026-02-01' },
      petition: null,
    });
    const { refusalNotice: _, ...withoutNotice } = body;
    expectError(
      await postVisit(t, officer, withoutNotice),
      400,
      'RECEPTION_OUTCOME_INVALID',
      'refusalNotice',
    );
  });

  it('numbers a visit of the system’s first day in the book of 2000, and nothing earlier', async () => {
    const first = visitBody({ receivedAt: '2000-01-01T07:30:00+07:00' });
    const res = await postVisit(t, officer, first).expect(201);
    expect(res.body).toMatchObject({ bookYear: 2000, visitOn: '2000-01-01', visitNo: 1 });
    // 23:30 UTC on 31/12/1999 is 06:30 on 1/1/2000 in Việt Nam: the local day counts.
    const utc = visitBody({ receivedAt: '1999-12-31T23:30:00Z' });
    expect((await postVisit(t, officer, utc).expect(201)).body.visitOn).toBe('2000-01-01');
    const before = await countRows(
      t,
      `SELECT count(*) AS n FROM reception_visit WHERE book_year < 2000`,
    );
    const res1900 = await postVisit(
      t,
      officer,
      visitBody({ receivedAt: '1900-06-01T09:00:00+07:00' }),
    );
    expectError(res1900, 400, 'RECEPTION_DATE_BEFORE_SYSTEM_START', 'receivedAt');
    expect(res1900.body.message).toContain('01/01/2000');
    expect(
      await countRows(t, `SELECT count(*) AS n FROM reception_visit WHERE book_year < 2000`),
    ).toBe(before);
  });
});
