import { Role } from '../../src/auth/role';
import { handle, petitionBody, postPetition } from '../factories/petition.factory';
import { bearer, createOfficer, type TestOfficer, tokenFor } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

interface Day {
  date: string;
  kind: string;
  name: string;
  source: string;
}

describe('petition deadlines follow the working calendar (DESIGN §4; DOMAIN §3.6, §11 D1, D11, D12)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
    admin = await tokenFor(t, Role.Admin);
  });
  afterAll(() => t.close());

  it('recomputes the due dates of open petitions when a day off is added, and leaves handled ones', async () => {
    const open = await postPetition(t, handler, petitionBody()).expect(201);
    const denunciation = await postPetition(
      t,
      handler,
      petitionBody({ type: 'denunciation', field: 'corruption' }),
    ).expect(201);
    const handled = await postPetition(t, handler, petitionBody()).expect(201);
    await handle(t, handler, handled.body.id, { action: 'file', version: 1 }).expect(201);
    expect(open.body.deadlines.handlingDueOn).toBe('2026-03-23');
    expect(denunciation.body.deadlines).toMatchObject({
      transferDueOn: '2026-03-16',
      dueOn: '2026-03-16',
    });

    const year = await t.http.get('/api/v1/legal/calendar/2026').set(bearer(admin)).expect(200);
    const days = (year.body.days as Day[]).map(({ date, kind, name, source }) => ({
      date,
      kind,
      name,
      source,
    }));
    const dayOff = {
      date: '2026-03-12',
      kind: 'holiday',
      name: 'Ngày nghỉ thử nghiệm',
      source: 'Thử nghiệm',
    };
    const put = await t.http
      .put('/api/v1/legal/calendar/2026')
      .set(bearer(admin))
      .send({ days: [...days, dayOff] })
      .expect(200);
    expect(put.body.days).toContainEqual(expect.objectContaining({ date: '2026-03-12' }));

    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT id, handling_due_on::text AS d1, transfer_due_on::text AS d12, due_on::text AS due
         FROM petition WHERE id = ANY($1::uuid[])`,
      [[open.body.id, denunciation.body.id, handled.body.id]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(open.body.id)).toMatchObject({ d1: '2026-03-24', due: '2026-03-24' });
    expect(byId.get(denunciation.body.id)).toMatchObject({ d12: '2026-03-17', due: '2026-03-17' });
    expect(byId.get(handled.body.id)).toMatchObject({ d1: '2026-03-23' });
    const audit = await t.dataSource.query(
      `SELECT data->'proceedingsUpdatedBy'->>'petitions' AS n FROM audit_event
        WHERE action = 'calendar.update' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit).toEqual([{ n: '2' }]);
  });
});
