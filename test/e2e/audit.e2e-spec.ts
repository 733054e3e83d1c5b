import { AuditVerifier } from '../../src/audit/audit-verifier';
import { AuditSealer } from '../../src/audit/audit-sealer';
import { AuditService } from '../../src/audit/audit.service';
import { createAuditHmacs, GENESIS_HASH } from '../../src/audit/domain/audit-hash';
import { Role } from '../../src/auth/role';
import { runInTransaction } from '../../src/database/transaction';
import {
  AGENCY_A,
  AGENCY_B,
  auditEntry as entry,
  freshAuditChain,
  storedChain,
  tamperAudit,
} from '../support/audit-chain';
import { bearer, tokenFor } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

const NONE_PENDING = { rows: 0, oldestAgeMs: null };

describe('audit trail: hash chain, append-only tables, verification', () => {
  let t: TestApp;
  let audit: AuditService;
  let verifier: AuditVerifier;
  let admin: Record<string, string>;

  const chain = () => storedChain(t);
  const tamper = (sql: string) => tamperAudit(t, sql);
  const freshChain = () => freshAuditChain(t);

  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
    verifier = t.app.get(AuditVerifier);
    // This file empties and tampers with the tables: it seals explicitly (sealNow via the
    // verifier and the helpers), never in the background between a tamper and its check.
    t.app.get(AuditSealer).stop();
    admin = bearer(await tokenFor(t, Role.Admin));
  });
  afterAll(() => t.close());

  describe('recording', () => {
    beforeEach(freshChain);

    it('links every row to its predecessor, starting from 64 zeros, with a gap-tolerant seq', async () => {
      const rows = await chain();
      expect(rows.map((r) => r.seq)).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '10',
        '11',
        '12',
      ]);
      expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
      rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
      expect(await verifier.verify()).toEqual({
        ok: true,
        rows: 11,
        headHash: rows[10]?.hash,
        unsealed: NONE_PENDING,
      });
    });

    it('keeps one unbroken chain when 20 transactions record at the same time', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          runInTransaction(t.dataSource, (m) => audit.record(m, entry(100 + i))),
        ),
      );
      const result = await verifier.verify();
      expect(result).toEqual(expect.objectContaining({ ok: true, rows: 31 }));
      expect(new Set((await chain()).map((r) => r.prev_hash)).size).toBe(31);
    });

    it('records a batch in order with recordMany, and verifies across keyset batches', async () => {
      await runInTransaction(t.dataSource, (m) =>
        audit.recordMany(m, [entry(20), entry(21), entry(22)]),
      );
      const rows = await chain();
      expect(rows).toHaveLength(14);
      expect(await verifier.verify(4)).toEqual({
        ok: true,
        rows: 14,
        headHash: rows[13]?.hash,
        unsealed: NONE_PENDING,
      });
    });

    it('stores what it was given, with the clock time and its own HMAC of 64 hex digits', async () => {
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        'SELECT * FROM audit_event WHERE seq = 3',
      );
      expect(row).toEqual(
        expect.objectContaining({
          occurred_at: t.clock.now(),
          actor_id: null,
          action: 'probe.write',
          entity_type: 'probe',
          entity_id: 'p-3',
          agency_id: AGENCY_A,
          request_id: 'req-3',
          data: { i: 3, note: 'Ghi nhận thử nghiệm' },
          mac: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      );
    });
  });

  describe('the tables are append-only at the database level', () => {
    it.each([
      ['audit_event', 'UPDATE', "UPDATE audit_event SET action = 'x' WHERE seq = 1"],
      ['audit_event', 'DELETE', 'DELETE FROM audit_event WHERE false'],
      ['audit_event', 'TRUNCATE', 'TRUNCATE audit_event CASCADE'],
      ['audit_chain', 'UPDATE', "UPDATE audit_chain SET hash = repeat('0', 64) WHERE seq = 1"],
      ['audit_chain', 'DELETE', 'DELETE FROM audit_chain WHERE seq = 1'],
      ['audit_chain', 'TRUNCATE', 'TRUNCATE audit_chain'],
    ])('%s refuses %s with SQLSTATE P0001', async (table, op, sql) => {
      await freshChain();
      const error = await t.dataSource.query(sql).then(
        () => null,
        (e: { driverError?: { code?: string; message?: string } }) => e.driverError,
      );
      expect(error).toEqual(
        expect.objectContaining({
          code: 'P0001',
          message: `${table} is append-only: ${op} refused`,
        }),
      );
      expect(await chain()).toHaveLength(11);
    });
  });

  describe('verification finds the first tampered row, and how it was tampered with', () => {
    beforeEach(freshChain);

    const copyOf = (seq: number, at: number, mac = 'mac') =>
      `INSERT INTO audit_event (seq, occurred_at, actor_id, action, entity_type, entity_id,
         agency_id, request_id, data, mac) OVERRIDING SYSTEM VALUE
       SELECT ${at}, occurred_at, actor_id, action, entity_type, entity_id, agency_id,
         request_id, data, ${mac} FROM audit_event WHERE seq = ${seq}`;
    /** A link appended after the head, as a forger without the key would write it. */
    const forgedLink = (seq: number) =>
      `INSERT INTO audit_chain (seq, prev_hash, hash)
       SELECT ${seq}, hash, repeat('f', 64) FROM audit_chain ORDER BY pos DESC LIMIT 1`;
    const deleted = (seqs: string) =>
      `DELETE FROM audit_chain WHERE seq IN (${seqs}); DELETE FROM audit_event WHERE seq IN (${seqs})`;

    it.each([
      [
        'a changed data field',
        'UPDATE audit_event SET data = \'{"i": 50}\' WHERE seq = 5',
        '5',
        'altered',
        4,
      ],
      [
        'a changed time',
        "UPDATE audit_event SET occurred_at = occurred_at - interval '1 day' WHERE seq = 7",
        '7',
        'altered',
        6,
      ],
      [
        'a changed actor',
        `UPDATE audit_event SET actor_id = '${AGENCY_B}' WHERE seq = 1`,
        '1',
        'altered',
        0,
      ],
      [
        'a re-pointed prev_hash',
        "UPDATE audit_chain SET prev_hash = repeat('0', 64) WHERE seq = 3",
        '3',
        'altered',
        2,
      ],
      ['a deleted row', deleted('5'), '6', 'deleted', 4],
      [
        'a deleted link (its row left unsealed)',
        'DELETE FROM audit_chain WHERE seq = 5',
        '6',
        'deleted',
        4,
      ],
      ['two deleted rows', deleted('4, 5'), '6', 'deleted', 3],
      ['the deleted first row', deleted('1'), '2', 'deleted', 0],
      ['a deleted row before a gap', deleted('8'), '10', 'deleted', 7],
      [
        'a forged row in the gap (its mac cannot be made without the key: never sealed)',
        "INSERT INTO audit_event (seq, occurred_at, action, entity_type, entity_id, mac) OVERRIDING SYSTEM VALUE SELECT 9, occurred_at, 'probe.write', 'probe', 'forged', repeat('f', 64) FROM audit_event WHERE seq = 8",
        '9',
        'inserted',
        11,
      ],
      [
        'a row in the gap without a mac',
        "INSERT INTO audit_event (seq, occurred_at, action, entity_type, entity_id) OVERRIDING SYSTEM VALUE SELECT 9, occurred_at, 'probe.write', 'probe', 'forged' FROM audit_event WHERE seq = 8",
        '9',
        'inserted',
        11,
      ],
      ['a copy of a genuine row in the gap (never sealed)', copyOf(3, 9), '9', 'inserted', 11],
      [
        'a forged row with a forged link after the head',
        `${copyOf(12, 13, "repeat('a', 64)")}; ${forgedLink(13)}`,
        '13',
        'altered',
        11,
      ],
      [
        'a copy of a genuine row with a forged link after the head',
        `${copyOf(12, 13)}; ${forgedLink(13)}`,
        '13',
        'altered',
        11,
      ],
      [
        'two swapped rows (rows and links exchanged)',
        `UPDATE audit_event a SET occurred_at = b.occurred_at, entity_id = b.entity_id,
           request_id = b.request_id, data = b.data, mac = b.mac
         FROM audit_event b WHERE (a.seq, b.seq) IN ((5, 6), (6, 5));
         UPDATE audit_chain a SET prev_hash = b.prev_hash, hash = b.hash
         FROM audit_chain b WHERE (a.seq, b.seq) IN ((5, 6), (6, 5))`,
        '5',
        'reordered',
        4,
      ],
    ])('%s', async (_, sql, seq, reason, rows) => {
      await tamper(sql);
      expect(await verifier.verify()).toEqual({ ok: false, rows, firstBrokenSeq: seq, reason });
      expect(await verifier.verify(3)).toEqual({ ok: false, rows, firstBrokenSeq: seq, reason });
    });

    it('a genuine-looking row sealed with the key but linked to an older row (a fork)', async () => {
      const rows = await chain();
      const hmacs = createAuditHmacs(t.config.auditKey ?? '');
      const payload = {
        occurredAt: t.clock.now().toISOString(),
        actorId: null,
        action: 'probe.write',
        entityType: 'probe',
        entityId: 'fork',
        agencyId: null,
        requestId: null,
        data: {},
      };
      const prev = rows[2]?.hash ?? '';
      const mac = hmacs.mac(payload);
      await tamper(
        `INSERT INTO audit_event (seq, occurred_at, action, entity_type, entity_id, mac)
         OVERRIDING SYSTEM VALUE VALUES (9, '${payload.occurredAt}', 'probe.write', 'probe', 'fork',
         '${mac}');
         INSERT INTO audit_chain (seq, prev_hash, hash) VALUES (9, '${prev}', '${hmacs.link(prev, mac)}')`,
      );
      expect(await verifier.verify()).toEqual({
        ok: false,
        rows: 11,
        firstBrokenSeq: '9',
        reason: 'broken_link',
      });
    });

    it('GET /api/v1/audit/verify answers ok with the head hash, then the first broken row', async () => {
      const rows = await chain();
      const ok = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
      expect(ok.body).toEqual({
        ok: true,
        rows: 11,
        headHash: rows[10]?.hash,
        unsealed: NONE_PENDING,
      });
      await tamper(deleted('2'));
      const broken = await t.http.get('/api/v1/audit/verify').set(admin).expect(200);
      expect(broken.body).toEqual({ ok: false, rows: 1, firstBrokenSeq: '3', reason: 'deleted' });
    });
  });
});
