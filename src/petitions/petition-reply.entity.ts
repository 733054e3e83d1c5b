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
import { PetitionEntity } from './petition.entity';

/** A reply (văn bản phúc đáp) received for a forwarded petition: 01/XLD column 26. */
@Entity('petition_reply')
@Index('ix_petition_reply__reply_on', ['replyOn'])
export class PetitionReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_petition_reply__petition_id')
  @Column('uuid')
  petitionId!: string;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: PetitionEntity;

  @Column('varchar', { length: 255 })
  fromBody!: string;

  @Column('varchar', { length: 64 })
  replyNo!: string;

  @Column('date')
  replyOn!: string;

  @Column('varchar', { length: 2000, nullable: true })
  summary!: string | null;

  @Column('uuid')
  recordedBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
