import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { AgencyKind, AgencyLevel } from './domain/agency-enums';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A unit of the time-versioned agency tree (cơ quan, đơn vị). It is in force from `validFrom`
 * to `validTo` inclusive (null = still in force); a code belongs to one unit at a time.
 */
@Entity('agency')
@Check('ck_agency__level', `"level" IN (${quoted(Object.values(AgencyLevel))})`)
@Check('ck_agency__kind', `"kind" IN (${quoted(Object.values(AgencyKind))})`)
@Check('ck_agency__valid_to', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
@Exclusion(
  'ex_agency__code',
  `USING gist ("code" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&)`,
)
@Index('uq_agency__code', ['code'], { unique: true, where: `"valid_to" IS NULL` })
@Index('ix_agency__valid_from__valid_to', ['validFrom', 'validTo'])
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 32 })
  code!: string;

  @Column('varchar', { length: 255 })
  name!: string;

  @Column('varchar', { length: 16 })
  level!: AgencyLevel;

  @Column('varchar', { length: 32 })
  kind!: AgencyKind;

  @Index('ix_agency__parent_id')
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: AgencyEntity | null;

  @Column('date')
  validFrom!: string;

  /** Inclusive last day in force; null = still in force. */
  @Column('date', { nullable: true })
  validTo!: string | null;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
