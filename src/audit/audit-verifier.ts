import { Injectable, Optional } from '@nestjs/common';

import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { auditHmacsFrom } from './audit-key';
import { AuditSealer } from './audit-sealer';
import { AuditRepository, type ChainRow, type UnsealedRow } from './audit.repository';
import { type AuditHmacs, GENESIS_HASH } from './domain/audit-hash';
import { type ChainBreakReason, classifyChainBreak, type LinkTarget } from './domain/chain-break';

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

function linkTargetOf(linkedPos: string | null, pos: string): LinkTarget {
  if (linkedPos === null) return 'none';
  return BigInt(linkedPos) > BigInt(pos) ? 'later' : 'earlier';
}

/**
 * Seals what has committed (when it has the sealer), then walks the chain — audit_chain in `pos`
 * order joined to audit_event — in keyset batches (the next batch is fetched while this one is
 * hashed), recomputing every row's mac and every link in Node. Stops at the first link that does
 * not fit and names the tampering; `rows` counts the rows that checked out before it. Then looks
 * at the rows without a link: one whose mac fails or that copies an earlier row was not written
 * by the service ('inserted'); a valid one older than the sealing window is 'unsealed'; the rest
 * are reported as pending. Deleting the newest rows and links leaves a valid, shorter chain:
 * compare `headHash` with a copy kept outside the database.
 */
@Injectable()
export class AuditVerifier {
  private readonly hmacs: AuditHmacs;

  constructor(
    private readonly repository: AuditRepository,
    config: AppConfig,
    private readonly clock: Clock,
    @Optional() private readonly sealer?: AuditSealer,
  ) {
    this.hmacs = auditHmacsFrom(config);
  }

  async verify(batchSize = VERIFY_BATCH): Promise<AuditVerification> {
    await this.sealer?.sealNow();
    let expected = GENESIS_HASH;
    let rows = 0;
    let batch = await this.repository.chainBatch(null, batchSize);
    while (batch.length > 0) {
      const last = batch.at(-1);
      const next =
        last && batch.length === batchSize
          ? this.repository.chainBatch(last.pos, batchSize)
          : Promise.resolve([]);
      for (const row of batch) {
        if (!this.fits(row, expected)) {
          await next;
          return { ok: false, rows, ...(await this.describeBreak(row, expected)) };
        }
        expected = row.hash;
        rows += 1;
      }
      batch = await next;
    }
    return this.checkUnsealed(rows, expected);
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

  /** The link's HMAC is right, and so is the row's own (legacy links seal the payload). */
  private sealValid(row: ChainRow): boolean {
    if (row.mac === null) return this.hmacs.legacy(row.prevHash, row.payload) === row.hash;
    return this.hmacs.link(row.prevHash, row.mac) === row.hash && this.validMac(row);
  }

  private fits(row: ChainRow, expectedPrev: string): boolean {
    return row.prevHash === expectedPrev && this.sealValid(row);
  }

  private async describeBreak(
    row: ChainRow,
    expectedPrev: string,
  ): Promise<{ firstBrokenSeq: string; reason: ChainBreakReason }> {
    const sealValid = this.sealValid(row);
    const linked = row.prevHash === expectedPrev;
    const [after] = await this.repository.chainBatch(row.pos, 1);
    const usage =
      sealValid && !linked
        ? await this.repository.hashUsage(row)
        : { linkedPos: null, copyOfPos: null };
    const reason = classifyChainBreak({
      sealValid,
      linked,
      nextSkipsRow: after?.prevHash === expectedPrev,
      linkTarget: linkTargetOf(usage.linkedPos, row.pos),
      duplicateOfEarlier: usage.copyOfPos !== null,
    });
    return { firstBrokenSeq: row.seq, reason };
  }
}
