import { Role } from '../../src/auth/role';
import { agencyIdByCode, bearer, createOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

describe('audit trail scope (DESIGN.md §7: leaders see their subtree)', () => {
  let t: TestApp;
  let officerId: string;

  beforeAll(async () => {
    // Before 1/7/2025, while the district still exists and can have accounts.
    t = await createTestApp({ now: new Date('2025-03-10T02:00:00Z') });
    const badinh = await agencyIdByCode(t, 'HN-Q-BADINH');
    const admin = await createOfficer(t, { roles: [Role.Admin] });
    const created = await t.http
      .post('/api/v1/officers')
      .set(bearer(admin.token))
      .send({
        username: 'canbo-badinh',
        fullName: 'Lê Văn Cường',
        agencyId: badinh,
        roles: [Role.ReceptionOfficer],
        password: 'mật-khẩu-đủ-dài-1',
      })
      .expect(201);
    officerId = created.body.id as string;
  });
  afterAll(() => t.close());

  const eventsSeenBy = async (agencyCode: string) => {
    const leader = await createOfficer(t, {
      roles: [Role.Leader],
      agencyId: await agencyIdByCode(t, agencyCode),
    });
    const res = await t.http
      .get(`/api/v1/audit?entityType=officer&entityId=${officerId}`)
      .set(bearer(leader.token))
      .expect(200);
    return (res.body.items as { action: string }[]).map((e) => e.action);
  };

  it('shows a district event to the city leader, also after the district ended', async () => {
    expect(await eventsSeenBy('HN')).toEqual(['officer.create']);
    t.clock.set(new Date('2026-03-10T02:00:00Z'));
    expect(await eventsSeenBy('HN')).toEqual(['officer.create']);
    t.clock.set(new Date('2025-03-10T02:00:00Z'));
  });

  it('shows it to the district leader', async () => {
    expect(await eventsSeenBy('HN-Q-BADINH')).toEqual(['officer.create']);
  });

  it('hides it from a leader of another district', async () => {
    expect(await eventsSeenBy('HN-Q-HOANKIEM')).toEqual([]);
  });
});
