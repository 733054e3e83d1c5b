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
import { CASE_FIELDS, CaseField, CONTENT_TYPES, ContentType } from './domain/case-enums';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A matter (vụ việc): one content raised by the same person(s) at one agency (DESIGN.md §2 Case).
 * Groups its visits and petitions; statistics count cases where the forms say "vụ việc".
 */
@Entity('case')
@Check('ck_case__content_type', `"content_type" IN (${quoted(CONTENT_TYPES)})`)
@Check('ck_case__field', `"field" IN (${quoted(CASE_FIELDS)})`)
@Index('uq_case__agency_id__code', ['agencyId', 'code'], { unique: true })
@Index('ix_case__agency_id__opened_on', ['agencyId', 'openedOn'])
// GIN trigram indexes on search_text(…) (migration CreateSearchIndexes): not expressible here.
@Index('ix_case__summary_trgm', { synchronize: false })
@Index('ix_case__respondent_trgm', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** `VV-2026-00012`: gapless per agency and year (domain/case-code.ts). */
  @Column('varchar', { length: 32 })
  code!: string;

  @Column('date')
  openedOn!: string;

  @Column('varchar', { length: 16 })
  contentType!: ContentType;

  @Column('varchar', { length: 32 })
  field!: CaseField;

  @Column('varchar', { length: 2000 })
  summary!: string;

  /** The body or official complained about or denounced; never the denouncer. */
  @Column('varchar', { length: 500, nullable: true })
  respondent!: string | null;

  /** Luật Tố cáo 2018 Điều 9(1)(b): the persons of a denunciation are kept secret. */
  @Column('boolean', { default: false })
  isConfidential!: boolean;

  /** Merged into that case (its records stay here and show in that case's timeline). */
  @Index('ix_case__merged_into_id')
  @Column('uuid', { nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: CaseEntity;

  @Column('timestamptz', { nullable: true })
  mergedAt!: Date | null;

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
