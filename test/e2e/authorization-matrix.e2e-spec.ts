import type { Response } from 'supertest';

import { ALL_ROLES, Role } from '../../src/auth/role';
import { hasPermission } from '../../src/auth/role-permissions';
import { bearer, type TestOfficer } from '../support/auth';
import { type AgencyRecords, type AuthzFixture, buildAuthzFixture } from '../support/authz-fixture';
import {
  baseQuery,
  concretePath,
  listGetRoutes,
  type MatrixRoute,
  namesRecord,
} from '../support/authz-routes';
import { createTestApp, type TestApp } from '../support/test-app';

// The authorization matrix (docs/auth.md): every GET route that names a record or takes
// `agencyId`, every role, an officer of agency A asking for A's record (own) and for the record of
// its sibling B (other); leaders and oversight of A's parent asking for A's (child). The expected
// answer comes from the role → permission table and the scope rules, never per route by hand.

jest.setTimeout(60_000);

/** own / other: an officer of A asks for A's / B's record; child: an officer of A's parent asks
 * for A's; unassigned: an investigator of A to whom none of A's proceedings is assigned. */
type Target = 'own' | 'other' | 'child' | 'unassigned';
type Scope = 'own' | 'subtree' | 'all';

/** docs/auth.md "Scope": leaders and oversight see their subtree, admins every agency. */
const SCOPE_OF: Readonly<Record<Role, Scope>> = {
  [Role.Admin]: 'all',
  [Role.ReceptionOfficer]: 'own',
  [Role.PetitionHandler]: 'own',
  [Role.Investigator]: 'own',
  [Role.Leader]: 'subtree',
  [Role.Oversight]: 'subtree',
};

/**
 * Documented departures from the general rule, each with its reason. GET /persons/:id needs none:
 * a person is there for whoever's scope covers its agency or a record it is linked to; whether
 * the identity is shown is not an authorization status (identity-*.e2e-spec.ts test it).
 */
const EXCEPTIONS: readonly {
  route: string;
  targets: readonly Target[];
  status: number;
  reason: string;
}[] = [
  {
    route: 'GET /api/v1/agencies/:id',
    targets: ['other'],
    status: 200,
    reason: 'the agency tree is reference data: every officer with agency.read sees all of it',
  },
  ...['complaints/:id', 'complaints/:id/documents/:kind', 'denunciations/:id']
    .concat(['denunciations/:id/documents/:kind', 'resolutions/case/:caseId/timeline'])
    .map((path) => ({
      route: `GET /api/v1/${path}`,
      targets: ['unassigned'] as const,
      status: 404,
      reason:
        'an investigator sees only the proceedings assigned to them (resolution.read; ' +
        'resolutions/domain/proceeding-access.ts): any other is not there for them',
    })),
];

/** GET routes with a path parameter that names nothing owned by an agency. */
const EXCLUDED: Readonly<Record<string, string>> = {
  'GET /api/v1/legal/calendar/:year': 'the legal calendar is national, owned by no agency',
};

/** List routes (GET, no record in the path) and the query each needs. */
const LIST_QUERIES: Readonly<Record<string, (f: AuthzFixture) => Record<string, string>>> = {
  '/audit': () => ({}),
  '/officers': () => ({}),
  '/identity-access-requests': () => ({}),
  '/persons/search': (f) => ({ idNumber: f.sharedIdNumber }),
  '/petitions': () => ({}),
  '/petitions/worklist': () => ({}),
  '/petitions/case-candidates': (f) => ({ personIds: `${f.a.person},${f.b.person}` }),
  '/reception/case-candidates': (f) => ({ personIds: `${f.a.person},${f.b.person}` }),
  '/reception/sessions': () => ({}),
  '/reception/visits': () => ({}),
  '/resolutions/worklist': () => ({}),
  '/complaints': () => ({}),
  '/denunciations': () => ({}),
  '/enforcement/outstanding': () => ({}),
  '/statistics/figures/:key/records': () => ({ period: '2026' }),
};

/** GET routes without a record in the path that list no agency's records. */
const NOT_LISTS: Readonly<Record<string, string>> = {
  '/auth/me': 'the viewer’s own account',
  '/agencies': 'the agency tree: reference data',
  '/audit/verify': 'checks the hash chain; lists no record',
  '/legal/rules': 'national legal rules',
  '/legal/deadlines/preview': 'computes a deadline; reads no record',
  '/legal/calendar/:year': 'the national calendar',
  '/reception/book':
    'a PDF/XLSX of one agency’s book, rows without ids; its agencyId is in the matrix',
  ...Object.fromEntries(
    [
      '/enforcement/figures',
      '/reception/sessions/compliance',
      '/statistics/summary',
      '/statistics/comparison',
      '/statistics/trend',
      '/statistics/figures',
      '/statistics/forms/:code',
      '/reports/oversight.pdf',
      '/reports/oversight/narrative',
    ].map((path) => [path, 'aggregate figures; their agencyId is in the matrix above']),
  ),
};

/** 2xx (as 200), 403 or 404: what the table and the scope rules say. */
function expectedStatus(role: Role, route: MatrixRoute, target: Target): number {
  if (!hasPermission([role], route.permission!)) return 403;
  const key = `${route.method} ${route.path}`;
  const exception = EXCEPTIONS.find((e) => e.route === key && e.targets.includes(target));
  if (exception) return exception.status;
  if (target === 'own' || target === 'unassigned' || SCOPE_OF[role] === 'all') return 200;
  return target === 'child' && SCOPE_OF[role] === 'subtree' ? 200 : 404;
}

const statusClass = (status: number) => (status >= 200 && status < 300 ? 200 : status);

describe('authorization matrix: every route × every role × own / other agency', () => {
  let t: TestApp;
  let f: AuthzFixture;
  let routes: MatrixRoute[];

  beforeAll(async () => {
    t = await createTestApp();
    f = await buildAuthzFixture(t);
    routes = listGetRoutes(t.app);
  }, 120_000);
  afterAll(() => t.close());

  const get = (who: TestOfficer, path: string, query: Record<string, string>) =>
    t.http.get(path).query(query).set(bearer(who.token));
  const matrixRoutes = () => routes.filter((r) => namesRecord(r) || r.takesAgencyId);

  it('resolves every GET route with a path parameter to a fixture record, or excludes it with a reason', () => {
    const unresolved = routes
      .filter((r) => r.params.length > 0 && !(`GET ${r.path}` in EXCLUDED))
      .filter((r) => concretePath(r, f.a) === null || (!namesRecord(r) && !r.takesAgencyId))
      .map((r) => `GET ${r.path}`);
    expect(unresolved).toEqual([]);
    expect(matrixRoutes().length).toBeGreaterThan(30);
  });

  const rows: [Role, Target][] = [
    ...ALL_ROLES.flatMap((role): [Role, Target][] => [
      [role, 'own'],
      [role, 'other'],
    ]),
    [Role.Leader, 'child'],
    [Role.Oversight, 'child'],
    [Role.Investigator, 'unassigned'],
  ];
  const viewerOf = (role: Role, target: Target): TestOfficer =>
    target === 'child'
      ? f.officersOfParent.get(role)!
      : target === 'unassigned'
        ? f.unassignedInvestigator
        : f.officersOfA.get(role)!;

  it.each(rows)('answers %s asking for records (%s) as the table says', async (role, target) => {
    const viewer = viewerOf(role, target);
    const records: AgencyRecords = target === 'other' ? f.b : f.a;
    const mismatches: string[] = [];
    for (const route of matrixRoutes()) {
      const path = concretePath(route, records);
      if (path === null) continue; // reported by the resolution test
      const query = {
        ...baseQuery(route.path),
        ...(route.takesAgencyId ? { agencyId: records.agency } : {}),
      };
      const res = await get(viewer, path, query);
      const expected = expectedStatus(role, route, target);
      if (statusClass(res.status) !== expected) {
        mismatches.push(`GET ${route.path} → ${res.status} (table: ${expected}) ${codeOf(res)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never lists another agency’s record to an officer of A, and lists A’s own', async () => {
    const recordsOf = (r: AgencyRecords) => Object.entries(r).filter(([k]) => k !== 'agency');
    const [aRecords, bRecords] = [recordsOf(f.a), recordsOf(f.b)];
    const lists = routes.filter((r) => !namesRecord(r));
    const short = (r: MatrixRoute) => r.path.replace('/api/v1', '');
    const unknown = lists.map(short).filter((p) => !(p in LIST_QUERIES) && !(p in NOT_LISTS));
    const problems: string[] = [];
    for (const route of lists.filter((r) => short(r) in LIST_QUERIES)) {
      let shown = false;
      for (const role of ALL_ROLES.filter((r) => SCOPE_OF[r] !== 'all')) {
        if (!hasPermission([role], route.permission!)) continue;
        const path = concretePath(route, f.a)!;
        const res = await get(f.officersOfA.get(role)!, path, LIST_QUERIES[short(route)]!(f));
        const text = JSON.stringify(res.body);
        const leaked = bRecords.filter(([, id]) => text.includes(id)).map(([kind]) => kind);
        if (statusClass(res.status) !== 200 || leaked.length > 0) {
          problems.push(
            `${role} GET ${route.path} → ${res.status} ${codeOf(res)} B’s ${leaked.join()}`,
          );
        }
        shown ||= aRecords.some(([, id]) => text.includes(id));
      }
      if (!shown) problems.push(`GET ${route.path} showed none of A’s records to any role`);
    }
    expect({ unknown, problems }).toEqual({ unknown: [], problems: [] });
  });
});

function codeOf(res: Response): string {
  const body = res.body as { code?: string } | undefined;
  return typeof body?.code === 'string' ? body.code : '';
}
