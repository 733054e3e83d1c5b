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
import { ComplaintResolutionEntity } from './complaint-resolution.entity';

/** A participant of a dialogue as written in its minutes. */
export interface DialogueParticipant {
  name: string;
  /** complainant, respondent, related party, agency, officer … as written. */
  role: string;
}

/**
 * A dialogue (đối thoại) of a complaint proceeding and its minutes (DOMAIN §4.5; Luật KN Đ30 round
 * 1 when demands and verification differ, Đ39 round 2 always).
 */
@Entity('complaint_dialogue')
@Index('ix_complaint_dialogue__complaint_id__held_on', ['complaintId', 'heldOn'])
export class ComplaintDialogueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  complaintId!: string;

  @ManyToOne(() => ComplaintResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id' })
  complaint?: ComplaintResolutionEntity;

  @Column('date')
  heldOn!: string;

  @Column('varchar', { length: 500 })
  place!: string;

  /** Who chaired it (DOMAIN §4.5: the head may delegate the first-round dialogue). */
  @Column('varchar', { length: 255 })
  chairedBy!: string;

  @Column('jsonb')
  participants!: DialogueParticipant[];

  @Column('varchar', { length: 8000 })
  minutes!: string;

  @Column('varchar', { length: 4000, nullable: true })
  agreedPoints!: string | null;

  @Column('uuid')
  recordedBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
