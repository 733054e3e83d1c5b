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

import { OfficerEntity } from '../../officers/officer.entity';
import type { SessionAssurance } from '../domain/session-assurance';

/** One login. A token names its session; logout revokes it. */
@Entity('auth_session')
@Check('ck_auth_session__assurance', `"assurance" IN ('full', 'totp_enrolment')`)
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_auth_session__officer_id')
  @Column('uuid')
  officerId!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'officer_id' })
  officer?: OfficerEntity;

  /** 'full', or 'totp_enrolment' for an admin/leader who must still enrol a second factor. */
  @Column('varchar', { length: 32 })
  assurance!: SessionAssurance;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
