import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row of the append-only, hash-chained audit trail (DESIGN.md §7, research A.5.2). A trigger
 * refuses UPDATE, DELETE and TRUNCATE; rows are written only by AuditService.record.
 */
@Entity({ name: 'audit_event' })
@Index(['entityType', 'entityId'])
@Index(['agencyId', 'occurredAt'])
export class AuditEvent {
  /** bigint: the pg driver returns it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** No foreign key: the trail outlives and precedes officer rows. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
