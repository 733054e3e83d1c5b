import { Injectable, Optional } from '@nestjs/common';

import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { auditKeyFrom } from './audit-key';
import { AuditSealer } from './audit-sealer';
import { AuditRepository, type ChainRow, type UnsealedRow } from './audit.repository';
import { type AuditHmacs, createAuditHmacs, GENESIS_HASH } from './domain/audit-hash';
import { type ChainBreakReason, classifyChainBreak, type LinkTarget } from './domain/chain-break';
import { type RawChainRow, rawPayload, sealValid } from './domain/seal-check';
import { SealCheckPool } from './seal-check-pool';

/** Rows committed but not linked yet: how many, and how old the oldest is (ms; null if none). */
export interface UnsealedSummary {
  rows: number;
  oldestAgeMs: number | null;
}

export type AuditVerification =
  | { ok: true; rows: number; headHash: string; unsealed: UnsealedSummary }
  | { ok: false; rows: number; firstBrokenSeq: string; reason: ChainBreakReason };

/** Rows per keyset query while verifying. */
export const VERIFY_BATCH = 10_000;
/**
 * A valid row may wait this long for its link (sealing runs ≤ 100 ms after a write and every
 * second); a row without a link after verification sealed everything is an error beyond it.
 */
export const SEALING_WINDOW_MS = 60_000;
/** Unsealed rows examined one by one (the count covers them all). */
const UNSEALED_CHECKED = 1_000;
/** Batches whose seals are being checked while the next ones are fetched. */
const BATCHES_IN_FLIGHT = 4;

/** A fetched batch and the index of its first row with a bad seal (-1: none), when known. */
interface CheckedBatch {
  rows: RawChainRow[];
  bad: Promise<number>;
}

/** Where the walk stands: the hash the next link must name, and the rows that checked out. */
interface Walk {
  expected: string;
  rows: number;
}

const chainRowOf = (r: RawChainRow): ChainRow => ({
  pos: r[0],
  seq: r[1],
  payload: rawPayload(r),
  mac: r[10],
  prevHash: r[11],
  hash: r[12],
});

function linkTargetOf(linkedPos: string | null, pos: string): LinkTarget {
  if (linkedPos === null) return 'none';
  return BigInt(linkedPos) > BigInt(pos) ? 'later' : 'earlier';
}

/**
 * Seals what has committed (when it has the sealer), then walks the chain — audit_chain in `pos`
 * order joined to audit_event — in keyset batches (AuditRepository.chain). Every link names its
 * predecessor's hash, so each row's seals (its mac, its link) are checked on their own, in worker
 * threads (SealCheckPool) while this thread fetches the next batches; the walk then takes the
 * batches in order and compares each link with the hash before it. Stops at the first row that
 * does not fit and names the tampering; `rows` counts the rows that checked out before it. Then
 * looks at the rows without a link: one whose mac fails or that copies an earlier row was not
 * written by the service ('inserted'); a valid one older than the sealing window is 'unsealed';
 * the rest are reported as pending. Deleting the newest rows and links leaves a valid, shorter
 * chain: compare `headHash` with a copy kept outside the database.
 */
@Injectable()
export class AuditVerifier {
  private readonly key: string;
  private readonly hmacs: AuditHmacs;

  constructor(
    private readonly repository: AuditRepository,
    config: AppConfig,
    private readonly clock: Clock,
    @Optional() private readonly sealer?: AuditSealer,
  ) {
    this.key = auditKeyFrom(config);
    this.hmacs = createAuditHmacs(this.key);
  }

  async verify(batchSize = VERIFY_BATCH): Promise<AuditVerification> {
    await this.sealer?.sealNow();
    const pool = new SealCheckPool(this.key);
    try {
      return await this.walk(pool, batchSize);
    } finally {
      await pool.close();
    }
  }

  private async walk(pool: SealCheckPool, batchSize: number): Promise<AuditVerification> {
    const walk: Walk = { expected: GENESIS_HASH, rows: 0 };
    const inFlight: CheckedBatch[] = [];
    const take = async () => this.takeBatch(inFlight.shift()!, walk);
    for await (const rows of this.repository.chain(batchSize)) {
      const bad = pool.check(rows);
      bad.catch(() => undefined); // awaited in order below; a stop before then must not crash
      inFlight.push({ rows, bad });
      if (inFlight.length > BATCHES_IN_FLIGHT) {
        const broken = await take();
        if (broken) return broken;
      }
    }
    while (inFlight.length > 0) {
      const broken = await take();
      if (broken) return broken;
    }
    return this.checkUnsealed(walk.rows, walk.expected);
  }

  /** The next batch in chain order: its first row that does not fit, or the walk moves on. */
  private async takeBatch(batch: CheckedBatch, walk: Walk): Promise<AuditVerification | null> {
    const bad = await batch.bad;
    for (const [i, row] of batch.rows.entries()) {
      if (i === bad || row[11] !== walk.expected) {
        const broken = await this.describeBreak(chainRowOf(row), walk.expected);
        return { ok: false, rows: walk.rows, ...broken };
      }
      walk.expected = row[12];
      walk.rows += 1;
    }
    return null;
  }

  /** After the chain: rows without a link are forged or copied, overdue, or pending. */
  private async checkUnsealed(rows: number, headHash: string): Promise<AuditVerification> {
    const unsealed = await this.repository.unsealed(UNSEALED_CHECKED);
    const now = this.clock.now().getTime();
    const age = (row: UnsealedRow) => now - Date.parse(row.payload.occurredAt);
    for (const row of unsealed.rows) {
      if (!this.validMac(row) || row.duplicate) {
        return { ok: false, rows, firstBrokenSeq: row.seq, reason: 'inserted' };
      }
      if (age(row) > SEALING_WINDOW_MS) {
        return { ok: false, rows, firstBrokenSeq: row.seq, reason: 'unsealed' };
      }
    }
    const oldest = unsealed.rows[0];
    return {
      ok: true,
      rows,
      headHash,
      unsealed: { rows: unsealed.count, oldestAgeMs: oldest ? Math.max(0, age(oldest)) : null },
    };
  }

  private validMac(row: { mac: string | null; payload: ChainRow['payload'] }): boolean {
    return row.mac !== null && this.hmacs.mac(row.payload) === row.mac;
  }

  private async describeBreak(
    row: ChainRow,
    expectedPrev: string,
  ): Promise<{ firstBrokenSeq: string; reason: ChainBreakReason }> {
    const valid = sealValid(this.hmacs, row);
    const linked = row.prevHash === expectedPrev;
    const [after] = await this.repository.chainBatch(row.pos, 1);
    const usage =
      valid && !linked
        ? await this.repository.hashUsage(row)
        : { linkedPos: null, copyOfPos: null };
    const reason = classifyChainBreak({
      sealValid: valid,
      linked,
      nextSkipsRow: after?.prevHash === expectedPrev,
      linkTarget: linkTargetOf(usage.linkedPos, row.pos),
      duplicateOfEarlier: usage.copyOfPos !== null,
    });
    return { firstBrokenSeq: row.seq, reason };
  }
}
