import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { AgencyEntity } from '../agencies/agency.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { SESSION_STATUSES, SessionStatus } from './domain/reception-session-status';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A head's periodic reception session (kỳ tiếp), planned then held or cancelled (DOMAIN.md §2.1). */
@Entity('reception_session')
@Check('ck_reception_session__status', `"status" IN (${quoted(SESSION_STATUSES)})`)
@Check('ck_reception_session__held_on', `("status" = 'held') = ("held_on" IS NOT NULL)`)
@Index('ix_reception_session__agency_id__planned_on', ['agencyId', 'plannedOn'])
@Index('ix_reception_session__agency_id__held_on', ['agencyId', 'heldOn'])
export class ReceptionSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column('varchar', { length: 255 })
  headName!: string;

  @Column('varchar', { length: 255 })
  headTitle!: string;

  @Column('date')
  plannedOn!: string;

  @Column('varchar', { length: 500 })
  place!: string;

  @Column('varchar', { length: 16, default: SessionStatus.Planned })
  status!: SessionStatus;

  @Column('date', { nullable: true })
  heldOn!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  cancelReason!: string | null;

  @Column('uuid')
  createdBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: OfficerEntity;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
