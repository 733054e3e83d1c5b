import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  type DecisionView,
  insertDecision,
  land,
  money,
  openEnforcement,
  postProgress,
  progress,
} from '../factories/enforcement.factory';

// Items, progress, reopening and the outstanding worklist through the API (issue 8).

describe('enforcement items and progress', () => {
  let t: TestApp;
  let tttp: string;
  let btcd: string;
  let leader: TestOfficer;
  let investigator: TestOfficer;
  let outsider: TestOfficer;

  const reopen = (who: TestOfficer, itemId: string, body: object) =>
    t.http.post(`/api/v1/enforcement/items/${itemId}/reopen`).set(bearer(who.token)).send(body);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-30T03:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    btcd = await agencyIdByCode(t, 'HN-BTCD');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    investigator = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    outsider = await createOfficer(t, { roles: [Role.Leader], agencyId: btcd });
  }, 60_000);
  afterAll(() => t.close());

  const decision = (
    measures: Parameters<typeof insertDecision>[1]['measures'],
    effect = '2026-02-01',
  ) =>
    insertDecision(t, {
      agencyId: tttp,
      signerId: leader.id,
      issuedOn: '2026-01-10',
      legalEffectOn: effect,
      measures,
    });

  it('opens a legally effective decision once (idempotent); 409 before legal effect', async () => {
    const id = await decision([{ type: T.RecoverMoney, amount: '1000' }]);
    const first = await openEnforcement(t, leader, id);
    const again = await openEnforcement(t, leader, id);
    expect(again.id).toBe(first.id);
    expect(again.items).toHaveLength(1);
    expect(first.decisionId).toBe(id);

    const pending = await insertDecision(t, {
      agencyId: tttp,
      signerId: leader.id,
      issuedOn: '2026-06-01',
      legalEffectOn: null,
      measures: [],
    });
    const res = await t.http
      .post(`/api/v1/enforcement/decisions/${pending}/open`)
      .set(bearer(leader.token))
      .send({});
    expectError(res, 409, 'ENFORCEMENT_DECISION_NOT_EFFECTIVE', 'decisionId');

    const audit = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'enforcement.open' AND entity_id = $1`,
      [first.id],
    );
    expect(Number(audit[0]!.n)).toBe(1);
  });

  it('gives a decision without measures one "other" item', async () => {
    const view = await openEnforcement(t, leader, await decision([]));
    expect(view.items.map((i) => i.type)).toEqual(['other']);
  });

  it('hides decisions and items of agencies outside the scope (404), and only leaders open', async () => {
    const id = await decision([{ type: T.RecoverMoney, amount: '1000' }]);
    const res = await t.http
      .post(`/api/v1/enforcement/decisions/${id}/open`)
      .set(bearer(outsider.token))
      .send({});
    expectError(res, 404, 'NOT_FOUND');
    const forbidden = await t.http
      .post(`/api/v1/enforcement/decisions/${id}/open`)
      .set(bearer(investigator.token))
      .send({});
    expect(forbidden.status).toBe(403);
    const view = await openEnforcement(t, leader, id);
    const progressRes = await postProgress(t, outsider, view, 0, money('2026-03-01', '10'));
    expectError(progressRes, 404, 'NOT_FOUND');
    const read = await t.http
      .get(`/api/v1/enforcement/decisions/${id}`)
      .set(bearer(outsider.token));
    expectError(read, 404, 'NOT_FOUND');
  });

  it('refuses bad input with 400 naming the field, and progress on a completed item with 409', async () => {
    const id = await decision([
      { type: T.RecoverMoney, amount: '5000000' },
      { type: T.RecoverLand, area: '100' },
      { type: T.DisciplinePerson, persons: 1 },
    ]);
    let view = await openEnforcement(t, leader, id);
    expectError(
      await postProgress(t, investigator, view, 0, money('2026-03-01', '-5')),
      400,
      'ENFORCEMENT_PROGRESS_INVALID',
      'amount',
    );
    expectError(
      await postProgress(t, investigator, view, 0, { ...money('2026-03-01', '5'), unit: 'm2' }),
      400,
      'ENFORCEMENT_PROGRESS_INVALID',
      'unit',
    );
    expectError(
      await postProgress(t, investigator, view, 1, land('2026-03-01', '1.234')),
      400,
      'ENFORCEMENT_PROGRESS_INVALID',
      'amount',
    );
    expectError(
      await postProgress(t, investigator, view, 0, money('2026-01-20', '5')),
      400,
      'ENFORCEMENT_PROGRESS_INVALID',
      'on',
    );
    expectError(
      await postProgress(t, investigator, view, 2, { on: '2026-03-01', documentRef: 'QĐ-1' }),
      400,
      'ENFORCEMENT_PROGRESS_INVALID',
      'measure',
    );
    expectError(
      await postProgress(t, investigator, view, 0, money('2026-03-01', '5000001')),
      400,
      'ENFORCEMENT_OVER_COLLECTION',
      'overCollectionNote',
    );
    const stale = await t.http
      .post(`/api/v1/enforcement/items/${view.items[0]!.id}/progress`)
      .set(bearer(investigator.token))
      .send({ ...money('2026-03-01', '5'), version: view.items[0]!.version + 1 });
    expectError(stale, 409, 'STALE_VERSION');

    view = await progress(t, investigator, view, 0, money('2026-03-01', '5000000'));
    expect(view.items[0]!.status).toBe('completed');
    expectError(
      await postProgress(t, investigator, view, 0, money('2026-03-02', '1')),
      409,
      'ENFORCEMENT_ITEM_COMPLETED',
      'itemId',
    );
    const rows = await t.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM enforcement_progress WHERE item_id = ANY($1::uuid[])',
      [view.items.map((i) => i.id)],
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('records an over-collection only with its note', async () => {
    let view = await openEnforcement(
      t,
      leader,
      await decision([{ type: T.RecoverMoney, amount: '100' }]),
    );
    view = await progress(t, investigator, view, 0, {
      ...money('2026-03-01', '120'),
      overCollectionNote: 'Thu cả tiền lãi chậm nộp',
    });
    expect(view.items[0]).toMatchObject({ status: 'completed', achieved: '120', outstanding: '0' });
  });

  it('lets only a leader reopen a completed item, with a reason; voided entries stop counting', async () => {
    const id = await decision([
      { type: T.ReturnMoneyPerson, amount: '900000' },
      { type: T.Other, description: 'Công khai xin lỗi' },
    ]);
    let view = await openEnforcement(t, leader, id);
    view = await progress(t, investigator, view, 0, money('2026-03-01', '400000'));
    view = await progress(t, investigator, view, 0, money('2026-04-01', '500000'));
    view = await progress(t, investigator, view, 1, {
      on: '2026-04-02',
      documentRef: 'BB-01',
      action: 'Đã xin lỗi công khai tại UBND phường',
    });
    expect(view).toMatchObject({ complete: true, completedOn: '2026-04-02' });
    const item = view.items[0]!;
    const bounced = item.progress[1]!.id;

    expect(
      (
        await reopen(investigator, item.id, {
          version: item.version,
          reason: 'x',
          voidEntryIds: [bounced],
        })
      ).status,
    ).toBe(403);
    expectError(
      await reopen(leader, item.id, {
        version: item.version,
        reason: ' ',
        voidEntryIds: [bounced],
      }),
      400,
      'ENFORCEMENT_REOPEN_INVALID',
      'reason',
    );
    expectError(
      await reopen(leader, view.items[1]!.id, {
        version: view.items[1]!.version,
        reason: 'x',
        voidEntryIds: [],
      }),
      400,
      'ENFORCEMENT_REOPEN_INVALID',
      'voidEntryIds',
    );
    const res = await reopen(leader, item.id, {
      version: item.version,
      reason: 'Ủy nhiệm chi bị ngân hàng trả lại',
      voidEntryIds: [bounced],
    });
    expect(res.status).toBe(200);
    view = res.body as DecisionView;
    expect(view).toMatchObject({ complete: false, completedOn: null });
    expect(view.items[0]).toMatchObject({
      status: 'reopened',
      completedOn: null,
      achieved: '400000',
      outstanding: '500000',
    });
    expect(view.items[0]!.progress.map((p) => p.voided)).toEqual([false, true]);
    const audit = await t.dataSource.query<{ action: string; data: Record<string, unknown> }[]>(
      `SELECT action, data FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [item.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'enforcement.progress',
      'enforcement.progress',
      'enforcement.reopen',
    ]);
    expect(audit[2]!.data).toMatchObject({
      voidedEntryIds: [bounced],
      previousCompletedOn: '2026-04-01',
    });
    // the leader's free-text reason stays on the reopening (shown above), never in the audit row
    expect(audit[2]!.data).not.toHaveProperty('reason');
    expect(view.items[0]!.reopenings).toMatchObject([
      { reason: 'Ủy nhiệm chi bị ngân hàng trả lại' },
    ]);

    view = await progress(t, investigator, view, 0, money('2026-05-05', '500000'));
    expect(view).toMatchObject({ complete: true, completedOn: '2026-05-05' });
    const row = await t.dataSource.query<{ completed_on: string }[]>(
      'SELECT completed_on::text FROM enforcement_decision WHERE id = $1',
      [view.id],
    );
    expect(row[0]!.completed_on).toBe('2026-05-05');
  });

  it('adds exactly over 10,000 entries (no float drift)', async () => {
    let view = await openEnforcement(
      t,
      leader,
      await decision([
        { type: T.RecoverLand, area: '100' },
        { type: T.RecoverMoney, amount: '1234567890000' },
      ]),
    );
    const [landItem, moneyItem] = view.items;
    await t.dataSource.query(
      `INSERT INTO enforcement_progress (item_id, "on", area, unit, document_ref)
       SELECT $1, '2026-03-01', 0.01, 'm2', 'BB-' || g FROM generate_series(1, 9999) g`,
      [landItem!.id],
    );
    await t.dataSource.query(
      `INSERT INTO enforcement_progress (item_id, "on", amount, unit, document_ref)
       SELECT $1, '2026-03-01', 123456789, 'VND', 'BL-' || g FROM generate_series(1, 9999) g`,
      [moneyItem!.id],
    );
    expectError(
      await postProgress(t, investigator, view, 0, land('2026-03-02', '0.02')),
      400,
      'ENFORCEMENT_OVER_COLLECTION',
    );
    view = await progress(t, investigator, view, 0, land('2026-03-02', '0.01'));
    view = await progress(t, investigator, view, 1, money('2026-03-02', '123456789'));
    expect(view.items.map((i) => [i.status, i.achieved, i.outstanding])).toEqual([
      ['completed', '100', '0'],
      ['completed', '1234567890000', '0'],
    ]);
    expect(view.complete).toBe(true);
  }, 30_000);

  it('lists outstanding decisions with age and amount, sortable, in scope', async () => {
    const old = await decision([{ type: T.RecoverMoney, amount: '1000' }], '2026-01-15');
    const big = await decision([{ type: T.RecoverMoney, amount: '999999999' }], '2026-05-01');
    const oldView = await openEnforcement(t, leader, old);
    const bigView = await openEnforcement(t, leader, big);
    const get = (query: string, who = leader) =>
      t.http.get(`/api/v1/enforcement/outstanding?${query}`).set(bearer(who.token));

    const byAge = await get('sort=age&limit=500');
    expect(byAge.status).toBe(200);
    const body = byAge.body as {
      asOf: string;
      total: number;
      items: { id: string; ageDays: number; moneyOutstanding: string }[];
    };
    expect(body.asOf).toBe('2026-06-30');
    const ids = body.items.map((i) => i.id);
    expect(ids).toContain(oldView.id);
    expect(ids.indexOf(oldView.id)).toBeLessThan(ids.indexOf(bigView.id));
    expect(body.items.find((i) => i.id === oldView.id)).toMatchObject({
      ageDays: 166,
      moneyOutstanding: '1000',
    });
    const byAmount = (await get('sort=amount&limit=1')).body as { items: { id: string }[] };
    expect(byAmount.items.map((i) => i.id)).toEqual([bigView.id]);

    const outside = (await get('sort=age', outsider)).body as { total: number };
    expect(outside.total).toBe(0);
    expectError(await get('sort=size'), 400, 'VALIDATION_FAILED', 'sort');
  });
});
