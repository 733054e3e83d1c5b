import { randomUUID } from 'node:crypto';

import { Role } from '../../src/auth/role';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { IdempotencyProbeModule, PROBE_TABLE_SQL } from '../support/idempotency-probe.module';
import { createTestApp, type TestApp } from '../support/test-app';
import { recordWire } from '../support/wire';

const URL = '/api/v1/__idem/items';

/**
 * The Idempotency-Key transaction stores the reply with an UPDATE sent together with its COMMIT
 * (pipelined connection): the handler's locks are released one round trip sooner, and a reply
 * that cannot be stored still leaves nothing written.
 */
describe('Idempotency-Key: the reply and the COMMIT in one round trip', () => {
  let t: TestApp;
  let officer: TestOfficer;
  const count = async (table: string) =>
    Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  const post = (body: object, key: string) =>
    t.http.post(URL).set(bearer(officer.token)).set('Idempotency-Key', key).send(body);

  beforeAll(async () => {
    t = await createTestApp({ extraModules: [IdempotencyProbeModule] });
    await t.dataSource.query(PROBE_TABLE_SQL);
    officer = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
  });
  afterAll(() => t.close());

  it('sends the COMMIT before the reply-storing UPDATE is answered', async () => {
    const wire = recordWire();
    let status: number;
    try {
      status = (await post({ name: 'Đơn gửi liền' }, randomUUID())).status;
    } finally {
      wire.restore();
    }
    expect(status).toBe(201);
    const at = (event: string) => wire.events.findIndex((e) => e.startsWith(event));
    const update = 'UPDATE idempotency_key';
    expect(at(`sent ${update}`)).toBeGreaterThanOrEqual(0);
    expect(at('sent COMMIT')).toBeGreaterThan(at(`sent ${update}`));
    expect(at('sent COMMIT')).toBeLessThan(at(`answered ${update}`));
  });

  it('writes nothing when the reply cannot be stored, and the same key then works', async () => {
    const before = {
      probe: await count('idem_probe'),
      keys: await count('idempotency_key'),
      audit: await count('audit_event'),
    };
    await t.dataSource.query(`
      CREATE FUNCTION refuse_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'reply refused by the test'; END $$;
      CREATE TRIGGER refuse_reply BEFORE UPDATE ON idempotency_key
        FOR EACH ROW EXECUTE FUNCTION refuse_reply();`);
    const key = randomUUID();
    let refused: number;
    try {
      refused = (await post({ name: 'Đơn không lưu được trả lời' }, key)).status;
    } finally {
      await t.dataSource.query(
        'DROP TRIGGER refuse_reply ON idempotency_key; DROP FUNCTION refuse_reply()',
      );
    }
    expect(refused).toBe(500);
    expect({
      probe: await count('idem_probe'),
      keys: await count('idempotency_key'),
      audit: await count('audit_event'),
    }).toEqual(before);
    const retry = await post({ name: 'Đơn không lưu được trả lời' }, key);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('idem_probe')).toBe(before.probe + 1);
  });
});
