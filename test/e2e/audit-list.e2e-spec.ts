import { AuditService } from '../../src/audit/audit.service';
import { AuditListQueryDto } from '../../src/audit/dto/audit-list-query.dto';
import { Role } from '../../src/auth/role';
import { encodeCursor } from '../../src/common/http/page';
import {
  AGENCY_A,
  AGENCY_B,
  auditEntry as entry,
  recordEvents,
  tamperAudit,
} from '../support/audit-chain';
import { bearer, tokenFor } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

describe('GET /api/v1/audit', () => {
  let t: TestApp;
  let audit: AuditService;
  let admin: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
    admin = bearer(await tokenFor(t, Role.Admin));
    await tamperAudit(t, 'TRUNCATE audit_chain, audit_event RESTART IDENTITY');
    const fillers = [1, 2, 3, 4, 5, 6].map((i) =>
      entry(i, { entityType: 'filler', agencyId: null }),
    );
    await recordEvents(
      t,
      ...fillers,
      entry(1, { entityType: 'agency', entityId: 'A1' }),
      entry(2, { entityType: 'agency', entityId: 'A1', agencyId: AGENCY_B }),
      entry(3, { entityType: 'officer', entityId: 'O1', agencyId: null }),
      entry(4, { entityType: 'agency', entityId: 'A1', actorId: AGENCY_B }),
      entry(5, { entityType: 'agency', entityId: 'A2' }),
    );
  });
  afterAll(() => t.close());

  it('lists one record’s events newest first, page by page, with whitelisted fields', async () => {
    const first = await t.http
      .get('/api/v1/audit?entityType=agency&entityId=A1&limit=2')
      .set(admin)
      .expect(200);
    const body = first.body as { items: Record<string, unknown>[]; nextCursor: string | null };
    expect(body.items.map((i) => i.seq)).toEqual(['10', '8']);
    expect(body.items[0]).toEqual({
      seq: '10',
      occurredAt: t.clock.now().toISOString(),
      actorId: AGENCY_B,
      action: 'probe.write',
      entityType: 'agency',
      entityId: 'A1',
      agencyId: AGENCY_A,
      data: { i: 4, note: 'Ghi nhận thử nghiệm' },
    });
    const next = await t.http
      .get(`/api/v1/audit?entityType=agency&entityId=A1&limit=2&cursor=${body.nextCursor}`)
      .set(admin)
      .expect(200);
    expect(next.body).toEqual({
      items: [expect.objectContaining({ seq: '7' })],
      nextCursor: null,
      limit: 2,
    });
  });

  it('takes the documented ?entity=&id= (entityType/entityId still work as former names)', async () => {
    const seqsOf = async (qs: string) =>
      (
        (await t.http.get(`/api/v1/audit?${qs}`).set(admin).expect(200)).body as {
          items: { seq: string }[];
        }
      ).items.map((i) => i.seq);
    expect(await seqsOf('entity=agency&id=A1')).toEqual(['10', '8', '7']);
    expect(await seqsOf('entityType=agency&entityId=A1')).toEqual(['10', '8', '7']);
    expect(await seqsOf('entity=agency&entityId=A1')).toEqual(['10', '8', '7']);
    expect(await seqsOf('entity=agency&entityType=agency&id=A2')).toEqual(['11']);
    expect(await seqsOf('entity=officer')).toEqual(['9']);
  });

  it('refuses the two names of one filter holding different values, naming the field', async () => {
    const get = (qs: string) => t.http.get(`/api/v1/audit?${qs}`).set(admin);
    expectError(await get('entity=agency&entityType=officer'), 400, 'VALIDATION_FAILED', 'entity');
    const res = await get('entity=agency&id=A1&entityId=A2');
    expectError(res, 400, 'VALIDATION_FAILED', 'id');
    expect(res.body.errors[0].message).toBe(
      'Trường "id" mâu thuẫn với "entityId" (tên cũ của cùng bộ lọc); chỉ gửi một trong hai',
    );
    expectError(await get('entity=Bad%20Type'), 400, 'VALIDATION_FAILED', 'entity');
    expectError(await get(`id=${'x'.repeat(65)}`), 400, 'VALIDATION_FAILED', 'id');
  });

  it('lists everything newest first without filters, in numeric seq order', async () => {
    const res = await t.http.get('/api/v1/audit?limit=5').set(admin).expect(200);
    const seqs = (res.body as { items: { seq: string }[] }).items.map((i) => i.seq);
    expect(seqs).toEqual(['11', '10', '9', '8', '7']);
  });

  it('filters by the viewer’s agencies in SQL (null = all, [] = none)', async () => {
    const query = Object.assign(new AuditListQueryDto(), { limit: 20 });
    const seqsFor = async (ids: string[] | null) =>
      (await audit.list(query, ids)).items.map((i) => i.seq);
    expect(await seqsFor([AGENCY_A])).toEqual(['11', '10', '7']);
    expect(await seqsFor([AGENCY_B])).toEqual(['8']);
    expect(await seqsFor([])).toEqual([]);
    expect(await seqsFor(null)).toHaveLength(11);
  });

  it('requires a token, audit.read to list and audit.verify to verify', async () => {
    expectError(await t.http.get('/api/v1/audit'), 401, 'UNAUTHENTICATED');
    const desk = bearer(await tokenFor(t, Role.ReceptionOfficer));
    expectError(await t.http.get('/api/v1/audit').set(desk), 403, 'FORBIDDEN');
    const leader = bearer(await tokenFor(t, Role.Leader));
    await t.http.get('/api/v1/audit?entityType=agency').set(leader).expect(200);
    expectError(await t.http.get('/api/v1/audit/verify').set(leader), 403, 'FORBIDDEN');
  });

  it('refuses bad filters, forged cursors and unknown parameters, naming them', async () => {
    const get = (qs: string) => t.http.get(`/api/v1/audit?${qs}`).set(admin);
    expectError(await get('entityType=Bad%20Type'), 400, 'VALIDATION_FAILED', 'entityType');
    expectError(await get(`entityId=${'x'.repeat(65)}`), 400, 'VALIDATION_FAILED', 'entityId');
    expectError(
      await get(`cursor=${encodeCursor(['1; DROP'])}`),
      400,
      'VALIDATION_FAILED',
      'cursor',
    );
    expectError(await get(`cursor=${encodeCursor([1, 2])}`), 400, 'VALIDATION_FAILED', 'cursor');
    expectError(await get('limit=101'), 400, 'VALIDATION_FAILED', 'limit');
    expectError(await get('hash=abc'), 400, 'VALIDATION_FAILED', 'hash');
  });
});
