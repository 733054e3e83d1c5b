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

import { ENFORCEMENT_TYPES, EnforcementType } from './domain/recommended-measures';
import { DecisionEntity } from './decision.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One recommended measure of a decision or conclusion (DOMAIN §4.7, §5.5, §6.1), structured so the
 * enforcement module can track it: money in VND (numeric(20,0)), land in m² (numeric(14,2)),
 * counts of collectives, persons and officials, beneficiaries. Validated by validateMeasures().
 */
@Entity('decision_measure')
@Check('ck_decision_measure__type', `"type" IN (${quoted(ENFORCEMENT_TYPES)})`)
@Check('ck_decision_measure__amount', `"amount" IS NULL OR "amount" > 0`)
@Check('ck_decision_measure__area', `"area" IS NULL OR "area" > 0`)
@Check('ck_decision_measure__officials', `"officials" IS NULL OR "officials" <= "persons"`)
@Index('uq_decision_measure__decision_id__position', ['decisionId', 'position'], { unique: true })
@Index('ix_decision_measure__type', ['type'])
export class DecisionMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  decisionId!: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: DecisionEntity;

  /** Order in the decision (0-based, as `measures.<i>` in the request). */
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
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
