import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { OfficerEntity } from '../officers/officer.entity';
import { EnforcementItemEntity } from './enforcement-item.entity';

/** A leader's reopening of a completed item, with the reason; it voids the entries it names. */
@Entity('enforcement_reopening')
@Index('ix_enforcement_reopening__item_id', ['itemId'])
export class EnforcementReopeningEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  itemId!: string;

  @ManyToOne(() => EnforcementItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: EnforcementItemEntity;

  @Column('date')
  on!: string;

  @Column('varchar', { length: 2000 })
  reason!: string;

  @Column('uuid')
  byOfficerId!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_officer_id' })
  byOfficer?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
