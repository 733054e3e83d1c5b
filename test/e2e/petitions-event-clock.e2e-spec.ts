import { Role } from '../../src/auth/role';
import { handle, petitionBody, postPetition, ALL_MET } from '../factories/petition.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// DESIGN §1: every step is a named action with actor, time and legal basis, audited. The history
// of a petition (petition_event, read by the case timeline of GET /petitions/:id) takes its time
// from the application's Clock, as the audit row of the same step and the resolution events do —
// before, it took the database's now(): with the test app's fixed clock in the past the timeline
// showed today's real date while the audit trail said 2025, and in production a clock skew between
// the application and the database ordered the two trails differently.

/** Monday 6/10/2025, Hà Nội time (UTC+7): well in the past, and not the database's day. */
const at = (hhmmss: string) => new Date(`2025-10-06T${hhmmss}+07:00`);
const T = {
  register: at('09:00:00.125'),
  check: at('10:15:30.500'),
  assign: at('13:40:00.000'),
  propose: at('15:05:45.250'),
};

interface TimelineItem {
  kind: string;
  on: string;
  at: string;
  id: string;
  detail: { action?: string; petitionId?: string };
}

describe('a petition’s history takes its time from the application’s clock, as its audit rows (DESIGN §1)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let petitionId: string;

  const detail = async (id: string) => {
    const res = await t.http.get(`/api/v1/petitions/${id}`).set(bearer(leader.token));
    expect(res.status).toBe(200);
    return res.body as { id: string; version: number; timeline: TimelineItem[] };
  };
  const history = (id: string) =>
    t.dataSource.query<{ action: string; at: Date }[]>(
      `SELECT action, occurred_at AS at FROM petition_event WHERE petition_id = $1 ORDER BY seq`,
      [id],
    );
  const audit = (id: string) =>
    t.dataSource.query<{ action: string; at: Date }[]>(
      `SELECT action, occurred_at AS at FROM audit_event
        WHERE entity_type = 'petition' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
  const ok = (res: { status: number; body: unknown }) => {
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    return res.body as { id: string; version: number };
  };

  beforeAll(async () => {
    t = await createTestApp({ now: at('08:00:00') });
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
    leader = await createOfficer(t, { roles: [Role.Leader] });

    // registered (the one-statement registration), checked, assigned, proposed — each later
    t.clock.set(T.register);
    let p = ok(await postPetition(t, handler, petitionBody({ receivedOn: '2025-10-03' })));
    petitionId = p.id;
    t.clock.set(T.check);
    p = ok(
      await handle(t, handler, p.id, {
        action: 'check',
        version: p.version,
        items: ALL_MET,
        inCompetence: true,
      }),
    );
    t.clock.set(T.assign);
    p = ok(
      await t.http
        .post(`/api/v1/petitions/${p.id}/assign`)
        .set(bearer(leader.token))
        .send({ officerId: handler.id, version: p.version }),
    );
    t.clock.set(T.propose);
    ok(await handle(t, handler, p.id, { action: 'propose_acceptance', version: p.version }));
  });
  afterAll(() => t.close());

  it('stamps every history row with the clock’s time, the registration’s included', async () => {
    expect(await history(petitionId)).toEqual([
      { action: 'register', at: T.register },
      { action: 'check', at: T.check },
      { action: 'assign', at: T.assign },
      { action: 'propose_acceptance', at: T.propose },
    ]);
  });

  it('gives each step the time of its audit row', async () => {
    const trail = (await audit(petitionId)).map((a) => ({
      action: a.action.replace(/^petition\./, ''),
      at: a.at,
    }));
    expect(trail).toEqual(await history(petitionId));
    expect(trail.map((a) => a.at)).toEqual([T.register, T.check, T.assign, T.propose]);
  });

  it('shows the clock’s days and times in the case timeline of GET /petitions/:id', async () => {
    const { timeline } = await detail(petitionId);
    expect(timeline.map((i) => [i.kind, i.detail.action ?? null, i.on, i.at])).toEqual([
      // the petition on its day of receipt, at its registration
      ['petition', null, '2025-10-03', T.register.toISOString()],
      ['event', 'check', '2025-10-06', T.check.toISOString()],
      ['event', 'assign', '2025-10-06', T.assign.toISOString()],
      ['event', 'propose_acceptance', '2025-10-06', T.propose.toISOString()],
    ]);
  });

  it('keeps the steps of one instant in the order they were taken', async () => {
    // the clock stands still: registration, check and proposal share one time
    t.clock.set(at('15:30:00'));
    let p = ok(await postPetition(t, handler, petitionBody({ receivedOn: '2025-10-06' })));
    p = ok(
      await handle(t, handler, p.id, {
        action: 'check',
        version: p.version,
        items: ALL_MET,
        inCompetence: true,
      }),
    );
    ok(await handle(t, handler, p.id, { action: 'propose_acceptance', version: p.version }));
    const same = at('15:30:00');
    expect(await history(p.id)).toEqual([
      { action: 'register', at: same },
      { action: 'check', at: same },
      { action: 'propose_acceptance', at: same },
    ]);
    const { timeline } = await detail(p.id);
    expect(timeline.map((i) => [i.kind, i.detail.action ?? null, i.at])).toEqual([
      ['petition', null, same.toISOString()],
      ['event', 'check', same.toISOString()],
      ['event', 'propose_acceptance', same.toISOString()],
    ]);
  });
});
