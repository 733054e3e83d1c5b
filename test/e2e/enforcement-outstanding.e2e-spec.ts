import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  type DecisionView,
  insertDecision,
  money,
  openEnforcement,
  progress,
} from '../factories/enforcement.factory';

// The outstanding worklist (tồn đọng) as a keyset-paginated list computed in SQL (issue 8).

interface Line {
  id: string;
  ageDays: number;
  moneyOutstanding: string;
  landOutstanding: string;
  openItems: number;
  responsibleBodies: string[];
}
interface PageBody {
  asOf: string;
  total: number;
  nextCursor: string | null;
  items: Line[];
}

describe('enforcement outstanding worklist', () => {
  let t: TestApp;
  let tttp: string;
  let leader: TestOfficer;
  const created: Record<string, DecisionView> = {};

  const get = (query: string) =>
    t.http.get(`/api/v1/enforcement/outstanding?${query}`).set(bearer(leader.token));

  /** Every page of a query, following nextCursor. */
  async function walk(query: string, limit: number): Promise<{ pages: number; items: Line[] }> {
    const items: Line[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const body = res.body as PageBody;
      items.push(...body.items);
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 50);
    return { pages, items };
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-30T03:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    // Ties on purpose: three decisions of one day with the same amount, two more of another day.
    const specs: [string, string, Parameters<typeof insertDecision>[1]['measures']][] = [
      ['a', '2026-01-15', [{ type: T.RecoverMoney, amount: '1000' }]],
      ['b', '2026-01-15', [{ type: T.RecoverMoney, amount: '1000' }]],
      ['c', '2026-01-15', [{ type: T.RecoverMoney, amount: '1000' }]],
      ['d', '2026-03-01', [{ type: T.RecoverMoney, amount: '500' }]],
      ['e', '2026-03-01', [{ type: T.RecoverMoney, amount: '500' }]],
      ['f', '2026-05-01', [{ type: T.RecoverLand, area: '120.5' }]],
      ['g', '2026-02-01', [{ type: T.RecoverMoney, amount: '3000' }]],
      ['h', '2026-04-01', [{ type: T.DisciplinePerson, persons: 1 }]],
      ['done', '2026-02-01', [{ type: T.RecoverMoney, amount: '10' }]],
    ];
    for (const [key, effect, measures] of specs) {
      const id = await insertDecision(t, {
        agencyId: tttp,
        signerId: leader.id,
        issuedOn: '2026-01-10',
        legalEffectOn: effect,
        measures,
      });
      created[key] = await openEnforcement(t, leader, id);
    }
    created.g = await progress(t, leader, created.g!, 0, money('2026-03-01', '2000'));
    created.done = await progress(t, leader, created.done!, 0, money('2026-03-01', '10'));
    await t.dataSource.query(
      `UPDATE enforcement_item SET responsible_body = 'UBND quận Hà Đông'
        WHERE enforcement_decision_id = ANY($1::uuid[])`,
      [[created.d!.id, created.f!.id, created.done.id]],
    );
  }, 60_000);
  afterAll(() => t.close());

  it('computes age and amounts in SQL and leaves out complete decisions', async () => {
    const res = await get('sort=age&limit=500');
    const body = res.body as PageBody;
    expect(body).toMatchObject({ asOf: '2026-06-30', total: 8, nextCursor: null });
    const byId = new Map(body.items.map((i) => [i.id, i]));
    expect(byId.has(created.done!.id)).toBe(false);
    expect(byId.get(created.g!.id)).toMatchObject({ ageDays: 149, moneyOutstanding: '1000' });
    expect(byId.get(created.f!.id)).toMatchObject({
      moneyOutstanding: '0',
      landOutstanding: '120.5',
    });
    expect(byId.get(created.h!.id)).toMatchObject({ openItems: 1, moneyOutstanding: '0' });
  });

  type Key = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
  const idsOf = (keys: Key[]) => keys.map((k) => created[k]!.id);
  const sortedIds = (keys: Key[]) => idsOf(keys).sort();

  it.each([
    // Oldest first; ties: more money, then more land, then id.
    [
      'sort=age&order=desc',
      () => [
        ...sortedIds(['a', 'b', 'c']).reverse(),
        ...idsOf(['g']),
        ...sortedIds(['d', 'e']).reverse(),
        ...idsOf(['h', 'f']),
      ],
    ],
    [
      'sort=age&order=asc',
      () => [
        ...idsOf(['f', 'h']),
        ...sortedIds(['d', 'e']),
        ...idsOf(['g']),
        ...sortedIds(['a', 'b', 'c']),
      ],
    ],
    // Largest money first; ties: more land, then older, then id.
    [
      'sort=amount&order=desc',
      () => [
        ...sortedIds(['a', 'b', 'c']).reverse(),
        ...idsOf(['g']),
        ...sortedIds(['d', 'e']).reverse(),
        ...idsOf(['f', 'h']),
      ],
    ],
    [
      'sort=amount&order=asc',
      () => [
        ...idsOf(['h', 'f']),
        ...sortedIds(['d', 'e']),
        ...idsOf(['g']),
        ...sortedIds(['a', 'b', 'c']),
      ],
    ],
  ])('%s: pages of 2 chain without duplicates or gaps across ties', async (query, expectedIds) => {
    const expected = expectedIds();
    const whole = ((await get(`${query}&limit=500`)).body as PageBody).items.map((i) => i.id);
    expect(whole).toEqual(expected);
    const walked = await walk(query, 2);
    expect(walked.pages).toBe(4);
    expect(walked.items.map((i) => i.id)).toEqual(expected);
  });

  it('filters by responsible body (open items only) and pages the filtered list', async () => {
    const first = (
      await get('responsibleBody=UBND%20qu%E1%BA%ADn%20H%C3%A0%20%C4%90%C3%B4ng&limit=1')
    ).body as PageBody;
    expect(first.total).toBe(2);
    expect(first.items[0]).toMatchObject({
      id: created.d!.id,
      responsibleBodies: ['UBND quận Hà Đông'],
    });
    const second = (
      await get(
        `responsibleBody=${encodeURIComponent('UBND quận Hà Đông')}&limit=1&cursor=${first.nextCursor}`,
      )
    ).body as PageBody;
    expect(second.items.map((i) => i.id)).toEqual([created.f!.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a foreign or malformed cursor with 400 on cursor', async () => {
    const page = (await get('sort=age&limit=1')).body as PageBody;
    expectError(
      await get(`sort=amount&limit=1&cursor=${page.nextCursor}`),
      400,
      'VALIDATION_FAILED',
      'cursor',
    );
    expectError(await get('sort=age&cursor=abc'), 400, 'VALIDATION_FAILED', 'cursor');
    expectError(await get('sort=age&cursor=a.b'), 400, 'VALIDATION_FAILED', 'cursor');
  });
});
