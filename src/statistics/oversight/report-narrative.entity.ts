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

import { AgencyEntity } from '../../agencies/agency.entity';
import { OfficerEntity } from '../../officers/officer.entity';
import type { PeriodConvention } from '../domain/report-period';
import type { NarrativeSections } from './domain/narrative-sections';

/** The texts a leader saved for the oversight report of one agency and period. */
@Entity('report_narrative')
@Check('ck_report_narrative__period', `"period_from" <= "period_to"`)
@Check('ck_report_narrative__convention', `"convention" IN ('statutory', 'calendar', 'custom')`)
@Check(
  'ck_report_narrative__document_number',
  `"document_number" IS NULL OR "document_number" >= 1`,
)
@Index(
  'uq_report_narrative__agency_id__period',
  ['agencyId', 'periodFrom', 'periodTo', 'convention'],
  { unique: true },
)
export class ReportNarrativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column('date')
  periodFrom!: string;

  @Column('date')
  periodTo!: string;

  @Column('varchar', { length: 16 })
  convention!: PeriodConvention;

  @Column('jsonb', { default: () => "'{}'" })
  sections!: NarrativeSections;

  @Column('varchar', { length: 120, nullable: true })
  signerName!: string | null;

  @Column('varchar', { length: 120, nullable: true })
  signerTitle!: string | null;

  @Column('integer', { nullable: true })
  documentNumber!: number | null;

  @Column('jsonb', { default: () => "'[]'" })
  recipients!: string[];

  @Column('uuid')
  updatedBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updater?: OfficerEntity;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
