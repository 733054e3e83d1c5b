import { TypeOrmModule } from '@nestjs/typeorm';
import type { Response } from 'supertest';

import { AppModule } from '../../src/app.module';
import { ALL_ROLES, Role } from '../../src/auth/role';
import { hasPermission } from '../../src/auth/role-permissions';
import { loadAppConfig } from '../../src/config/app-config';
import { agencyIdByCode, bearer, createOfficer, tokenFor } from '../support/auth';
import { expectError } from '../support/expect-error';
import {
  type BodyShape,
  bodyShapes,
  routesOfModule,
  type StringField,
} from '../support/route-bodies';
import { listRoutes, type RouteInfo } from '../support/routes';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Every write route (POST/PUT/PATCH) answers hostile or broken bodies with a 4xx in the stable
 * error shape, never a 5xx: malformed JSON, an unknown field, a NUL byte, a lone UTF-16 surrogate
 * and an over-long string. Path parameters are well-formed ids of records that do not exist.
 */

const WRITE_METHODS = ['POST', 'PUT', 'PATCH'];
const NO_SUCH_ID = '6f1c2a4e-3b5d-4e8f-9a1b-2c3d4e5f6a7b';
const UNBOUNDED_LENGTH = 100_001;
/** Strings longer than this many characters are not sent: the body cap would answer first. */
const SENDABLE_LENGTH = 200_000;

const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_, name: string) => (name === 'year' ? '2026' : NO_SUCH_ID));

/**
 * Routes without a body parameter. The body is never read (no pipe, service or query sees it),
 * so hostile content cannot reach the code or the database; they answer as to an empty body.
 */
const NO_BODY_ROUTES: Record<string, string> = {
  'POST /api/v1/auth/logout': 'revokes the token presented',
  'POST /api/v1/auth/totp/enrol': 'starts enrolment for the officer of the token',
  'POST /api/v1/enforcement/decisions/:decisionId/open':
    'opens tracking of the decision in the path',
};

/**
 * Routes whose DTO bounds no string: the domain checks each text's length and names the field
 * (enforcement/domain/progress-checks.ts), which a record that does not exist never reaches.
 */
const LENGTH_CHECKED_IN_DOMAIN: Record<string, string> = {
  'POST /api/v1/enforcement/items/:id/progress': 'checkText, MAX_TEXT = 2000',
  'POST /api/v1/enforcement/items/:id/reopen': 'checkText, MAX_TEXT = 2000',
};

/** The field the hostile values go into: a declared string one when the DTO has any. */
function targetField(shape: BodyShape): StringField {
  return shape.strings[0] ?? { path: ['ghiChu'], maxLength: null };
}

/** A declared string field with a sendable `@MaxLength` (the tightest one), if any. */
function boundedField(shape: BodyShape): StringField | null {
  const bounded = shape.strings
    .filter((s) => s.maxLength !== null && s.maxLength < SENDABLE_LENGTH)
    .sort((a, b) => a.maxLength! - b.maxLength!);
  return bounded[0] ?? null;
}

/** `{ a: { b: value } }` for the path `['a', 'b']`, as JSON text. */
function bodyWith(path: string[], value: string): string {
  return JSON.stringify(path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value));
}

/**
 * The write routes, read from the module tree when the file loads (jest's tables need them).
 * TypeORM's root module is left out: registering it twice in one process only warns.
 */
function writeRoutesOfApp(): RouteInfo[] {
  const forRoot = jest
    .spyOn(TypeOrmModule, 'forRoot')
    .mockReturnValue({ module: class NoDatabaseModule {} });
  try {
    const root = AppModule.register({
      config: loadAppConfig({ NODE_ENV: 'test' }, process.cwd()),
      databaseUrl: 'postgres://unused@127.0.0.1/unused',
    });
    return routesOfModule(root).filter((r) => WRITE_METHODS.includes(r.method));
  } finally {
    forRoot.mockRestore();
  }
}
const WRITE_ROUTES = writeRoutesOfApp();
const keyOf = (r: RouteInfo) => `${r.method} ${r.path}`;

describe('malformed input on every write route: a 4xx in the stable shape, never a 5xx', () => {
  let t: TestApp;
  const tokens = new Map<'admin' | 'staff', string>();
  let shapeOf: (route: RouteInfo) => BodyShape;

  beforeAll(async () => {
    t = await createTestApp();
    // An administrator holds no other role: one officer with every other role covers the rest.
    tokens.set('admin', await tokenFor(t, Role.Admin, await agencyIdByCode(t, 'HN')));
    const staff = ALL_ROLES.filter((role) => role !== Role.Admin);
    tokens.set('staff', (await createOfficer(t, { roles: staff })).token);
    const shapes = bodyShapes(t.app);
    shapeOf = (route) => shapes(route.controller, route.handler);
  });
  afterAll(() => t.close());

  /** A token the route's permission guard lets through (logout: a fresh one, it revokes it). */
  async function tokenOf(route: RouteInfo): Promise<string> {
    if (route.path.endsWith('/auth/logout')) return tokenFor(t, Role.ReceptionOfficer);
    const admin = route.permission && hasPermission([Role.Admin], route.permission);
    return tokens.get(admin ? 'admin' : 'staff')!;
  }

  async function send(route: RouteInfo, body: string): Promise<Response> {
    const method = route.method.toLowerCase() as 'post' | 'put' | 'patch';
    return t.http[method](concrete(route.path))
      .set({ ...bearer(await tokenOf(route)), 'Content-Type': 'application/json' })
      .send(body);
  }

  function hostileBodies(shape: BodyShape) {
    const target = targetField(shape);
    const long = boundedField(shape) ?? target;
    return {
      field: target.path.join('.'),
      long: { field: long.path.join('.'), bounded: long.maxLength !== null },
      unknownField: JSON.stringify({ truongLa: 'x' }),
      nul: bodyWith(target.path, 'Nguyễn\u0000Văn A'),
      // Raw JSON text: the escape decodes to an unpaired high surrogate.
      loneSurrogate: bodyWith(target.path, 'abc@').replace('@', '\\ud800'),
      overLong: bodyWith(long.path, 'ư'.repeat((long.maxLength ?? UNBOUNDED_LENGTH - 1) + 1)),
    };
  }

  it('walks the same write routes as the running app registers', () => {
    const running = listRoutes(t.app).filter((r) => WRITE_METHODS.includes(r.method));
    expect(WRITE_ROUTES.map(keyOf).sort()).toEqual(running.map(keyOf).sort());
    expect(WRITE_ROUTES.length).toBeGreaterThan(50);
  });

  it('reads the body DTOs, so that the hostile values go into declared fields', () => {
    const withoutDto = WRITE_ROUTES.filter((r) => !shapeOf(r).dto).map(keyOf);
    expect(withoutDto.sort()).toEqual(Object.keys(NO_BODY_ROUTES).sort());
    const petition = WRITE_ROUTES.find((r) => keyOf(r) === 'POST /api/v1/petitions')!;
    expect(shapeOf(petition).strings).toContainEqual({ path: ['summary'], maxLength: 2000 });
    const withdraw = WRITE_ROUTES.find((r) => keyOf(r) === 'POST /api/v1/complaints/:id/withdraw')!;
    expect(shapeOf(withdraw).strings.map((s) => s.path.join('.'))).toContain('withdrawal.on');
  });

  type Sent = Awaited<ReturnType<typeof send>>;
  const bodyRoutes = WRITE_ROUTES.filter((r) => !(keyOf(r) in NO_BODY_ROUTES));

  it.each(bodyRoutes.map((r) => [keyOf(r), r] as const))(
    '%s refuses malformed JSON, unknown fields, NUL, lone surrogates and over-long text with 400',
    async (_key, route) => {
      const bodies = hostileBodies(shapeOf(route));
      // Refused before any service runs, so the five requests can go at once.
      const [malformed, unknown, nul, surrogate, long] = (await Promise.all(
        [
          '{"summary": "x",',
          bodies.unknownField,
          bodies.nul,
          bodies.loneSurrogate,
          bodies.overLong,
        ].map((body) => send(route, body)),
      )) as [Sent, Sent, Sent, Sent, Sent];
      expectError(malformed, 400, 'MALFORMED_JSON');
      expectError(unknown, 400, 'VALIDATION_FAILED', 'truongLa');
      expectError(nul, 400, 'VALIDATION_FAILED', bodies.field);
      expectError(surrogate, 400, 'VALIDATION_FAILED', bodies.field);
      expectError(long, 400, 'VALIDATION_FAILED');
      const errors = (long.body as { errors: { field: string; code: string }[] }).errors;
      if (bodies.long.bounded) {
        expect(errors).toContainEqual({
          field: bodies.long.field,
          code: 'maxLength',
          message: expect.any(String),
        });
      } else if (!(keyOf(route) in LENGTH_CHECKED_IN_DOMAIN)) {
        expect(errors.map((e) => e.field)).toContain(bodies.long.field);
      }
    },
  );

  it.each(Object.entries(NO_BODY_ROUTES))(
    '%s takes no body: it answers hostile bodies as it answers an empty one (%s)',
    async (key) => {
      const route = WRITE_ROUTES.find((r) => keyOf(r) === key)!;
      expectError(await send(route, '{"summary": "x",'), 400, 'MALFORMED_JSON');
      const empty = await send(route, '{}');
      const bodies = hostileBodies(shapeOf(route));
      for (const body of [bodies.unknownField, bodies.nul, bodies.loneSurrogate, bodies.overLong]) {
        const res = await send(route, body);
        expect(res.status).toBe(empty.status);
        if (res.status >= 400) expectError(res, res.status, (empty.body as { code: string }).code);
      }
      expect(empty.status).toBeLessThan(500);
    },
  );
});
