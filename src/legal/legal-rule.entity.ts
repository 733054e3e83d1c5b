import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { DeadlineUnit } from './domain/legal-rule';

/**
 * One version of a deadline rule (DOMAIN §11; DESIGN §4): values, unit, legal basis and the dates
 * it is in force. A proceeding uses the version in force on its triggering date.
 */
@Entity('legal_rule')
@Index('uq_legal_rule__key__version', ['key', 'version'], { unique: true })
@Index('ix_legal_rule__key__effective_from', ['key', 'effectiveFrom'])
@Check('ck_legal_rule__unit', `"unit" IS NULL OR "unit" IN ('calendar_days', 'working_days')`)
export class LegalRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 8 })
  key!: string;

  @Column('integer')
  version!: number;

  @Column('varchar', { length: 255 })
  title!: string;

  /** null for rules that are not a period in days (D17 periodic reception, D18 report periods). */
  @Column('varchar', { length: 16, nullable: true })
  unit!: DeadlineUnit | null;

  @Column('integer', { nullable: true })
  normalDays!: number | null;

  @Column('integer', { nullable: true })
  complexDays!: number | null;

  @Column('integer', { nullable: true })
  remoteDays!: number | null;

  @Column('integer', { nullable: true })
  remoteComplexDays!: number | null;

  @Column('integer', { nullable: true })
  extensionDays!: number | null;

  @Column('integer', { default: 0 })
  maxExtensions!: number;

  @Column('integer', { nullable: true })
  complexExtensionDays!: number | null;

  @Column('text')
  legalBasis!: string;

  /** `date` columns come back from pg as 'YYYY-MM-DD' strings (LocalDate). */
  @Column('date')
  effectiveFrom!: string;

  @Column('date', { nullable: true })
  effectiveTo!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
