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

import { OfficerEntity } from '../officers/officer.entity';
import { EnforcementItemEntity } from './enforcement-item.entity';
import { EnforcementReopeningEntity } from './enforcement-reopening.entity';

/**
 * One progress entry of an item (DOMAIN §6.1): money collected or returned (whole đồng), land
 * recovered or returned (m²), the discipline measure taken, the prosecution result, or the action.
 * Never updated except to void it when a leader reopens the item (`voided_by_reopening_id`).
 */
@Entity('enforcement_progress')
@Check('ck_enforcement_progress__amount', `"amount" IS NULL OR "amount" > 0`)
@Check('ck_enforcement_progress__area', `"area" IS NULL OR "area" > 0`)
@Check('ck_enforcement_progress__unit', `"unit" IS NULL OR "unit" IN ('VND', 'm2')`)
@Index('ix_enforcement_progress__item_id__on', ['itemId', 'on'])
export class EnforcementProgressEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  itemId!: string;

  @ManyToOne(() => EnforcementItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: EnforcementItemEntity;

  @Column('date')
  on!: string;

  @Column('numeric', { precision: 20, scale: 0, nullable: true })
  amount!: string | null;

  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  area!: string | null;

  @Column('varchar', { length: 4, nullable: true })
  unit!: string | null;

  @Column('varchar', { length: 100 })
  documentRef!: string;

  @Column('varchar', { length: 2000, nullable: true })
  note!: string | null;

  @Column('varchar', { length: 2000, nullable: true })
  overCollectionNote!: string | null;

  @Column('varchar', { length: 2000, nullable: true })
  measure!: string | null;

  @Column('varchar', { length: 2000, nullable: true })
  action!: string | null;

  @Column('integer', { nullable: true })
  collectives!: number | null;

  @Column('integer', { nullable: true })
  persons!: number | null;

  @Column('integer', { nullable: true })
  officials!: number | null;

  @Column('integer', { nullable: true })
  cases!: number | null;

  @Column('uuid', { nullable: true })
  voidedByReopeningId!: string | null;

  @ManyToOne(() => EnforcementReopeningEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voided_by_reopening_id' })
  voidedBy?: EnforcementReopeningEntity;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
