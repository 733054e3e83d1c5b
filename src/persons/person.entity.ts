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

import { AgencyEntity } from '../agencies/agency.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { PERSON_KINDS, type PersonKind } from './domain/person-enums';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A citizen or organisation that visits or petitions (DESIGN.md §2 Person). Holds no identity: the
 * identity lives encrypted in `person_identity`; everywhere else the person is its pseudonym.
 */
@Entity('person')
@Check('ck_person__kind', `"kind" IN (${quoted(PERSON_KINDS)})`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 16 })
  kind!: PersonKind;

  /** e.g. `CD-2026-000123` (domain/pseudonym.ts), from the sequence `person_pseudonym_seq`. */
  @Index('uq_person__pseudonym', { unique: true })
  @Column('varchar', { length: 32 })
  pseudonym!: string;

  /** The recording agency. */
  @Index('ix_person__agency_id')
  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** The officer who recorded the person; null for the system (imports). */
  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: OfficerEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('integer', { default: 1 })
  version!: number;
}
