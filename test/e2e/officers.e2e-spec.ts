import { Role } from '../../src/auth/role';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

describe('officer accounts', () => {
  let t: TestApp;
  let admin: TestOfficer;
  let hn: string;

  beforeAll(async () => {
    t = await createTestApp();
    hn = await agencyIdByCode(t, 'HN-TTTP');
    admin = await createOfficer(t, { roles: [Role.Admin] });
  });
  afterAll(() => t.close());

  const create = (body: object) =>
    t.http.post('/api/v1/officers').set(bearer(admin.token)).send(body);
  const valid = () => ({
    username: `canbo${Math.floor(Math.random() * 1e9)}`,
    fullName: 'Trần Thị Bình',
    agencyId: hn,
    roles: [Role.PetitionHandler],
    password: 'mật-khẩu-đủ-dài-1',
  });

  it('creates an account (without exposing its secrets) and audits it', async () => {
    const res = await create(valid()).expect(201);
    expect(Object.keys(res.body).sort()).toEqual([
      'agencyId',
      'createdAt',
      'fullName',
      'id',
      'isDisabled',
      'isTotpEnabled',
      'roles',
      'updatedAt',
      'username',
      'version',
    ]);
    const audit = await t.dataSource.query<{ actor_id: string }[]>(
      "SELECT actor_id FROM audit_event WHERE action = 'officer.create' AND entity_id = $1",
      [res.body.id],
    );
    expect(audit).toEqual([{ actor_id: admin.id }]);
  });

  it('refuses a taken username with 409 naming the field', async () => {
    const body = valid();
    await create(body).expect(201);
    expectError(
      await create({ ...body, fullName: 'Người khác' }),
      409,
      'UNIQUE_VIOLATION',
      'username',
    );
  });

  it('names the field for bad input', async () => {
    expectError(
      await create({ ...valid(), roles: ['superuser'] }),
      400,
      'VALIDATION_FAILED',
      'roles',
    );
    expectError(
      await create({ ...valid(), username: 'Có Dấu' }),
      400,
      'VALIDATION_FAILED',
      'username',
    );
    expectError(
      await create({ ...valid(), password: 'ngắn' }),
      400,
      'VALIDATION_FAILED',
      'password',
    );
    expectError(
      await create({ ...valid(), agencyId: '00000000-0000-4000-8000-000000000000' }),
      400,
      'VALIDATION_FAILED',
      'agencyId',
    );
    expectError(
      await create({ ...valid(), isDisabled: true }),
      400,
      'VALIDATION_FAILED',
      'isDisabled',
    );
  });

  it('stops every token of an account when it is disabled, its roles change or its password is reset', async () => {
    for (const action of ['disable', 'roles', 'reset-password'] as const) {
      const victim = await createOfficer(t);
      await t.http.get('/api/v1/auth/me').set(bearer(victim.token)).expect(200);
      const body = { version: 1, roles: [Role.Investigator], password: 'mật-khẩu-mới-đủ-dài' };
      const payload =
        action === 'disable'
          ? { version: 1 }
          : action === 'roles'
            ? { version: 1, roles: body.roles }
            : { version: 1, password: body.password };
      await t.http
        .post(`/api/v1/officers/${victim.id}/${action}`)
        .set(bearer(admin.token))
        .send(payload)
        .expect(200);
      expectError(
        await t.http.get('/api/v1/auth/me').set(bearer(victim.token)),
        401,
        'UNAUTHENTICATED',
      );
    }
  });

  it('accepts exactly one of 20 concurrent writes carrying the same version', async () => {
    const target = await create(valid()).expect(201);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.http
          .post(`/api/v1/officers/${target.body.id}/roles`)
          .set(bearer(admin.token))
          .send({ version: 1, roles: i % 2 ? [Role.Investigator] : [Role.PetitionHandler] }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 409)) {
      expectError(r, 409, 'STALE_VERSION', 'version');
    }
    const row = await t.dataSource.query<{ version: number }[]>(
      'SELECT version FROM officer WHERE id = $1',
      [target.body.id],
    );
    expect(row[0]!.version).toBe(2);
  });

  it('hides accounts of other agencies from a district leader (404, not 403)', async () => {
    const district = await agencyIdByCode(t, 'HN-Q-BADINH');
    const leader = await createOfficer(t, { roles: [Role.Leader], agencyId: district });
    const outsider = await create(valid()).expect(201);
    expectError(
      await t.http.get(`/api/v1/officers/${outsider.body.id}`).set(bearer(leader.token)),
      404,
      'NOT_FOUND',
    );
    const list = await t.http
      .get('/api/v1/officers?limit=100')
      .set(bearer(leader.token))
      .expect(200);
    const agencies = new Set((list.body.items as { agencyId: string }[]).map((o) => o.agencyId));
    expect([...agencies]).toEqual([district]);
  });

  it('lets a city leader see the whole subtree, paginated by cursor', async () => {
    const city = await agencyIdByCode(t, 'HN');
    const leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const first = await t.http
      .get('/api/v1/officers?limit=2')
      .set(bearer(leader.token))
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await t.http
      .get(`/api/v1/officers?limit=2&cursor=${first.body.nextCursor}`)
      .set(bearer(leader.token))
      .expect(200);
    expect(second.body.items[0].username > first.body.items[1].username).toBe(true);
  });

  it('refuses an admin account that also holds a case role (DESIGN.md §7)', async () => {
    const res = await create({ ...valid(), roles: [Role.Admin, Role.Leader] });
    expectError(res, 400, 'VALIDATION_FAILED', 'roles');
    const target = await create(valid()).expect(201);
    const change = await t.http
      .post(`/api/v1/officers/${target.body.id}/roles`)
      .set(bearer(admin.token))
      .send({ version: 1, roles: [Role.Admin, Role.ReceptionOfficer] });
    expectError(change, 400, 'VALIDATION_FAILED', 'roles');
  });

  it('refuses an admin changing their own roles or disabling themselves', async () => {
    for (const [action, body] of [
      ['roles', { version: 1, roles: [Role.Leader] }],
      ['disable', { version: 1 }],
    ] as const) {
      const res = await t.http
        .post(`/api/v1/officers/${admin.id}/${action}`)
        .set(bearer(admin.token))
        .send(body);
      expectError(res, 403, 'OFFICER_SELF_CHANGE');
    }
  });
});
