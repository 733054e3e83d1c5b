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
import {
  PERSON_RECORD_TYPES,
  PERSON_ROLES,
  type PersonRecordType,
  type PersonRole,
} from './domain/person-enums';
import { PersonEntity } from './person.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A person's part in a record of another module (a visit, a petition …). Its agency and officer
 * decide who may read the person's identity (domain/identity-access.ts).
 */
@Entity('person_record_link')
@Check('ck_person_record_link__record_type', `"record_type" IN (${quoted(PERSON_RECORD_TYPES)})`)
@Check('ck_person_record_link__role', `"role" IN (${quoted(PERSON_ROLES)})`)
// Luật Tố cáo 2018 Điều 9(1)(b): a denouncer's identity is always confidential.
@Check('ck_person_record_link__is_confidential', `"role" <> 'denouncer' OR "is_confidential"`)
@Index(
  'uq_person_record_link__record_type__record_id__person_id__role',
  ['recordType', 'recordId', 'personId', 'role'],
  { unique: true },
)
export class PersonRecordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_person_record_link__person_id')
  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column('varchar', { length: 32 })
  recordType!: PersonRecordType;

  /** The record's id in its own table (no foreign key: the record lives in another module). */
  @Column('uuid')
  recordId!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** The officer who recorded or handles the record. */
  @Index('ix_person_record_link__officer_id')
  @Column('uuid', { nullable: true })
  officerId!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_id' })
  officer?: OfficerEntity;

  @Column('varchar', { length: 32 })
  role!: PersonRole;

  @Column('boolean', { default: false })
  isConfidential!: boolean;

  /**
   * The case (vụ việc) the record belongs to, when the linking module gives it: an access grant
   * for a case covers the records linked with it. No foreign key (the case lives in `cases`).
   */
  @Column('uuid', { nullable: true })
  caseId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
