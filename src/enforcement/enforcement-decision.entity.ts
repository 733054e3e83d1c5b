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
import { DecisionEntity } from '../decisions/decision.entity';
import { DECISION_KINDS, type DecisionKind } from '../decisions/domain/decision-outcome';
import { OfficerEntity } from '../officers/officer.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export type EnforcementSource = 'system' | 'import';

/**
 * A legally effective decision or conclusion whose enforcement is tracked (DOMAIN §6): either a
 * decision issued in the system (`decision_id`) or one imported from before the system existed
 * (number, dates and issuer as given in the file). `completed_on` caches the domain's completion
 * day (decision-completion.ts), rewritten with every progress entry and reopening.
 */
@Entity('enforcement_decision')
@Check('ck_enforcement_decision__kind', `"kind" IN (${quoted(DECISION_KINDS)})`)
@Check('ck_enforcement_decision__source', `"source" IN ('system', 'import')`)
@Index('uq_enforcement_decision__decision_id', ['decisionId'], { unique: true })
@Index('ix_enforcement_decision__agency_id__legal_effect_on', ['agencyId', 'legalEffectOn'])
// the statistics' period ranges (figure-sources.ts): migration IndexProceedingPeriods
@Index('ix_enforcement_decision__agency_id__legal_effect_on__open', { synchronize: false })
@Index('ix_enforcement_decision__agency_id__done_on', { synchronize: false })
@Index('ix_enforcement_decision__agency_id__number_symbol__issued_on', [
  'agencyId',
  'numberSymbol',
  'issuedOn',
])
export class EnforcementDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** The decision issued in the system; null for an imported one. */
  @Column('uuid', { nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: DecisionEntity;

  @Column('varchar', { length: 40 })
  kind!: DecisionKind;

  @Column('varchar', { length: 16 })
  source!: EnforcementSource;

  @Column('varchar', { length: 64 })
  numberSymbol!: string;

  @Column('date')
  issuedOn!: string;

  @Column('date')
  legalEffectOn!: string;

  /** The day enforcement was opened (or the import day). */
  @Column('date')
  enforcementStartedOn!: string;

  /** Thực hiện dứt điểm: the day its last item was completed; null while any item is open. */
  @Column('date', { nullable: true })
  completedOn!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

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
