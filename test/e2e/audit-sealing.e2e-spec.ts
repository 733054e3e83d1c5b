import type { AuditEntry } from '../../src/audit/audit-entry';
import { AuditSealer } from '../../src/audit/audit-sealer';
import { AuditVerifier, SEALING_WINDOW_MS } from '../../src/audit/audit-verifier';
import { AuditRepository } from '../../src/audit/audit.repository';
import { AuditService } from '../../src/audit/audit.service';
import { createChainHasher, GENESIS_HASH } from '../../src/audit/domain/audit-hash';
import { runInTransaction } from '../../src/database/transaction';
import {
  auditEntry as entry,
  freshAuditChain,
  recordEvents,
  sealAudit,
  storedChain,
  tamperAudit,
} from '../support/audit-chain';
import { createTestApp, type TestApp } from '../support/test-app';

const NONE_PENDING = { rows: 0, oldestAgeMs: null };

/**
 * Request transactions insert audit rows without a lock; the AuditSealer links them after they
 * commit (issue 6). Eleven rows at seq 1–8 and 10–12 before each test (9 rolled back).
 */
describe('audit trail: asynchronous sealing', () => {
  let t: TestApp;
  let audit: AuditService;
  let verifier: AuditVerifier;

  const record = (...entries: AuditEntry[]) => recordEvents(t, ...entries);
  const chain = () => storedChain(t);
  const tamper = (sql: string) => tamperAudit(t, sql);
  const freshChain = () => freshAuditChain(t);

  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
    verifier = t.app.get(AuditVerifier);
  });
  afterAll(() => t.close());

  beforeEach(freshChain);

  it('writers take no lock: an open transaction with an audit row does not hold back another', async () => {
    let release!: () => void;
    let recorded!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const inserted = new Promise<void>((r) => (recorded = r));
    const open = runInTransaction(t.dataSource, async (m) => {
      await audit.record(m, entry(30));
      recorded();
      await held;
    });
    await inserted;
    await record(entry(31)); // commits while the first transaction still holds its row
    const whileOpen = await chain();
    expect(whileOpen).toHaveLength(12);
    expect(await verifier.verify()).toEqual(
      expect.objectContaining({ ok: true, rows: 12, unsealed: NONE_PENDING }),
    );
    release();
    await open;
    const after = await chain();
    expect(after).toHaveLength(13);
    expect(after[12]?.prev_hash).toBe(whileOpen[11]?.hash);
    expect(await verifier.verify()).toEqual(expect.objectContaining({ ok: true, rows: 13 }));
  });

  it('seals in the background soon after a commit, without anyone asking', async () => {
    await record(entry(40));
    const count = async (table: string) =>
      (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
    const rows = await count('audit_event');
    for (let i = 0; i < 50; i++) {
      if ((await count('audit_chain')) === rows) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('not sealed within 2.5 s');
  });

  it('reports committed rows not sealed yet, and an error once they are older than the window', async () => {
    const sealer = t.app.get(AuditSealer);
    const unsealing = new AuditVerifier(t.app.get(AuditRepository), t.config, t.clock);
    sealer.stop();
    try {
      await sealAudit(t);
      await record(entry(50));
      const [newest] = await t.dataSource.query<{ seq: string }[]>(
        'SELECT max(seq)::text AS seq FROM audit_event',
      );
      expect(await unsealing.verify()).toEqual(
        expect.objectContaining({ ok: true, rows: 11, unsealed: { rows: 1, oldestAgeMs: 0 } }),
      );
      const now = t.clock.now();
      t.clock.set(new Date(now.getTime() + SEALING_WINDOW_MS + 1));
      try {
        expect(await unsealing.verify()).toEqual({
          ok: false,
          rows: 11,
          firstBrokenSeq: newest?.seq,
          reason: 'unsealed',
        });
        expect(await verifier.verify()).toEqual(expect.objectContaining({ ok: true, rows: 12 }));
      } finally {
        t.clock.set(now);
      }
    } finally {
      sealer.start();
    }
  });

  it('continues a chain whose links were moved from before the migration (they seal the payload)', async () => {
    await tamper('TRUNCATE audit_chain, audit_event RESTART IDENTITY');
    const legacy = createChainHasher(t.config.auditKey ?? '');
    let prev = GENESIS_HASH;
    const values: string[] = [];
    for (const i of [1, 2, 3]) {
      const payload = {
        occurredAt: t.clock.now().toISOString(),
        actorId: null,
        action: 'probe.legacy',
        entityType: 'probe',
        entityId: `legacy-${i}`,
        agencyId: null,
        requestId: null,
        data: {},
      };
      const hash = legacy(prev, payload);
      values.push(`(${i}, '${prev}', '${hash}')`);
      prev = hash;
    }
    await tamper(
      `INSERT INTO audit_event (seq, occurred_at, action, entity_type, entity_id)
       OVERRIDING SYSTEM VALUE SELECT i, '${t.clock.now().toISOString()}', 'probe.legacy', 'probe',
         'legacy-' || i FROM generate_series(1, 3) AS i;
       SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), 3);
       INSERT INTO audit_chain (seq, prev_hash, hash) VALUES ${values.join(', ')}`,
    );
    await record(entry(60), entry(61));
    const rows = await chain();
    expect(rows.map((r) => r.seq)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows[3]?.prev_hash).toBe(prev);
    expect(await verifier.verify()).toEqual({
      ok: true,
      rows: 5,
      headHash: rows[4]?.hash,
      unsealed: NONE_PENDING,
    });
    await tamper("UPDATE audit_event SET entity_id = 'x' WHERE seq = 2");
    expect(await verifier.verify()).toEqual({
      ok: false,
      rows: 1,
      firstBrokenSeq: '2',
      reason: 'altered',
    });
  });

  it('a writer takes its transaction id before its row draws a seq (the floor relies on it)', async () => {
    // The order inside one statement cannot be raced from outside, so read the plan of the very
    // INSERT the service sends: the id must be taken by a one-time filter above the projection
    // that calls nextval. (A subquery in FROM, unreferenced, was dropped by the planner.)
    const sent: { sql: string; params: unknown[] }[] = [];
    await runInTransaction(t.dataSource, async (m) => {
      const query = m.query.bind(m);
      const spy = jest.spyOn(m, 'query').mockImplementation((sql: string, params?: unknown) => {
        const values = Array.isArray(params) ? (params as unknown[]) : [];
        if (sql.includes('INSERT INTO audit_event')) sent.push({ sql, params: values });
        return query(sql, values);
      });
      try {
        await audit.record(m, entry(300));
      } finally {
        spy.mockRestore();
      }
      expect(sent).toHaveLength(1);
      const [plan] = await m
        .query<{ 'QUERY PLAN': string }[]>(
          `EXPLAIN (VERBOSE, COSTS OFF) ${sent[0]!.sql}`,
          sent[0]!.params,
        )
        .then((rows) => [rows.map((r) => r['QUERY PLAN']).join('\n')]);
      expect(plan).toMatch(/One-Time Filter: \(pg_current_xact_id\(\) IS NOT NULL\)/);
      const filterLine = plan!.split('\n').findIndex((l) => l.includes('One-Time Filter'));
      const nextvalLine = plan!.split('\n').findIndex((l) => l.includes('nextval('));
      expect(nextvalLine).toBeGreaterThan(-1);
      expect(filterLine - nextvalLine).toBe(1); // the filter guards the node that draws the seq
    });
  });

  it('seals every row when transactions commit out of seq order while passes run', async () => {
    const sealer = t.app.get(AuditSealer);
    let open = 30;
    const writers = Array.from({ length: 30 }, (_, i) =>
      runInTransaction(t.dataSource, async (m) => {
        await audit.record(m, entry(200 + i));
        await new Promise((r) => setTimeout(r, (i * 37) % 60));
      }).finally(() => (open -= 1)),
    );
    while (open > 0) {
      await sealer.sealNow();
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(writers);
    const rows = await chain();
    expect(rows).toHaveLength(41);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(41);
    expect(await verifier.verify()).toEqual(
      expect.objectContaining({ ok: true, rows: 41, unsealed: NONE_PENDING }),
    );
  });

  it('keeps its floor below an open writer while a writer with a later id commits first', async () => {
    // PostgreSQL's snapshot xmax is the newest *completed* transaction id + 1, so an open writer
    // that took its id earlier can be above it: an observation must carry an id drawn after the
    // seqs it covers (the pass's own), or the floor moves past the open writer's row for good.
    const sealer = t.app.get(AuditSealer);
    sealer.stop();
    let release!: () => void;
    let recorded!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const inserted = new Promise<void>((r) => (recorded = r));
    try {
      const open = runInTransaction(t.dataSource, async (m) => {
        await audit.record(m, entry(40));
        recorded();
        await held;
      });
      await inserted;
      await sealer.sealNow(); // sees the open writer's seq drawn, not its row
      await record(entry(41)); // a later transaction id ends first
      await sealer.sealNow();
      await sealer.sealNow();
      release();
      await open;
      await sealer.sealNow();
      expect((await chain()).map((r) => r.seq)).toHaveLength(13);
      expect(await verifier.verify()).toEqual(
        expect.objectContaining({ ok: true, rows: 13, unsealed: NONE_PENDING }),
      );
    } finally {
      release();
      sealer.start();
    }
  });

  it('seals a bulk batch larger than one pass, in order', async () => {
    const entries = Array.from({ length: 5_100 }, (_, i) => entry(1_000 + i));
    await runInTransaction(t.dataSource, (m) => audit.recordMany(m, entries));
    const rows = await chain();
    expect(rows).toHaveLength(5_111);
    const seqs = rows.slice(11).map((r) => Number(r.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(await verifier.verify()).toEqual(expect.objectContaining({ ok: true, rows: 5_111 }));
  });

  it('moves its floor past more refused rows than one pass reads, and stops re-reading them', async () => {
    // 5,100 rows written behind the service's back (no valid mac): refused, never linked
    await t.dataSource.query(
      `INSERT INTO audit_event (occurred_at, action, entity_type, entity_id, data, mac)
       SELECT now(), 'forged', 'x', g::text, '{}', repeat('0', 64) FROM generate_series(1, 5100) g`,
    );
    const [forged] = await t.dataSource.query<{ seq: string }[]>(
      'SELECT max(seq)::text AS seq FROM audit_event',
    );
    const repository = t.app.get(AuditRepository);
    const sealer = t.app.get(AuditSealer);
    sealer.stop();
    const spy = jest.spyOn(repository, 'unsealedAfter');
    try {
      // the first sweep records where the sequence was; a later one settles it once every
      // transaction that was running then has ended — in the whole cluster (snapshot xmin), so
      // other test files' transactions may take a few sweeps to end
      const until = Date.now() + 20_000;
      let last = await sealer.sealNow();
      while (last.refused > 0 && Date.now() < until) last = await sealer.sealNow();
      expect(last).toEqual({ sealed: 0, refused: 0 });
      spy.mockClear();
      expect(await sealer.sealNow()).toEqual({ sealed: 0, refused: 0 });
      const floors = spy.mock.calls.map((call) => BigInt(call[1]));
      expect(floors).toEqual([BigInt(forged!.seq)]);
    } finally {
      spy.mockRestore();
      sealer.start();
    }
    // the verifier still names them: it does not rely on the sealer's floor
    expect(await verifier.verify()).toEqual(
      expect.objectContaining({ ok: false, reason: 'inserted', firstBrokenSeq: '13' }),
    );
  });

  it('reports the first of two tampered rows in different batches, however the checks finish', async () => {
    await tamper(`UPDATE audit_event SET data = '{"i": 0}' WHERE seq = 11;
      UPDATE audit_chain SET prev_hash = repeat('0', 64) WHERE seq = 3`);
    const broken = { ok: false, rows: 2, firstBrokenSeq: '3', reason: 'altered' };
    for (const size of [1, 2, 3, 5]) expect(await verifier.verify(size)).toEqual(broken);
    await tamper("UPDATE audit_chain SET prev_hash = repeat('0', 64) WHERE seq = 12");
    expect(await verifier.verify(2)).toEqual(broken);
  });
});
