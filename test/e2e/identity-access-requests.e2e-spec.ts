import { randomUUID } from 'node:crypto';

import { Role } from '../../src/auth/role';
import { runInTransaction } from '../../src/database/transaction';
import { PersonRecordType, PersonRole } from '../../src/persons/domain/person-enums';
import { PersonsService } from '../../src/persons/persons.service';
import { auditData, expectNoCanary, newCanaries } from '../factories/person.factory';
import { postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, login, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const DAY_MS = 86_400_000;
const REASON = 'Xác minh nội dung tố cáo số 12/2026/TC';

jest.setTimeout(30_000); // several argon2 sign-ins (a new investigator per request) per test

/**
 * DESIGN.md §7, Luật Tố cáo 2018 Điều 56: an investigator reads an identity only with a grant — for
 * the record or case they work on, approved by a leader over that record, from their agency.
 */
describe('identity access requests: for one record or case, decided by a leader over it, expiring', () => {
  const c = newCanaries();
  let t: TestApp;
  let tttp: string;
  let badinh: string;
  /** An agency where the person has no record at all. */
  let btcd: string;
  let leader: TestOfficer;
  let investigator: TestOfficer;
  let personId: string;
  /** Two denunciation visits of the same person, on cases X and Y. */
  let visitX: { id: string; caseId: string };
  let visitY: { id: string; caseId: string };

  const onVisit = (id: string) => ({ recordType: 'visit', recordId: id });
  const getPerson = (who: TestOfficer, query: object = {}) =>
    t.http.get(`/api/v1/persons/${personId}`).query(query).set(bearer(who.token));
  const getVisit = (who: TestOfficer, id: string) =>
    t.http.get(`/api/v1/reception/visits/${id}`).set(bearer(who.token));
  const requestAccess = (who: TestOfficer, body: object = { ...onVisit(visitX.id) }) =>
    t.http
      .post(`/api/v1/persons/${personId}/identity-access-requests`)
      .set(bearer(who.token))
      .send({ reason: REASON, ...body });
  const decide = (who: TestOfficer, id: string, action: string, body: object) =>
    t.http
      .post(`/api/v1/identity-access-requests/${id}/${action}`)
      .set(bearer(who.token))
      .send(body);
  const queue = (who: TestOfficer) =>
    t.http
      .get('/api/v1/identity-access-requests')
      .query({ status: 'requested' })
      .set(bearer(who.token));
  const newInvestigator = () => createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
  const approved = async (who: TestOfficer, body?: object) => {
    const asked = await requestAccess(who, body).expect(201);
    await decide(leader, asked.body.id, 'approve', { version: 1 }).expect(200);
    return asked.body.id as string;
  };
  const requestRow = async (id: string) =>
    (
      await t.dataSource.query<{ status: string; version: number }[]>(
        'SELECT status, version FROM identity_access_request WHERE id = $1',
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    badinh = await agencyIdByCode(t, 'HN-P-BADINH');
    btcd = await agencyIdByCode(t, 'HN-BTCD');
    const recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    investigator = await newInvestigator();
    const denunciation = (visitor: object) =>
      visitBody({
        visitors: [visitor],
        contentType: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ phường nhận tiền khi cấp giấy phép xây dựng',
      });
    const identity = { fullName: c.name, idType: 'cccd', idNumber: c.idNumber, address: c.address };
    const x = await postVisit(t, recorder, denunciation({ identity })).expect(201);
    personId = x.body.visitors[0].id;
    visitX = { id: x.body.id, caseId: x.body.case.id };
    const y = await postVisit(t, recorder, denunciation({ personId })).expect(201);
    visitY = { id: y.body.id, caseId: y.body.case.id };
    expect(visitY.caseId).not.toBe(visitX.caseId);
  });
  afterAll(() => t.close());

  describe('asking', () => {
    it('refuses a request without a real reason, naming the field', async () => {
      const short = await requestAccess(investigator, { ...onVisit(visitX.id), reason: 'vì cần' });
      expectError(short, 400, 'VALIDATION_FAILED', 'reason');
      const blank = await requestAccess(investigator, {
        ...onVisit(visitX.id),
        reason: ' '.repeat(12),
      });
      expectError(blank, 400, 'IDENTITY_ACCESS_REASON_TOO_SHORT', 'reason');
    });

    it('requires exactly one record or case the investigator works on', async () => {
      for (const body of [{}, { ...onVisit(visitX.id), caseId: visitX.caseId }]) {
        const res = await requestAccess(investigator, body);
        expectError(res, 400, 'IDENTITY_ACCESS_TARGET_REQUIRED', 'recordId');
      }
      const half = await requestAccess(investigator, { recordType: 'visit' });
      expectError(half, 400, 'VALIDATION_FAILED', 'recordId');
      const kind = await requestAccess(investigator, { recordType: 'lunch', recordId: visitX.id });
      expectError(kind, 400, 'VALIDATION_FAILED', 'recordType');
    });

    it('refuses a record or case of the person outside the investigator’s scope exactly like a missing one', async () => {
      const elsewhere = randomUUID();
      await runInTransaction(t.dataSource, (m) =>
        t.app.get(PersonsService).link(m, {
          personId,
          recordType: PersonRecordType.Petition,
          recordId: elsewhere,
          agencyId: badinh,
          officerId: null,
          role: PersonRole.Petitioner,
          caseId: randomUUID(),
        }),
      );
      const answer = async (body: object) => {
        const res = await requestAccess(investigator, body);
        const { requestId: _id, ...rest } = res.body as Record<string, unknown>;
        return { status: res.status, body: rest };
      };
      const outside = await answer({ recordType: 'petition', recordId: elsewhere });
      expect(outside.body).toMatchObject({ code: 'IDENTITY_ACCESS_TARGET_UNKNOWN' });
      expect(outside).toEqual(await answer({ recordType: 'petition', recordId: randomUUID() }));
      // A record that exists in scope, but not this person's, is unknown too.
      expect(await answer({ recordType: 'visit', recordId: randomUUID() })).toEqual(outside);
      const caseRes = await requestAccess(investigator, { caseId: randomUUID() });
      expectError(caseRes, 400, 'IDENTITY_ACCESS_TARGET_UNKNOWN', 'caseId');
    });

    it('hides the request route from investigators of another agency (404 on the person)', async () => {
      const far = await createOfficer(t, { roles: [Role.Investigator], agencyId: btcd });
      expectError(await requestAccess(far), 404, 'PERSON_NOT_FOUND');
    });
  });

  describe('what a grant opens', () => {
    it('shows the identity on the record the leader approved it for, and hides it again once it expired', async () => {
      const asked = await requestAccess(investigator).expect(201);
      expect(asked.body).toMatchObject({
        personId,
        recordType: 'visit',
        recordId: visitX.id,
        caseId: null,
        agencyId: tttp,
        status: 'requested',
        version: 1,
      });
      expectNoCanary(c, asked.body);
      const pending = await queue(leader).expect(200);
      expect((pending.body.items as { id: string }[]).map((r) => r.id)).toEqual([asked.body.id]);
      expectError(await requestAccess(investigator), 409, 'UNIQUE_VIOLATION');

      const approvedAt = t.clock.now();
      const ok = await decide(leader, asked.body.id, 'approve', { version: 1 }).expect(200);
      expect(ok.body).toMatchObject({ status: 'approved', decidedBy: leader.id, version: 2 });
      const expiresAt = new Date(ok.body.expiresAt);
      expect(expiresAt.getTime() - approvedAt.getTime()).toBe(30 * DAY_MS);

      const onX = await getVisit(investigator, visitX.id).expect(200);
      expect(onX.body.visitors[0].identity.fullName).toBe(c.name);
      const viaPerson = await getPerson(investigator, onVisit(visitX.id)).expect(200);
      expect(viaPerson.body.identity.fullName).toBe(c.name);
      const reads = await auditData(t, 'identity.read', investigator.id, personId);
      expect(reads.map((r) => [r.basis, r.recordId])).toEqual([
        ['grant', visitX.id],
        ['grant', visitX.id],
      ]);
      // The same person on another case's record, or on its own page, stays a pseudonym.
      for (const res of [
        await getVisit(investigator, visitY.id).expect(200),
        await getPerson(investigator, onVisit(visitY.id)).expect(200),
        await getPerson(investigator).expect(200),
      ]) {
        expect(JSON.stringify(res.body)).not.toContain('"identity"');
        expectNoCanary(c, res.body);
      }

      const before = t.clock.now();
      try {
        t.clock.set(new Date(expiresAt.getTime() + 60_000));
        investigator.token = await login(t, investigator.username, null);
        const expired = await getVisit(investigator, visitX.id).expect(200);
        expect(expired.body.visitors[0].identity).toBeUndefined();
      } finally {
        t.clock.set(before);
      }
      const again = await decide(leader, asked.body.id, 'refuse', { version: 2 });
      expectError(again, 409, 'IDENTITY_ACCESS_REQUEST_DECIDED');
    });

    it('a grant for case X shows the person on the records of case X, not on those of case Y', async () => {
      const inv = await newInvestigator();
      await approved(inv, { caseId: visitX.caseId });
      const onX = await getVisit(inv, visitX.id).expect(200);
      expect(onX.body.visitors[0].identity.fullName).toBe(c.name);
      const onY = await getVisit(inv, visitY.id).expect(200);
      expect(onY.body.visitors[0].identity).toBeUndefined();
      expectNoCanary(c, onY.body);
    });

    it('keeps the identity hidden when the leader refused', async () => {
      const other = await newInvestigator();
      const asked = await requestAccess(other).expect(201);
      const note = 'Không cần thiết cho việc xác minh';
      const refused = await decide(leader, asked.body.id, 'refuse', { version: 1, note });
      expect(refused.status).toBe(200);
      expect(refused.body).toMatchObject({
        status: 'refused',
        expiresAt: null,
        decisionNote: note,
      });
      const res = await getVisit(other, visitX.id).expect(200);
      expect(res.body.visitors[0].identity).toBeUndefined();
      expectNoCanary(c, res.body);
      const audit = await auditData(t, 'identity_access.refuse', leader.id, asked.body.id);
      expect(audit).toEqual([expect.objectContaining({ personId, requesterId: other.id })]);
    });

    it('stops working when its investigator moves to another agency, and cannot be approved after a move', async () => {
      const mover = await newInvestigator();
      await approved(mover);
      await getVisit(mover, visitX.id).expect(200);
      await t.dataSource.query('UPDATE officer SET agency_id = $2 WHERE id = $1', [mover.id, btcd]);
      const gone = await getPerson(mover, onVisit(visitX.id));
      expectError(gone, 404, 'PERSON_NOT_FOUND');
      expectNoCanary(c, gone.body);

      const late = await newInvestigator();
      const asked = await requestAccess(late).expect(201);
      await t.dataSource.query('UPDATE officer SET agency_id = $2 WHERE id = $1', [late.id, btcd]);
      const res = await decide(leader, asked.body.id, 'approve', { version: 1 });
      expectError(res, 409, 'IDENTITY_ACCESS_REQUESTER_MOVED');
      expect(await requestRow(asked.body.id)).toEqual({ status: 'requested', version: 1 });
      await decide(leader, asked.body.id, 'refuse', { version: 1 }).expect(200);
    });
  });

  describe('deciding', () => {
    it('lets only a leader whose scope covers the record’s agency decide (404 elsewhere, even with another record of the person)', async () => {
      const other = await newInvestigator();
      const asked = await requestAccess(other).expect(201);
      const elsewhere = await createOfficer(t, { roles: [Role.Leader], agencyId: badinh });
      const res = await decide(elsewhere, asked.body.id, 'approve', { version: 1 });
      expectError(res, 404, 'IDENTITY_ACCESS_REQUEST_NOT_FOUND');
      expect((await queue(elsewhere).expect(200)).body.items).toEqual([]);
      expectError(
        await decide(leader, asked.body.id, 'approve', { version: 7 }),
        409,
        'STALE_VERSION',
        'version',
      );
      await decide(leader, asked.body.id, 'refuse', { version: 1 }).expect(200);
    });

    it('pages the queue newest first without losing or repeating a request', async () => {
      const asked: string[] = [];
      for (let i = 0; i < 2; i++) {
        asked.push((await requestAccess(await newInvestigator()).expect(201)).body.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.http
          .get('/api/v1/identity-access-requests')
          .query({ status: 'requested', limit: 1, ...(cursor ? { cursor } : {}) })
          .set(bearer(leader.token))
          .expect(200);
        const page = res.body as { items: { id: string }[]; nextCursor: string | null };
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.slice(0, 2)).toEqual([...asked].reverse());
    });

    it('names the field for malformed input on every route', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      expectError(await decide(leader, id, 'approve', {}), 400, 'VALIDATION_FAILED', 'version');
      const note = { version: 1, note: 'x'.repeat(2001) };
      expectError(await decide(leader, id, 'refuse', note), 400, 'VALIDATION_FAILED', 'note');
      expectError(
        await decide(leader, 'abc', 'approve', { version: 1 }),
        400,
        'VALIDATION_FAILED',
        'id',
      );
      const long = await requestAccess(investigator, {
        ...onVisit(visitX.id),
        reason: 'x'.repeat(2001),
      });
      expectError(long, 400, 'VALIDATION_FAILED', 'reason');
      const list = (query: object) =>
        t.http.get('/api/v1/identity-access-requests').query(query).set(bearer(leader.token));
      expectError(await list({ status: 'pending' }), 400, 'VALIDATION_FAILED', 'status');
      expectError(await list({ cursor: 'bm90LWEtY3Vyc29y' }), 400, 'VALIDATION_FAILED', 'cursor');
      const context = await getPerson(leader, { recordType: 'visit' });
      expectError(context, 400, 'VALIDATION_FAILED', 'recordId');
    });
  });
});
