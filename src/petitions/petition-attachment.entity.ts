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
import { ATTACHMENT_KINDS, type AttachmentKind } from './domain/attachment-rules';
import { PetitionEntity } from './petition.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A file of a petition: the original, or an officer-uploaded redacted copy of an original (Luật
 * Tố cáo 2018 Điều 56). Name and content are sealed (AES-256-GCM, key from IDENTITY_KEY): a
 * petition's files carry names, addresses and handwriting. `sha256` is of the plain file.
 */
@Entity('petition_attachment')
@Check('ck_petition_attachment__kind', `"kind" IN (${quoted(ATTACHMENT_KINDS)})`)
@Check('ck_petition_attachment__size_bytes', `"size_bytes" > 0`)
@Check(
  'ck_petition_attachment__redacts_id',
  `("kind" = 'redacted_copy') = ("redacts_id" IS NOT NULL)`,
)
export class PetitionAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_petition_attachment__petition_id')
  @Column('uuid')
  petitionId!: string;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: PetitionEntity;

  @Column('varchar', { length: 16 })
  kind!: AttachmentKind;

  /** The original this file is the redacted copy of. */
  @Index('uq_petition_attachment__redacts_id', { unique: true })
  @Column('uuid', { nullable: true })
  redactsId!: string | null;

  @ManyToOne(() => PetitionAttachmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'redacts_id' })
  redacts?: PetitionAttachmentEntity;

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
