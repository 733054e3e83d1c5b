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
import { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { LegalEffectBlock } from './domain/complaint-deadlines';

const CHALLENGES = Object.values(LegalEffectBlock)
  .map((v) => `'${v}'`)
  .join(', ');

/**
 * A challenge of a complaint proceeding that ended without being decided (POST
 * /complaints/:id/drop-challenge; Luật KN Đ7, Đ33, Đ44): the round-2 complaint was not accepted,
 * or the court returned the lawsuit. The proceeding went back to its status before; a lawsuit's
 * court and filing day, cleared from the proceeding, are kept here, with the leader's free-text
 * `reason`. The reason is kept here only — never in the step's event or audit row, whose data
 * hold codes, dates and ids (a hash-chained audit row cannot be corrected if a note names a
 * person), as a suspension's reason and a denunciation's `prelim_extension_note`.
 */
@Entity('complaint_dropped_challenge')
@Check('ck_complaint_dropped_challenge__challenge', `"challenge" IN (${CHALLENGES})`)
@Check(
  'ck_complaint_dropped_challenge__lawsuit',
  `"challenge" = 'lawsuit' OR ("lawsuit_court" IS NULL AND "lawsuit_filed_on" IS NULL)`,
)
@Index('ix_complaint_dropped_challenge__complaint_id__dropped_on', ['complaintId', 'droppedOn'])
export class ComplaintDroppedChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  complaintId!: string;

  @ManyToOne(() => ComplaintResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id' })
  complaint?: ComplaintResolutionEntity;

  /** `second_round` (escalated → back) or `lawsuit` (in court → back). */
  @Column('varchar', { length: 16 })
  challenge!: LegalEffectBlock;

  /** The day the leader recorded it (the event's `acted_on`). */
  @Column('date')
  droppedOn!: string;

  /** The lawsuit's court as recorded (`record-lawsuit`); null for rows filled from old events. */
  @Column('varchar', { length: 255, nullable: true })
  lawsuitCourt!: string | null;

  @Column('date', { nullable: true })
  lawsuitFiledOn!: string | null;

  /** The leader's free-text reason; null only where an old event did not carry one. */
  @Column('varchar', { length: 2000, nullable: true })
  reason!: string | null;

  @Column('uuid')
  createdBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
