import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { OfficerEntity } from '../officers/officer.entity';
import { ComplaintResolutionEntity } from './complaint-resolution.entity';

/**
 * A suspension (tạm đình chỉ) of a complaint proceeding: the clock stops on `suspended_on` and
 * restarts on `resumed_on` (DOMAIN Product decision 9); the due date is recomputed from them all.
 */
@Entity('complaint_suspension')
@Check(
  'ck_complaint_suspension__resumed_on',
  `"resumed_on" IS NULL OR "resumed_on" >= "suspended_on"`,
)
@Index('ix_complaint_suspension__complaint_id__suspended_on', ['complaintId', 'suspendedOn'])
export class ComplaintSuspensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  complaintId!: string;

  @ManyToOne(() => ComplaintResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id' })
  complaint?: ComplaintResolutionEntity;

  @Column('date')
  suspendedOn!: string;

  @Column('date', { nullable: true })
  resumedOn!: string | null;

  @Column('varchar', { length: 1000 })
  reason!: string;

  @Column('uuid')
  createdBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
