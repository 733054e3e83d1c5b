import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The stored reply of a POST sent with an Idempotency-Key, per caller (research A.5.4). Claimed
 * in the same transaction as the business write, so it exists only if that write committed.
 */
@Entity({ name: 'idempotency_key' })
@Index(['createdAt'])
export class IdempotencyKey {
  /** The officer id, or 'anonymous'. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  principal!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  /** SHA-256 of the canonical (method, path, body). */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: string;

  @Column({ type: 'varchar', length: 2048 })
  path!: string;

  @Column({ type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
