import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { OfficerEntity } from '../officers/officer.entity';
import { PetitionEntity } from './petition.entity';

/**
 * The history of a petition (DESIGN.md §1: every step is a named action with actor, time and
 * legal basis). Shown in the case timeline; `data` holds ids, codes and dates, never identity.
 */
@Entity('petition_event')
@Index('ix_petition_event__petition_id__occurred_at', ['petitionId', 'occurredAt'])
export class PetitionEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /**
   * Insertion order (bigint: the pg driver returns a string). Orders the steps of one instant —
   * one transaction, or a fixed clock (tests, the demo seed) — as `resolution_event.seq` does.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column('uuid')
  petitionId!: string;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: PetitionEntity;

  /** `receive`, `register` or a PetitionAction. */
  @Column('varchar', { length: 32 })
  action!: string;

  @Column('varchar', { length: 32, nullable: true })
  fromStatus!: string | null;

  @Column('varchar', { length: 32 })
  toStatus!: string;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: OfficerEntity;

  /** The application's `Clock` (as the audit row and resolution events), never the database's. */
  @Column('timestamptz')
  occurredAt!: Date;

  @Column('varchar', { length: 255, nullable: true })
  legalBasis!: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  data!: Record<string, unknown>;
}
