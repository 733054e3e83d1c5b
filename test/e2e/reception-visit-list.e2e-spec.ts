import { Role } from '../../src/auth/role';
import { newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

interface Item {
  id: string;
  visitOn: string;
}

describe('the list of visits: filters in SQL, keyset pages, scope', () => {
  let t: TestApp;
  let tttp: string;
  let officer: TestOfficer;
  let other: TestOfficer;
  let leader: TestOfficer;
  const ids: Record<string, string> = {};

  const list = (who: TestOfficer, query: Record<string, string | number | boolean> = {}) =>
    t.http.get('/api/v1/reception/visits').query(query).set(bearer(who.token));

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    other = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, {
      roles: [Role.Leader],
      agencyId: await agencyIdByCode(t, 'HN'),
    });
    const plan: [string, TestOfficer, Record<string, unknown>][] = [
      ['march1', officer, { receivedAt: '2026-03-01T09:00:00+07:00' }],
      ['feb', officer, { receivedAt: '2026-02-10T09:00:00+07:00', contentType: 'petition' }],
      ['guided', officer, { outcome: 'guided', guidedTo: 'UBND phường Ba Đình' }],
      [
        'group',
        other,
        {
          personsCount: 7,
          isDelegation: true,
          visitors: [newVisitor('Đoàn Một'), newVisitor('Đoàn Hai')],
          representatives: [0],
        },
      ],
      [
        'jan',
        other,
        {
          receivedAt: '2026-01-05T15:00:00+07:00',
          receptionKind: 'delegated',
          presidingHead: { name: 'P', title: 'Phó Chánh Thanh tra' },
        },
      ],
    ];
    for (const [key, who, over] of plan) {
      ids[key] = (await postVisit(t, who, visitBody(over)).expect(201)).body.id;
    }
  });
  afterAll(() => t.close());

  const idsOf = (body: { items: Item[] }) => body.items.map((i) => i.id);

  it('lists the newest day first and walks every page with the cursor', async () => {
    const seen: Item[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { limit: 2, ...(cursor ? { cursor } : {}) };
      const res = await list(officer, query).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...(res.body.items as Item[]));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toHaveLength(5);
    const days = seen.map((s) => s.visitOn);
    expect(days).toEqual([...days].sort().reverse());
    expect(days.slice(-3)).toEqual(['2026-03-01', '2026-02-10', '2026-01-05']);
  });

  it.each([
    [{ from: '2026-02-01', to: '2026-03-01' }, ['march1', 'feb']],
    [{ contentType: 'petition' }, ['feb']],
    [{ outcome: 'guided' }, ['guided']],
    [{ isDelegation: true }, ['group']],
    [{ receptionKind: 'delegated' }, ['jan']],
  ])('filters by %o', async (query, expected) => {
    const res = await list(officer, query).expect(200);
    expect(idsOf(res.body).sort()).toEqual(expected.map((k) => ids[k]).sort());
  });

  it('filters by the receiving officer', async () => {
    const res = await list(officer, { officerId: other.id }).expect(200);
    expect(idsOf(res.body).sort()).toEqual([ids.group, ids.jan].sort());
  });

  it('lets a city leader narrow to an agency of the subtree; 404 for one outside scope', async () => {
    const res = await list(leader, { agencyId: tttp }).expect(200);
    expect(res.body.items).toHaveLength(5);
    const district = await agencyIdByCode(t, 'HN-P-BADINH');
    expect((await list(leader, { agencyId: district }).expect(200)).body.items).toEqual([]);
    expectError(await list(officer, { agencyId: district }), 404, 'NOT_FOUND');
  });

  it('refuses a forged cursor and bad filters, naming the field', async () => {
    expectError(
      await list(officer, { cursor: 'bm90LWEtY3Vyc29y' }),
      400,
      'VALIDATION_FAILED',
      'cursor',
    );
    expectError(
      await list(officer, { isDelegation: 'perhaps' }),
      400,
      'VALIDATION_FAILED',
      'isDelegation',
    );
    expectError(await list(officer, { outcome: 'lost' }), 400, 'VALIDATION_FAILED', 'outcome');
    expectError(await list(officer, { from: '2026-13-01' }), 400, 'VALIDATION_FAILED', 'from');
  });
});
