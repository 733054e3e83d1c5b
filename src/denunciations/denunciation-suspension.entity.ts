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
import { DenunciationResolutionEntity } from './denunciation-resolution.entity';

/**
 * A suspension (tạm đình chỉ) of a denunciation proceeding (Luật TC 2018 Đ34): the clock stops on `suspended_on` and
 * restarts on `resumed_on` (DOMAIN Product decision 9); the due date is recomputed from them all.
 */
@Entity('denunciation_suspension')
@Check(
  'ck_denunciation_suspension__resumed_on',
  `"resumed_on" IS NULL OR "resumed_on" >= "suspended_on"`,
)
@Index('ix_denunciation_suspension__denunciation_id__suspended_on', [
  'denunciationId',
  'suspendedOn',
])
export class DenunciationSuspensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  denunciationId!: string;

  @ManyToOne(() => DenunciationResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'denunciation_id' })
  denunciation?: DenunciationResolutionEntity;

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
