import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { auditHmacsFrom } from './audit-key';
import { AuditRepository, type NewLink, type UnsealedRow } from './audit.repository';
import { type AuditHmacs, GENESIS_HASH } from './domain/audit-hash';

/** A pass runs at most this long after the first write that asked for it (debounce). */
export const SEAL_DEBOUNCE_MS = 100;
/** Passes also run on this interval: rows of transactions still open at a pass, other processes. */
export const SEAL_INTERVAL_MS = 1_000;
/** Rows per pass (one SELECT, one INSERT of links). */
export const SEAL_BATCH = 5_000;
/** A fresh sealer looks this many seqs below the newest link for rows committed unsealed. */
export const SEAL_STARTUP_LOOKBACK = 100_000n;
/** Observations kept while waiting for the transactions open at them to end. */
const MAX_OBSERVATIONS = 32;

/** At one pass: the last seq drawn, and a transaction id drawn after it was read (the pass's own). */
interface Observation {
  lastSeq: bigint;
  xid: bigint;
}

export interface SealResult {
  sealed: number;
  /** Rows left unsealed because their mac fails or they copy an earlier row (the verifier names them). */
  refused: number;
}

/**
 * Seals committed audit rows into the hash chain, after their transactions commit (issue 6):
 * request transactions only INSERT their row (with its own HMAC); this appends one `audit_chain`
 * link per row, in the order it seals them, under an advisory lock (one sealer at a time across
 * processes; writers never wait for it).
 *
 * Finding unsealed rows: an anti-join (`NOT EXISTS` link, on audit_chain's unique seq index)
 * over `seq > floor`, where every seq ≤ floor is known to be sealed or never committed. Rows of
 * transactions still open are invisible, so the floor only moves past a seq once the transaction
 * that drew it has ended: each pass records the last seq drawn (L) and then, in the statement that
 * reads the rows, its own transaction id (X, drawn after L was read); writers take their
 * transaction id before their seq (AuditRepository.insert), and ids are drawn in increasing order,
 * so every writer of a seq ≤ L has an id below X. Once a later pass sees xmin ≥ X, every seq ≤ L
 * is committed (and read by that pass) or rolled back, and the floor moves to L. (Not the
 * snapshot's xmax: that is the newest *completed* id + 1, and a transaction that took its id
 * earlier but has not ended can be above it.) A long transaction anywhere in the cluster only
 * holds the floor back (passes scan a longer window), it never loses a row.
 *
 * Rows whose mac does not verify, or that copy an earlier row, are not sealed: the verifier
 * reports them (a row written behind the service's back).
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditSealer');
  private readonly hmacs: AuditHmacs;
  private floor: bigint | null = null;
  private observations: Observation[] = [];
  /** Passes run one after another in this process. */
  private queue: Promise<unknown> = Promise.resolve();
  private debounce: NodeJS.Timeout | null = null;
  private interval: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AuditRepository,
    config: AppConfig,
  ) {
    this.hmacs = auditHmacsFrom(config);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  /** Final pass before the DataSource closes (rows written during shutdown). */
  async onModuleDestroy(): Promise<void> {
    this.stop();
    await this.sealNow().catch((e: unknown) =>
      this.logger.error(`final seal failed: ${String(e)}`),
    );
  }

  /** Background sealing: after writes (debounced) and on an interval. */
  start(): void {
    this.stopped = false;
    if (this.interval) return;
    this.interval = setInterval(() => this.background(), SEAL_INTERVAL_MS);
    this.interval.unref();
    this.background();
  }

  /** No more background passes (sealNow still works). */
  stop(): void {
    this.stopped = true;
    if (this.debounce) clearTimeout(this.debounce);
    if (this.interval) clearInterval(this.interval);
    this.debounce = this.interval = null;
  }

  /**
   * Forgets what this process knows of the sequence (floor, observations): after the owner
   * emptied or restored the tables (TRUNCATE … RESTART IDENTITY, a restore), the next pass starts
   * again from the newest link. Waits for a pass in progress.
   */
  async reset(): Promise<void> {
    const run = this.queue.then(() => {
      this.floor = null;
      this.observations = [];
    });
    this.queue = run.catch(() => undefined);
    await run;
  }

  /** Asks for a pass soon (called with every write; the row commits with its transaction). */
  schedule(): void {
    if (this.debounce || this.stopped) return;
    this.debounce = setTimeout(() => {
      this.debounce = null;
      this.background();
    }, SEAL_DEBOUNCE_MS);
    this.debounce.unref();
  }

  /**
   * Seals every row committed before the call (passes until one finds fewer than a batch).
   * Verification calls it first; tests call it instead of sleeping.
   */
  sealNow(): Promise<SealResult> {
    const run = this.queue.then(() => this.drain());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private background(): void {
    if (!this.dataSource.isInitialized) return;
    this.sealNow().catch((e: unknown) => this.logger.warn(`sealing deferred: ${String(e)}`));
  }

  /**
   * Passes until one reads fewer than a batch; each continues after the last row the previous
   * one read (rows left unsealed do not stop the walk).
   */
  private async drain(): Promise<SealResult> {
    const total: SealResult = { sealed: 0, refused: 0 };
    let after: bigint | null = null;
    let sweep: bigint | null = null;
    for (;;) {
      const pass = await this.pass(after, sweep);
      total.sealed += pass.sealed;
      total.refused += pass.refused;
      if (pass.lastRead === null) return total;
      after = pass.lastRead;
      sweep = pass.sweep;
    }
  }

  /**
   * One transaction: lock, read up to a batch of unsealed rows after `after` (null: after the
   * floor), append their links. The floor and observations change only after the commit.
   * `lastRead` is the last seq read when the batch was full (more may follow), else null.
   * `sweep`: the xmin of the first pass when the passes so far read on from the floor (null
   * otherwise); when such a sweep ends, it has read every row after the floor, rows it refused
   * included, so the floor may move past them (refused rows never hold it back).
   */
  private async pass(
    after: bigint | null,
    sweep: bigint | null,
  ): Promise<SealResult & { lastRead: bigint | null; sweep: bigint | null }> {
    this.floor ??= await this.startFloor();
    // Read before the transaction: it must precede the snapshot below, and it holds the
    // sequence's lock only for its own statement (TRUNCATE … RESTART IDENTITY needs that lock).
    const lastSeq = await this.repository.lastSeq();
    let floor = lastSeq < this.floor ? 0n : this.floor; // below the floor: the sequence restarted
    let observations = floor === 0n && this.floor !== 0n ? [] : this.observations;
    const outcome = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await this.repository.lockSealer(manager);
      let from = after ?? floor;
      // an observation (and so a transaction id) only when seqs were drawn above the floor
      let snap = await this.repository.unsealedAfter(manager, from, SEAL_BATCH, lastSeq > floor);
      if (snap.head === null && from !== 0n) {
        // An empty chain (emptied by its owner): everything is to be sealed.
        [floor, observations, from] = [0n, [], 0n];
        snap = await this.repository.unsealedAfter(manager, 0n, SEAL_BATCH, lastSeq > 0n);
      }
      const valid = snap.rows.filter((row) => this.sealable(row));
      let prevHash = snap.head ?? GENESIS_HASH;
      const links: NewLink[] = valid.map((row) => {
        const hash = this.hmacs.link(prevHash, row.mac);
        const link = { seq: row.seq, prevHash, hash };
        prevHash = hash;
        return link;
      });
      if (links.length > 0) await this.repository.appendLinks(manager, links);
      const full = snap.rows.length === SEAL_BATCH;
      return { snap, valid: valid.length, full, fromFloor: from === floor };
    });
    const { snap, full } = outcome;
    // The xmin of the sweep's first pass: later passes see at least what it saw.
    const sweepXmin = after === null ? (outcome.fromFloor ? BigInt(snap.xmin) : null) : sweep;
    // Only a sweep that read everything from the floor on may move it.
    if (sweepXmin !== null && !full) {
      const settled = observations.filter((o) => o.xid <= sweepXmin);
      for (const o of settled) if (o.lastSeq > floor) floor = o.lastSeq;
      observations = observations.filter((o) => o.xid > sweepXmin);
    }
    this.floor = floor;
    const observed = snap.xid === null ? [] : [{ lastSeq, xid: BigInt(snap.xid) }];
    this.observations = [...observations, ...observed].slice(-MAX_OBSERVATIONS);
    const lastRead = full ? BigInt(snap.rows.at(-1)!.seq) : null;
    const refused = snap.rows.length - outcome.valid;
    return { sealed: outcome.valid, refused, lastRead, sweep: full ? sweepXmin : null };
  }

  private async startFloor(): Promise<bigint> {
    const newest = await this.repository.maxSealedSeq();
    return newest > SEAL_STARTUP_LOOKBACK ? newest - SEAL_STARTUP_LOOKBACK : 0n;
  }

  private sealable(row: UnsealedRow): row is UnsealedRow & { mac: string } {
    return row.mac !== null && !row.duplicate && this.hmacs.mac(row.payload) === row.mac;
  }
}
