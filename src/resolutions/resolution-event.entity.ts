import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { PROCEEDING_TYPES, ProceedingType } from './domain/proceeding-enums';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One named action on a complaint or denunciation proceeding (DESIGN §1: "every step is a named
 * action by an officer, recorded as an event with actor, time and legal basis"). Written in the
 * action's transaction next to its audit row; the case timeline reads these rows in `seq` order.
 * Never personal data in `data` (ids, codes, dates, statuses).
 */
@Entity('resolution_event')
@Check('ck_resolution_event__proceeding_type', `"proceeding_type" IN (${quoted(PROCEEDING_TYPES)})`)
@Index('ix_resolution_event__proceeding_id__seq', ['proceedingId', 'seq'])
@Index('ix_resolution_event__case_id__seq', ['caseId', 'seq'])
export class ResolutionEventEntity {
  /** bigint: the pg driver returns it as a string. Orders events of one instant. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column('varchar', { length: 16 })
  proceedingType!: ProceedingType;

  /** No foreign key: the row belongs to either proceeding table. */
  @Column('uuid')
  proceedingId!: string;

  @Column('uuid')
  caseId!: string;

  @Column('uuid')
  agencyId!: string;

  /** The domain action, e.g. `accept`, `assign_verification`, `decide`. */
  @Column('varchar', { length: 48 })
  action!: string;

  /** No foreign key, like the audit trail. */
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('timestamptz')
  occurredAt!: Date;

  /** The legal date of the act (acceptance day, decision day …). */
  @Column('date')
  actedOn!: string;

  @Column('varchar', { length: 255 })
  legalBasis!: string;

  @Column('varchar', { length: 24, nullable: true })
  fromStatus!: string | null;

  @Column('varchar', { length: 24, nullable: true })
  toStatus!: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  data!: Record<string, unknown>;
}
