import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { AgencyEntity } from './agency.entity';
import { SuccessionKind } from './domain/agency-enums';

const KINDS = Object.values(SuccessionKind)
  .map((v) => `'${v}'`)
  .join(', ');

/** A successor link (merge, split, rename, transfer): old → new unit, from `effectiveOn`. */
@Entity('agency_succession')
@Check('ck_agency_succession__kind', `"kind" IN (${KINDS})`)
@Check('ck_agency_succession__successor_id', `"successor_id" <> "predecessor_id"`)
export class AgencySuccessionEntity {
  @PrimaryColumn('uuid')
  predecessorId!: string;

  @Index('ix_agency_succession__successor_id')
  @PrimaryColumn('uuid')
  successorId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: AgencyEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id' })
  successor?: AgencyEntity;

  /** First day the successor is in force. */
  @Column('date')
  effectiveOn!: string;

  @Column('varchar', { length: 16 })
  kind!: SuccessionKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
