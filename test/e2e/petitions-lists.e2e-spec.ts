import { Role } from '../../src/auth/role';
import { encodeCursor } from '../../src/common/http/page';
import { handle, petitionBody, postPetition } from '../factories/petition.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

interface Item {
  id: string;
  bookNo: number;
  deadlines: { dueOn: string; isOverdue: boolean };
}

describe('lists and worklists of petitions (filters in SQL, keyset pages, overdue computed)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let colleague: TestOfficer;
  let leader: TestOfficer;
  let overdue: string;
  let dueSoon: string;
  let later: string;
  let forwarded: string;

  const get = (who: TestOfficer, url: string, query: Record<string, string | number> = {}) =>
    t.http.get(url).query(query).set(bearer(who.token));
  const ids = (res: { body: { items: Item[] } }) => res.body.items.map((i) => i.id);

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: tttp });
    colleague = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: tttp });
    leader = await createOfficer(t, {
      roles: [Role.Leader],
      agencyId: await agencyIdByCode(t, 'HN'),
    });
    const post = async (over: Record<string, unknown>) =>
      (await postPetition(t, handler, petitionBody(over)).expect(201)).body.id as string;
    overdue = await post({
      receivedOn: '2026-02-20',
      summary: 'Khiếu nại về bồi thường giải phóng mặt bằng',
    });
    dueSoon = await post({
      receivedOn: '2026-02-27',
      type: 'petition',
      field: 'other',
      summary: 'Kiến nghị sửa đường',
    });
    later = await post({ receivedOn: '2026-03-09' });
    forwarded = await post({
      receivedOn: '2026-03-02',
      source: 'forwarded_by_agency',
      senderBody: 'Ban Tiếp công dân Trung ương',
      dispatchNo: '9/BTCDTW',
      dispatchOn: '2026-02-28',
      summary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất',
    });
    const filedOverdue = await post({ receivedOn: '2026-02-19' });
    await handle(t, handler, filedOverdue, { action: 'file', version: 1 }).expect(201);
  });
  afterAll(() => t.close());

  it('lists the agency’s petitions newest first and walks every page with the cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { limit: 2, ...(cursor ? { cursor } : {}) };
      const res = await get(handler, '/api/v1/petitions', query).expect(200);
      seen.push(...ids(res));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen[0]).toBe(later);
    expectError(
      await get(handler, '/api/v1/petitions', { cursor: 'bad' }),
      400,
      'VALIDATION_FAILED',
      'cursor',
    );
  });

  it('refuses a well-formed cursor that holds no day and id: 400 naming cursor, not a database error', async () => {
    const forged = encodeCursor(['not-a-date', 'not-an-id']);
    for (const url of ['/api/v1/petitions', '/api/v1/petitions/worklist']) {
      expectError(await get(handler, url, { cursor: forged }), 400, 'VALIDATION_FAILED', 'cursor');
    }
  });

  it.each([
    [{ type: 'petition' }, () => [dueSoon]],
    [{ source: 'forwarded_by_agency' }, () => [forwarded]],
    [{ overdue: 'true' }, () => [overdue]],
    [{ status: 'filed' }, () => [expect.any(String)]],
    [{ text: 'giai phong mat bang' }, () => [overdue]],
    [{ text: 'GIẤY CHỨNG NHẬN' }, () => [forwarded]],
    [{ from: '2026-03-01', to: '2026-03-05' }, () => [forwarded]],
    [{ outcome: 'file' }, () => [expect.any(String)]],
  ])('filters by %j', async (query, expected) => {
    const res = await get(handler, '/api/v1/petitions', query).expect(200);
    expect(ids(res)).toEqual(expected());
  });

  it('shows overdue (computed) in every item and refuses a bad filter (400 naming it)', async () => {
    const res = await get(handler, '/api/v1/petitions', { overdue: 'true' }).expect(200);
    expect(res.body.items[0].deadlines).toMatchObject({ dueOn: '2026-03-06', isOverdue: true });
    expectError(
      await get(handler, '/api/v1/petitions', { type: 'x' }),
      400,
      'VALIDATION_FAILED',
      'type',
    );
    expectError(
      await get(handler, '/api/v1/petitions', { overdue: 'yes' }),
      400,
      'VALIDATION_FAILED',
      'overdue',
    );
  });

  it('gives worklists: due in 3 working days, overdue, soonest first', async () => {
    const due = await get(handler, '/api/v1/petitions/worklist', { due: 3 }).expect(200);
    expect(ids(due)).toEqual([dueSoon]);
    expect(due.body.items[0].deadlines.dueOn).toBe('2026-03-13');
    const late = await get(handler, '/api/v1/petitions/worklist', { overdue: 'true' }).expect(200);
    expect(ids(late)).toEqual([overdue]);
    const all = await get(handler, '/api/v1/petitions/worklist').expect(200);
    expect(ids(all)).toEqual([overdue, dueSoon, forwarded, later]);
  });

  it('lets a leader assign a petition to a handler, whose own worklist then shows it', async () => {
    const petition = await get(handler, `/api/v1/petitions/${dueSoon}`).expect(200);
    const assigned = await t.http
      .post(`/api/v1/petitions/${dueSoon}/assign`)
      .set(bearer(leader.token))
      .send({ officerId: colleague.id, version: petition.body.version })
      .expect(201);
    expect(assigned.body.handlerId).toBe(colleague.id);
    const mine = await get(colleague, '/api/v1/petitions/worklist', { mine: 'true' }).expect(200);
    expect(ids(mine)).toEqual([dueSoon]);
    const byHandler = await get(leader, '/api/v1/petitions', { handlerId: colleague.id }).expect(
      200,
    );
    expect(ids(byHandler)).toEqual([dueSoon]);
    expectError(
      await t.http
        .post(`/api/v1/petitions/${later}/assign`)
        .set(bearer(leader.token))
        .send({ officerId: leader.id, version: 1 }),
      400,
      'PETITION_INVALID',
      'officerId',
    );
    expectError(
      await t.http
        .post(`/api/v1/petitions/${later}/assign`)
        .set(bearer(handler.token))
        .send({ officerId: colleague.id, version: 1 }),
      403,
      'FORBIDDEN',
    );
  });

  it('shows one petition with its explained deadlines and its case timeline; 404 outside scope', async () => {
    const res = await get(handler, `/api/v1/petitions/${overdue}`).expect(200);
    expect(res.body.deadlines.handling.rule.key).toBe('D1');
    expect(res.body.deadlines.isOverdue).toBe(true);
    const timeline = res.body.timeline as { kind: string; id: string }[];
    expect(timeline.map((i) => [i.kind, i.id])).toEqual([['petition', overdue]]);
    expect(res.body.signatories[0].identity?.fullName).toBe('Phạm Văn Đơn');
    const communes = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM agency WHERE level = 'commune' LIMIT 1`,
    );
    const stranger = await createOfficer(t, {
      roles: [Role.PetitionHandler],
      agencyId: communes[0]!.id,
    });
    expectError(await get(stranger, `/api/v1/petitions/${overdue}`), 404, 'NOT_FOUND');
    expect(ids(await get(stranger, '/api/v1/petitions').expect(200))).toEqual([]);
  });

  it('lets a city leader see the petitions of the subtree; oversight sees none (403)', async () => {
    const res = await get(leader, '/api/v1/petitions', { agencyId: handler.agencyId }).expect(200);
    expect(res.body.items).toHaveLength(5);
    const oversight = await createOfficer(t, { roles: [Role.Oversight] });
    expectError(await get(oversight, '/api/v1/petitions'), 403, 'FORBIDDEN');
  });
});
