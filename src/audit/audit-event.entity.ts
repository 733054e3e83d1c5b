import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row of the append-only audit trail (DESIGN.md §7, research A.5.2). A trigger refuses UPDATE,
 * DELETE and TRUNCATE; rows are written only by AuditService.record(Many), each with its own
 * HMAC (`mac`). The chain that fixes their order is `audit_chain`, appended by the AuditSealer.
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

  /**
   * HMAC-SHA256(AUDIT_KEY, RFC 8785 JSON of the payload), written with the row: without the key
   * nobody can add a row the sealer or the verifier accept. Null only for rows written before
   * migration AddAuditChain1767225683000, whose links seal the payload itself.
   */
  @Column({ type: 'char', length: 64, nullable: true })
  mac!: string | null;
}
