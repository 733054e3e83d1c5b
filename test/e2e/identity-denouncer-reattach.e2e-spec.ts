import { Role } from '../../src/auth/role';
import { expectNoCanary, newCanaries } from '../factories/person.factory';
import { postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

interface AuditRow {
  action: string;
  actor_id: string;
  entity_id: string;
  data: Record<string, unknown>;
}

/**
 * Luật Tố cáo 2018 Điều 47 khoản 1, Điều 9 khoản 1 điểm b; DESIGN.md §7: a denouncer's identity is
 * read by a leader, the officer who recorded or handles THAT denunciation, or with a grant. A
 * colleague who sees the denouncer's person id on the denunciation visit must not learn who it is
 * by recording a new visit of their own with that person.
 */
describe('re-attaching a denouncer to a new visit', () => {
  const c = newCanaries();
  let t: TestApp;
  let recorder: TestOfficer;
  let colleague: TestOfficer;
  let leader: TestOfficer;
  let denunciationId: string;
  let personId: string;

  const get = (who: TestOfficer, url: string) => t.http.get(url).set(bearer(who.token));
  const visitUrl = (id: string) => `/api/v1/reception/visits/${id}`;
  const complaintWith = (visitor: object) => visitBody({ visitors: [visitor] });
  const auditOf = (requestId: string, action: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, actor_id, entity_id, data FROM audit_event
        WHERE request_id = $1 AND action = $2 ORDER BY seq`,
      [requestId, action],
    );

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    colleague = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    const identity = { fullName: c.name, idType: 'cccd', idNumber: c.idNumber, address: c.address };
    const res = await postVisit(
      t,
      recorder,
      visitBody({
        visitors: [{ identity }],
        contentType: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ phường nhận tiền khi cấp giấy phép xây dựng',
      }),
    ).expect(201);
    denunciationId = res.body.id;
    personId = res.body.visitors[0].id;
  });
  afterAll(() => t.close());

  it('a colleague re-attaches the denouncer to a new visit → still only the pseudonym, on the visit and on GET /persons/:id', async () => {
    // The colleague sees the person's id next to the pseudonym on the denunciation visit …
    const seen = await get(colleague, visitUrl(denunciationId)).expect(200);
    expect(seen.body.visitors[0].id).toBe(personId);
    // … and records a complaint visit with that person: by id, then by the bare ID number.
    for (const visitor of [{ personId }, { idNumber: c.idNumber }]) {
      const created = await postVisit(t, colleague, complaintWith(visitor)).expect(201);
      expect(created.body.visitors[0].id).toBe(personId);
      const visit = await get(colleague, visitUrl(created.body.id)).expect(200);
      expect(visit.body.visitors[0]).toEqual({
        id: personId,
        pseudonym: expect.stringMatching(/^CD-2026-\d{6}$/),
        kind: 'citizen',
        role: 'visitor',
      });
      expectNoCanary(c, visit.body);
      const person = await get(colleague, `/api/v1/persons/${personId}`).expect(200);
      expect(person.body.identity).toBeUndefined();
      expectNoCanary(c, person.body);
      const refused = await auditOf(
        String(person.headers['x-request-id']),
        'identity.read_refused',
      );
      expect(refused.map((r) => [r.actor_id, r.entity_id])).toEqual([[colleague.id, personId]]);
    }
  });

  it('typing the citizen’s identity at the desk records the visit, but reveals no stored field they did not type', async () => {
    const typed = { identity: { fullName: c.name, idType: 'cccd', idNumber: c.idNumber } };
    const created = await postVisit(t, colleague, complaintWith(typed)).expect(201);
    expect(created.body.visitors[0].id).toBe(personId);
    const visit = await get(colleague, visitUrl(created.body.id)).expect(200);
    expect(visit.body.visitors[0].identity).toBeUndefined();
    expect(JSON.stringify(visit.body)).not.toContain(c.address);
  });

  it('the officer who recorded the denunciation and a leader in scope still read it, on the new visits too', async () => {
    const list = await get(colleague, '/api/v1/reception/visits?contentType=complaint').expect(200);
    const newVisit = list.body.items[0].id as string;
    for (const [who, basis] of [
      [recorder, 'recorder'],
      [leader, 'leader_scope'],
    ] as const) {
      for (const id of [denunciationId, newVisit]) {
        const res = await get(who, visitUrl(id)).expect(200);
        expect(res.body.visitors[0].identity).toMatchObject({
          fullName: c.name,
          address: c.address,
        });
        const rows = await auditOf(String(res.headers['x-request-id']), 'identity.read');
        expect(rows.map((r) => r.data.basis)).toEqual([basis]);
      }
    }
  });

  describe('comparing a typed name with the stored one leaves an audit row', () => {
    it('a wrong name guessed against the ID number: 409, and an identity.compare row (matched false) that outlives the rollback', async () => {
      const guess = {
        identity: { fullName: 'Trần Thị Đoán', idType: 'cccd', idNumber: c.idNumber },
      };
      const res = await postVisit(t, colleague, complaintWith(guess));
      expectError(res, 409, 'PERSON_IDENTITY_MISMATCH', 'visitors.0.identity.fullName');
      const rows = await auditOf(String(res.headers['x-request-id']), 'identity.compare');
      expect(rows).toEqual([
        {
          action: 'identity.compare',
          actor_id: colleague.id,
          entity_id: personId,
          data: { purpose: 'identity.match', field: 'fullName', matched: false },
        },
      ]);
      expectNoCanary(c, rows);
      expect(JSON.stringify(rows)).not.toContain('Đoán');
    });

    it('the right name: the person is reused, and the row says it matched', async () => {
      const typed = { identity: { fullName: c.name, idType: 'cccd', idNumber: c.idNumber } };
      const res = await postVisit(t, colleague, complaintWith(typed)).expect(201);
      const rows = await auditOf(String(res.headers['x-request-id']), 'identity.compare');
      expect(rows.map((r) => [r.actor_id, r.entity_id, r.data.matched])).toEqual([
        [colleague.id, personId, true],
      ]);
      expectNoCanary(c, rows);
    });
  });
});
