import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { chainHasherFrom } from './audit-key';
import { AuditRepository, type ChainRow } from './audit.repository';
import { type ChainHasher, GENESIS_HASH } from './domain/audit-hash';
import { type ChainBreakReason, classifyChainBreak, type LinkTarget } from './domain/chain-break';

export type AuditVerification =
  | { ok: true; rows: number; headHash: string }
  | { ok: false; rows: number; firstBrokenSeq: string; reason: ChainBreakReason };

/** Rows per keyset query while verifying. */
export const VERIFY_BATCH = 10_000;

function linkTargetOf(linkedSeq: string | null, seq: string): LinkTarget {
  if (linkedSeq === null) return 'none';
  return BigInt(linkedSeq) > BigInt(seq) ? 'later' : 'earlier';
}

/**
 * Walks the whole trail in seq order, in keyset batches (the next batch is fetched while this one
 * is hashed), recomputing every HMAC and link in Node. Stops at the first row that does not fit
 * and names the tampering. `rows` counts the rows that checked out before it. Deleting the newest
 * rows leaves a valid, shorter chain: compare `headHash` with a copy kept outside the database.
 */
@Injectable()
export class AuditVerifier {
  private readonly hash: ChainHasher;

  constructor(
    private readonly repository: AuditRepository,
    config: AppConfig,
  ) {
    this.hash = chainHasherFrom(config);
  }

  async verify(batchSize = VERIFY_BATCH): Promise<AuditVerification> {
    let expected = GENESIS_HASH;
    let rows = 0;
    let batch = await this.repository.chainBatch(null, batchSize);
    while (batch.length > 0) {
      const last = batch.at(-1);
      const next =
        last && batch.length === batchSize
          ? this.repository.chainBatch(last.seq, batchSize)
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
    return { ok: true, rows, headHash: expected };
  }

  private fits(row: ChainRow, expectedPrev: string): boolean {
    return row.prevHash === expectedPrev && this.hash(row.prevHash, row.payload) === row.hash;
  }

  private async describeBreak(
    row: ChainRow,
    expectedPrev: string,
  ): Promise<{ firstBrokenSeq: string; reason: ChainBreakReason }> {
    const sealValid = this.hash(row.prevHash, row.payload) === row.hash;
    const linked = row.prevHash === expectedPrev;
    const [after] = await this.repository.chainBatch(row.seq, 1);
    const usage =
      sealValid && !linked
        ? await this.repository.hashUsage(row)
        : { linkedSeq: null, copyOfSeq: null };
    const reason = classifyChainBreak({
      sealValid,
      linked,
      nextSkipsRow: after?.prevHash === expectedPrev,
      linkTarget: linkTargetOf(usage.linkedSeq, row.seq),
      duplicateOfEarlier: usage.copyOfSeq !== null,
    });
    return { firstBrokenSeq: row.seq, reason };
  }
}
