import { ALL_ROLES, Role } from '../../src/auth/role';
import { hasPermission } from '../../src/auth/role-permissions';
import { encodeCursor } from '../../src/common/http/page';
import { agencyIdByCode, bearer, createOfficer, tokenFor } from '../support/auth';
import { expectError } from '../support/expect-error';
import { queryFields } from '../support/route-bodies';
import { listRoutes, type RouteInfo } from '../support/routes';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Every keyset list answers a cursor it did not make with one and the same 400: VALIDATION_FAILED
 * naming `cursor` (common/pagination/keyset.ts, invalidCursor), whatever the shape of its key —
 * never a database error, never a list's own wording.
 */

const ID = '6f1c2a4e-3b5d-4e8f-9a1b-2c3d4e5f6a7b';
const NO_DAY = ['2026-02-30', ID];

/**
 * Each list: the query it needs besides the cursor, and a near miss — a cursor of its key's length
 * whose values only PostgreSQL would have refused (an impossible day, a bigint past the maximum, a
 * malformed id), which must not reach it.
 */
const LISTS: Record<
  string,
  { path?: string; query?: Record<string, string>; nearMiss: (string | number)[] }
> = {
  'GET /api/v1/audit': { nearMiss: ['9223372036854775808'] },
  'GET /api/v1/identity-access-requests': { nearMiss: ['2026-02-30 08:00:00+07', ID] },
  'GET /api/v1/reception/sessions': { nearMiss: NO_DAY },
  'GET /api/v1/reception/visits': { nearMiss: NO_DAY },
  'GET /api/v1/enforcement/outstanding': {
    query: { sort: 'age', order: 'desc' },
    nearMiss: ['age', 'desc', 30, '1000000', '0', 'not-an-id'],
  },
  'GET /api/v1/officers': { nearMiss: ['nguyen.van.a', 'not-an-id'] },
  'GET /api/v1/petitions': { nearMiss: NO_DAY },
  'GET /api/v1/petitions/worklist': { nearMiss: NO_DAY },
  'GET /api/v1/complaints': { nearMiss: NO_DAY },
  'GET /api/v1/denunciations': { nearMiss: NO_DAY },
  'GET /api/v1/resolutions/worklist': { nearMiss: NO_DAY },
  'GET /api/v1/statistics/figures/:key/records': {
    path: '/api/v1/statistics/figures/complaints.resolved/records',
    query: { period: '2026' },
    nearMiss: ['not-an-id'],
  },
};

/** Not cursors of any list: not base64 JSON, JSON of another shape, an empty key, a quote. */
const GARBAGE = [
  'abc',
  Buffer.from('{"on":"2026-01-20","id":"x"}').toString('base64url'),
  encodeCursor([]),
  encodeCursor(['not-a-day', 'not-an-id']),
  "'; --",
];

const REFUSAL = [
  { field: 'cursor', code: 'matches', message: 'Trường "cursor" không đúng định dạng' },
];

const keyOf = (r: RouteInfo) => `${r.method} ${r.path}`;

describe('a cursor a list did not make: the same 400 naming cursor on every list', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens = new Map<'admin' | 'staff', string>();

  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(t.app);
    tokens.set('admin', await tokenFor(t, Role.Admin, await agencyIdByCode(t, 'HN')));
    const staff = ALL_ROLES.filter((role) => role !== Role.Admin);
    tokens.set('staff', (await createOfficer(t, { roles: staff })).token);
  });
  afterAll(() => t.close());

  it('knows every GET route whose query takes a cursor', () => {
    const fields = queryFields(t.app);
    const withCursor = routes
      .filter((r) => r.method === 'GET' && fields(r.controller, r.handler).includes('cursor'))
      .map(keyOf);
    expect(withCursor.sort()).toEqual(Object.keys(LISTS).sort());
  });

  it.each(Object.entries(LISTS))(
    '%s refuses garbage and near-miss cursors with 400 VALIDATION_FAILED naming cursor',
    async (key, list) => {
      const route = routes.find((r) => keyOf(r) === key)!;
      const admin = route.permission && hasPermission([Role.Admin], route.permission);
      const token = tokens.get(admin ? 'admin' : 'staff')!;
      for (const cursor of [...GARBAGE, encodeCursor(list.nearMiss)]) {
        const res = await t.http
          .get(list.path ?? route.path)
          .query({ ...list.query, cursor })
          .set(bearer(token));
        expectError(res, 400, 'VALIDATION_FAILED', 'cursor');
        expect({ cursor, errors: (res.body as { errors: unknown }).errors }).toEqual({
          cursor,
          errors: REFUSAL,
        });
      }
      const first = await t.http
        .get(list.path ?? route.path)
        .query({ ...list.query, limit: 1 })
        .set(bearer(token));
      expect(first.status).toBe(200);
    },
  );
});
