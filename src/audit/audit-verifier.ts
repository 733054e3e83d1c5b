import { Injectable, Optional } from '@nestjs/common';

import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { auditKeyFrom } from './audit-key';
import { AuditSealer } from './audit-sealer';
import { ChainCheckPool } from './chain-check-pool';
import { chainRanges } from './chain-range-reader';
import { AuditRepository, type ChainRow, type UnsealedRow } from './audit.repository';
import { type AuditHmacs, createAuditHmacs, GENESIS_HASH } from './domain/audit-hash';
import { type ChainBreakReason, classifyChainBreak, type LinkTarget } from './domain/chain-break';
import { type RangeCheck, sealValid } from './domain/seal-check';

/** Rows committed but not linked yet: how many, and how old the oldest is (ms; null if none). */
export interface UnsealedSummary {
  rows: number;
  oldestAgeMs: number | null;
}

export type AuditVerification =
  | { ok: true; rows: number; headHash: string; unsealed: UnsealedSummary }
  | { ok: false; rows: number; firstBrokenSeq: string; reason: ChainBreakReason };

/** Positions of the chain per range read and checked at once while verifying. */
export const VERIFY_BATCH = 20_000;
/**
 * A valid row may wait this long for its link (sealing runs ≤ 100 ms after a write and every
 * second); a row without a link after verification sealed everything is an error beyond it.
 */
export const SEALING_WINDOW_MS = 60_000;
/** Unsealed rows examined one by one (the count covers them all). */
const UNSEALED_CHECKED = 1_000;
/** Ranges being read and checked while the walk waits for the oldest. */
const RANGES_IN_FLIGHT = 4;

/** Where the walk stands: the hash the next link must name, and the rows that checked out. */
interface Walk {
  expected: string;
  rows: number;
}

function linkTargetOf(linkedPos: string | null, pos: string): LinkTarget {
  if (linkedPos === null) return 'none';
  return BigInt(linkedPos) > BigInt(pos) ? 'later' : 'earlier';
}

/**
 * Seals what has committed (when it has the sealer), then walks the chain as it stands: the
 * links up to the newest one, in ranges of `pos` read and checked on their own (checkRange) by
 * ChainCheckPool's worker threads, each on its own connection, several at once. Every link names
 * its predecessor's hash, so a range needs nothing outside itself but the hash before it: the
 * walk takes the ranges in order, compares each range's first link with the hash before it and
 * stops at the first link that does not fit, naming the tampering; `rows` counts the rows that
 * checked out before it. Then looks at the rows without a link: one whose mac fails or that
 * copies an earlier row was not written by the service ('inserted'); a valid one older than the
 * sealing window is 'unsealed'; the rest are reported as pending. Deleting the newest rows and
 * links leaves a valid, shorter chain: compare `headHash` with a copy kept outside the database.
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

  /** `span`: positions per range (tests use small ones to put breaks at range edges). */
  async verify(span = VERIFY_BATCH): Promise<AuditVerification> {
    await this.sealer?.sealNow();
    const pool = new ChainCheckPool({
      key: this.key,
      url: this.repository.databaseUrl(),
      source: (from, to) => this.repository.chainRange(from, to),
    });
    try {
      return await this.walk(pool, span);
    } finally {
      await pool.close();
    }
  }

  private async walk(pool: ChainCheckPool, span: number): Promise<AuditVerification> {
    const walk: Walk = { expected: GENESIS_HASH, rows: 0 };
    const bounds = await this.repository.chainBounds();
    if (bounds) {
      const inFlight: Promise<RangeCheck>[] = [];
      const take = async () => this.takeRange(await inFlight.shift()!, walk);
      for (const [from, to] of chainRanges(bounds.first, bounds.last, span)) {
        const check = pool.check(from, to);
        check.catch(() => undefined); // awaited in order below; a stop before then must not crash
        inFlight.push(check);
        if (inFlight.length > RANGES_IN_FLIGHT) {
          const broken = await take();
          if (broken) return broken;
        }
      }
      while (inFlight.length > 0) {
        const broken = await take();
        if (broken) return broken;
      }
    }
    return this.checkUnsealed(walk.rows, walk.expected);
  }

  /** The next range in chain order: its first link that does not fit, or the walk moves on. */
  private async takeRange(range: RangeCheck, walk: Walk): Promise<AuditVerification | null> {
    if (range.count === 0) return null;
    if (range.firstPrev !== walk.expected) return this.brokenAt(range.firstPos!, walk);
    if (range.bad !== -1) {
      walk.rows += range.bad;
      return this.brokenAt(range.badPos!, walk);
    }
    walk.rows += range.count;
    walk.expected = range.lastHash!;
    return null;
  }

  private async brokenAt(pos: string, walk: Walk): Promise<AuditVerification> {
    const [row] = await this.repository.chainBatch((BigInt(pos) - 1n).toString(), 1);
    const broken = await this.describeBreak(row!, walk.expected);
    return { ok: false, rows: walk.rows, ...broken };
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
