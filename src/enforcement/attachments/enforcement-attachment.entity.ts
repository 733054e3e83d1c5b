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

import { OfficerEntity } from '../../officers/officer.entity';
import { EnforcementProgressEntity } from '../enforcement-progress.entity';

/**
 * A file of a progress entry (issue 8): the scan of a receipt, a payment voucher, a discipline
 * decision. Name and content are sealed like petition files (src/common/files/file-cipher.ts):
 * receipts carry the names of those who paid. `sha256` is of the plain file.
 */
@Entity('enforcement_attachment')
@Check('ck_enforcement_attachment__size_bytes', `"size_bytes" > 0`)
export class EnforcementAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_enforcement_attachment__progress_id')
  @Column('uuid')
  progressId!: string;

  @ManyToOne(() => EnforcementProgressEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'progress_id' })
  progress?: EnforcementProgressEntity;

  @Column('text')
  fileNameSealed!: string;

  @Column('varchar', { length: 64 })
  mediaType!: string;

  @Column('integer')
  sizeBytes!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  /** iv ‖ tag ‖ ciphertext. Never selected by lists. */
  @Column('bytea', { select: false })
  contentSealed!: Buffer;

  @Column('uuid')
  uploadedBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
