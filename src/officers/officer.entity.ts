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

import { AgencyEntity } from '../agencies/agency.entity';
import { ALL_ROLES, type Role } from '../auth/role';

/** A staff account (cán bộ): member of one agency, with one or more roles. */
@Entity('officer')
@Check('ck_officer__username', `"username" = lower("username") AND length("username") >= 3`)
@Check('ck_officer__roles', `cardinality("roles") >= 1`)
@Check('ck_officer__admin_alone', `NOT ('admin' = ANY("roles")) OR cardinality("roles") = 1`)
@Check(
  'ck_officer__known_roles',
  `"roles" <@ ARRAY[${ALL_ROLES.map((r) => `'${r}'`).join(',')}]::varchar[]`,
)
export class OfficerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_officer__username', { unique: true })
  @Column('varchar', { length: 64 })
  username!: string;

  @Column('varchar', { length: 255 })
  fullName!: string;

  @Index('ix_officer__agency_id')
  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column('varchar', { length: 32, array: true })
  roles!: Role[];

  @Column('varchar', { length: 255 })
  passwordHash!: string;

  @Column('boolean', { default: false })
  isDisabled!: boolean;

  /** Bumped on disable, role change and password reset: every older token stops working. */
  @Column('integer', { default: 1 })
  tokenVersion!: number;

  /** TOTP seed sealed with AES-256-GCM (key derived from the token secret, outside the DB). */
  @Column('varchar', { length: 255, nullable: true })
  totpSecretSealed!: string | null;

  @Column('boolean', { default: false })
  isTotpEnabled!: boolean;

  /** Last accepted TOTP time step: a code is never accepted twice. */
  @Column('bigint', { nullable: true })
  totpLastTimeStep!: string | null;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
