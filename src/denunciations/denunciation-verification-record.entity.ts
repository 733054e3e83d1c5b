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
import {
  VERIFICATION_RECORD_KINDS,
  VerificationRecordKind,
} from '../resolutions/domain/proceeding-enums';
import { DenunciationResolutionEntity } from './denunciation-resolution.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** One record of a denunciation's verification, on redacted material (Luật TC 2018 Đ31, Đ56). */
@Entity('denunciation_verification_record')
@Check(
  'ck_denunciation_verification_record__kind',
  `"kind" IN (${quoted(VERIFICATION_RECORD_KINDS)})`,
)
@Check(
  'ck_denunciation_verification_record__recommendation',
  `("kind" = 'verification_report') = ("recommendation" IS NOT NULL)`,
)
@Index('ix_denunciation_verification_record__denunciation_id', ['denunciationId', 'recordedOn'])
export class DenunciationVerificationRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  denunciationId!: string;

  @ManyToOne(() => DenunciationResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'denunciation_id' })
  denunciation?: DenunciationResolutionEntity;

  @Column('varchar', { length: 32 })
  kind!: VerificationRecordKind;

  @Column('date')
  recordedOn!: string;

  @Column('varchar', { length: 4000 })
  summary!: string;

  /** Documents requested, received or appraised (one per line). */
  @Column('varchar', { length: 2000, nullable: true })
  documents!: string | null;

  /** Verification report only: the recommendation to the resolver. */
  @Column('varchar', { length: 4000, nullable: true })
  recommendation!: string | null;

  @Column('uuid')
  recordedBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
