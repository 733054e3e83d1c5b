import { randomUUID } from 'node:crypto';

import { AuditSealer } from '../../src/audit/audit-sealer';
import { Role } from '../../src/auth/role';
import { labelOf, SqlCapture } from '../bench/sql-capture';
import { handle, petitionBody, postPetition, ALL_MET } from '../factories/petition.factory';
import { postVisit, visitBody } from '../factories/visit.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// DESIGN §1: every step is a named action with actor, time and legal basis, audited. The history
// of a petition (petition_event, read by the case timeline of GET /petitions/:id) takes its time
// from the application's Clock, as the audit row of the same step and the resolution events do —
// before, it took the database's now(): with the test app's fixed clock in the past the timeline
// showed today's real date while the audit trail said 2025, and in production a clock skew between
// the application and the database ordered the two trails differently. The petition's own row
// (`created_at`) takes the same time: the registration statement, a receipt at the desk, a split.

jest.setTimeout(30_000); // three officers' sign-ins, a visit, a split, beside other test files

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
  /** created_at of the petitions, as stored, in the order of `ids`. */
  const createdAt = async (...ids: string[]) => {
    const rows = await t.dataSource.query<{ id: string; at: Date }[]>(
      `SELECT id, created_at AS at FROM petition WHERE id = ANY($1)`,
      [ids],
    );
    return ids.map((id) => rows.find((r) => r.id === id)?.at);
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

  it('creates the petition row at the clock’s time: registration, receipt at the desk, split parts', async () => {
    const registered = at('15:40:00.125');
    t.clock.set(registered);
    const p = ok(await postPetition(t, handler, petitionBody({ receivedOn: '2025-10-06' })));
    expect((p as unknown as { createdAt: string }).createdAt).toBe(registered.toISOString());
    expect(await createdAt(p.id)).toEqual([registered]);

    const desk = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
    const received = at('15:42:00.500');
    t.clock.set(received);
    const visit = await postVisit(
      t,
      desk,
      visitBody({ receivedAt: '2025-10-06T15:41:00+07:00', outcome: 'received_for_handling' }),
    );
    expect(visit.status).toBe(201);
    const fromDesk = (visit.body as { petition: { id: string } }).petition.id;
    expect(await createdAt(fromDesk)).toEqual([received]);

    const mixed = ok(
      await postPetition(
        t,
        handler,
        petitionBody({ receivedOn: '2025-10-06', type: 'mixed', field: 'other' }),
      ),
    );
    const splitAt = at('15:45:10.750');
    t.clock.set(splitAt);
    const split = await t.http
      .post(`/api/v1/petitions/${mixed.id}/split`)
      .set(bearer(handler.token))
      .send({
        version: mixed.version,
        parts: [
          { type: 'complaint', field: 'admin_land_housing', summary: 'Khiếu nại thu hồi đất' },
          { type: 'denunciation', field: 'corruption', summary: 'Tố cáo cán bộ nhận tiền' },
        ],
      });
    expect(split.status).toBe(201);
    const parts = (split.body as { parts: { id: string; createdAt: string }[] }).parts;
    expect(parts.map((part) => part.createdAt)).toEqual([
      splitAt.toISOString(),
      splitAt.toISOString(),
    ]);
    expect(await createdAt(...parts.map((part) => part.id))).toEqual([splitAt, splitAt]);
    expect((await history(parts[0]!.id)).map((e) => e.at)).toEqual([splitAt]);
  });

  it('registers in 8 statements still, created_at a parameter of the one statement (P2)', async () => {
    // as the bench's create: a person cited by id, an existing case, an Idempotency-Key
    t.clock.set(at('15:50:00'));
    const first = await postPetition(t, handler, petitionBody({ receivedOn: '2025-10-06' }));
    expect(first.status).toBe(201);
    const body = petitionBody({
      receivedOn: '2025-10-06',
      signatories: [{ personId: first.body.signatories[0].id }],
      newCase: undefined,
      caseId: first.body.case.id,
    });
    const sealer = t.app.get(AuditSealer);
    const capture = new SqlCapture();
    sealer.stop(); // its passes share the pool; they are not part of the request
    await sealer.sealNow();
    const now = at('15:55:00.250');
    t.clock.set(now);
    try {
      capture.start();
      const res = await postPetition(t, handler, body).set('Idempotency-Key', randomUUID());
      const statements = capture.stop();
      expect(res.status).toBe(201);
      // DESIGN §10 P2: the session check, the transaction and its 5 writes, COMMIT — the time is
      // a parameter of the registration statement (`WITH… case`), no statement of its own
      expect(statements.map((st) => labelOf(st.text))).toEqual([
        'SELECT auth_session',
        'BEGIN',
        'INSERT idempotency_key',
        'INSERT person_record_link',
        'INSERT audit_event',
        'WITH… case',
        'UPDATE idempotency_key',
        'COMMIT',
      ]);
      expect(await createdAt(res.body.id)).toEqual([now]);
    } finally {
      capture.restore();
      sealer.start();
    }
  });
});
