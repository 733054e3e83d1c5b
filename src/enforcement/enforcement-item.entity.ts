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

import { DecisionMeasureEntity } from '../decisions/decision-measure.entity';
import { ENFORCEMENT_TYPES, EnforcementType } from '../decisions/domain/recommended-measures';
import { ItemStatus } from './domain/item-status';
import { EnforcementDecisionEntity } from './enforcement-decision.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One enforcement item (DESIGN §2 EnforcementItem): the recommended measure as required (money in
 * whole đồng numeric(20,0), land in m² numeric(14,2), counts), who carries it out and by when.
 * `status` and `completed_on` cache what the domain computes from the progress entries.
 */
@Entity('enforcement_item')
@Check('ck_enforcement_item__type', `"type" IN (${quoted(ENFORCEMENT_TYPES)})`)
@Check('ck_enforcement_item__status', `"status" IN (${quoted(Object.values(ItemStatus))})`)
@Check('ck_enforcement_item__amount', `"amount" IS NULL OR "amount" > 0`)
@Check('ck_enforcement_item__area', `"area" IS NULL OR "area" > 0`)
@Index(
  'uq_enforcement_item__enforcement_decision_id__position',
  ['enforcementDecisionId', 'position'],
  { unique: true },
)
@Index('uq_enforcement_item__measure_id', ['measureId'], { unique: true })
@Index('ix_enforcement_item__responsible_body__enforcement_decision_id', [
  'responsibleBody',
  'enforcementDecisionId',
])
export class EnforcementItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  enforcementDecisionId!: string;

  @ManyToOne(() => EnforcementDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enforcement_decision_id' })
  enforcementDecision?: EnforcementDecisionEntity;

  /** The decision's recommended measure; null for imported items and the default "other" item. */
  @Column('uuid', { nullable: true })
  measureId!: string | null;

  @ManyToOne(() => DecisionMeasureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id' })
  measure?: DecisionMeasureEntity;

  @Column('uuid')
  agencyId!: string;

  @Column('smallint')
  position!: number;

  @Column('varchar', { length: 32 })
  type!: EnforcementType;

  /** VND, whole đồng, as a decimal string. */
  @Column('numeric', { precision: 20, scale: 0, nullable: true })
  amount!: string | null;

  /** m², as a decimal string. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  area!: string | null;

  @Column('integer', { nullable: true })
  collectives!: number | null;

  @Column('integer', { nullable: true })
  persons!: number | null;

  @Column('integer', { nullable: true })
  officials!: number | null;

  @Column('integer', { nullable: true })
  beneficiaries!: number | null;

  @Column('varchar', { length: 2000, nullable: true })
  description!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  responsibleBody!: string | null;

  @Column('date', { nullable: true })
  dueOn!: string | null;

  @Column('varchar', { length: 16, default: ItemStatus.NotStarted })
  status!: ItemStatus;

  @Column('date', { nullable: true })
  completedOn!: string | null;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
