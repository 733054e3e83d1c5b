import { Permission } from '../../src/auth/permission';
import { ALL_ROLES, type Role } from '../../src/auth/role';
import { hasPermission } from '../../src/auth/role-permissions';
import { bearer, tokenFor } from '../support/auth';
import { listRoutes, type RouteInfo } from '../support/routes';
import { createTestApp, type TestApp } from '../support/test-app';

const PUBLIC_ROUTES = ['GET /api/v1/health', 'POST /api/v1/auth/login'];
const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_, name: string) =>
    name === 'year' ? '2026' : '00000000-0000-4000-8000-000000000000',
  );

describe('every route declares exactly one permission or is public', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await createTestApp();
    // Logout revokes the token it is called with: keep it last.
    routes = listRoutes(t.app).sort(
      (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
    );
    for (const role of ALL_ROLES) tokens.set(role, await tokenFor(t, role));
  });
  afterAll(() => t.close());

  it('finds the routes (the walk itself works)', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain('POST /api/v1/auth/login');
  });

  it('has no route with neither a permission nor @Public, and none with both', () => {
    const offenders = routes
      .filter((r) => (r.permission === undefined) === !r.isPublic)
      .map((r) => `${r.controller}.${r.handler}`);
    expect(offenders).toEqual([]);
  });

  it('declares only permissions that exist, and only the intended public routes', () => {
    const known = new Set<string>(Object.values(Permission));
    expect(routes.filter((r) => r.permission && !known.has(r.permission))).toEqual([]);
    const publicOnes = routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`);
    expect(publicOnes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 without a token on every non-public route', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const res = await t.http[route.method.toLowerCase() as 'get'](concrete(route.path)).send({});
      expect(`${route.method} ${route.path} → ${res.status}`).toBe(
        `${route.method} ${route.path} → 401`,
      );
    }
  });

  it('matches the role → permission table for every route and every role', async () => {
    const mismatches: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      for (const role of ALL_ROLES) {
        const res = await t.http[route.method.toLowerCase() as 'get'](concrete(route.path))
          .set(bearer(tokens.get(role)!))
          .send({});
        const allowed = hasPermission([role], route.permission!);
        const refused = res.status === 403 || res.status === 401;
        if (allowed === refused || res.status >= 500) {
          mismatches.push(`${role} ${route.method} ${route.path} → ${res.status}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Every route × every role: several hundred requests, longer than the default 5 s under load.
  }, 30_000);
});
