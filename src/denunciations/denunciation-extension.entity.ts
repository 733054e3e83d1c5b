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

import { DecisionEntity } from '../decisions/decision.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { DENUNCIATION_COMPLEXITIES, DenunciationComplexity } from './domain/denunciation-enums';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * An extension of the D14 period (Luật TC 2018 Đ30 k2–k4): at most two, each a written decision
 * with its reason, decided before the current due date passes.
 */
@Entity('denunciation_extension')
@Check('ck_denunciation_extension__seq', `"seq" IN (1, 2)`)
@Check(
  'ck_denunciation_extension__complexity',
  `"complexity" IN (${quoted(DENUNCIATION_COMPLEXITIES)})`,
)
@Index('uq_denunciation_extension__denunciation_id__seq', ['denunciationId', 'seq'], {
  unique: true,
})
export class DenunciationExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  denunciationId!: string;

  @ManyToOne(() => DenunciationResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'denunciation_id' })
  denunciation?: DenunciationResolutionEntity;

  @Column('smallint')
  seq!: number;

  @Index('ix_denunciation_extension__decision_id')
  @Column('uuid')
  decisionId!: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: DecisionEntity;

  @Column('date')
  decidedOn!: string;

  @Column('varchar', { length: 2000 })
  reason!: string;

  @Column('varchar', { length: 24 })
  complexity!: DenunciationComplexity;

  @Column('date')
  previousDueOn!: string;

  @Column('date', { nullable: true })
  newDueOn!: string | null;

  @Column('uuid')
  createdBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
