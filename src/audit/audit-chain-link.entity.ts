import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { AuditEvent } from './audit-event.entity';

/**
 * One link of the audit hash chain (append-only, like audit_event): the AuditSealer appends a
 * link per committed event, in the order it seals them (`pos`). `hash` = HMAC(AUDIT_KEY,
 * prev_hash ‖ the event's mac) — or, for links moved from before AddAuditChain1767225683000,
 * HMAC(AUDIT_KEY, prev_hash ‖ RFC 8785 JSON of the payload).
 */
@Entity({ name: 'audit_chain' })
@Index('uq_audit_chain__seq', ['seq'], { unique: true })
export class AuditChainLink {
  /** bigint: the pg driver returns it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  pos!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @ManyToOne(() => AuditEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seq' })
  event?: AuditEvent;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
