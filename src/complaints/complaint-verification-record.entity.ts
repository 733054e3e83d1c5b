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
import { ComplaintResolutionEntity } from './complaint-resolution.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** One record of a complaint's verification (DOMAIN §4.4; Luật KN Đ29; NĐ 124/2020). */
@Entity('complaint_verification_record')
@Check('ck_complaint_verification_record__kind', `"kind" IN (${quoted(VERIFICATION_RECORD_KINDS)})`)
@Check(
  'ck_complaint_verification_record__recommendation',
  `("kind" = 'verification_report') = ("recommendation" IS NOT NULL)`,
)
@Index('ix_complaint_verification_record__complaint_id__recorded_on', ['complaintId', 'recordedOn'])
export class ComplaintVerificationRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  complaintId!: string;

  @ManyToOne(() => ComplaintResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id' })
  complaint?: ComplaintResolutionEntity;

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
