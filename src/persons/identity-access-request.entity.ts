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
import { ACCESS_REQUEST_STATUSES, type AccessRequestStatus } from './domain/access-request-status';
import { PERSON_RECORD_TYPES, type PersonRecordType } from './domain/person-enums';
import { PersonEntity } from './person.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * An investigator's request to read one person's identity for one record (or one case) they work
 * on, and a leader's decision on it (DESIGN.md §7; Luật Tố cáo 2018 Điều 56). Approval lasts until
 * `expiresAt`, covers only that record or case, and works only from `requesterAgencyId`.
 * Requests made before the target columns existed name none and grant nothing.
 */
@Entity('identity_access_request')
@Check('ck_identity_access_request__status', `"status" IN (${quoted(ACCESS_REQUEST_STATUSES)})`)
@Check('ck_identity_access_request__reason', `char_length(btrim("reason")) >= 10`)
// Decided exactly when not `requested`; an approval has an expiry; nobody decides their own request.
@Check(
  'ck_identity_access_request__decision',
  [
    `("status" = 'requested') = ("decided_by" IS NULL AND "decided_at" IS NULL)`,
    `("status" = 'approved') = ("expires_at" IS NOT NULL)`,
    `"decided_by" IS DISTINCT FROM "requester_id"`,
  ].join(' AND '),
)
@Check(
  'ck_identity_access_request__record_type',
  `"record_type" IN (${quoted(PERSON_RECORD_TYPES)})`,
)
// A record (type and id) or a case, never both; with a target come its agency and the requester's.
@Check(
  'ck_identity_access_request__target',
  [
    `("record_type" IS NULL) = ("record_id" IS NULL)`,
    `("record_id" IS NULL OR "case_id" IS NULL)`,
    `("record_id" IS NULL AND "case_id" IS NULL) = ("agency_id" IS NULL)`,
    `("agency_id" IS NULL) = ("requester_agency_id" IS NULL)`,
  ].join(' AND '),
)
@Index('ix_identity_access_request__person_id__requester_id', ['personId', 'requesterId'])
@Index('ix_identity_access_request__agency_id__created_at', ['agencyId', 'createdAt'])
@Index('uq_identity_access_request__person_id__requester_id', ['personId', 'requesterId'], {
  unique: true,
  where: `"status" = 'requested'`,
})
@Index('ix_identity_access_request__status__created_at', ['status', 'createdAt'])
export class IdentityAccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column('uuid')
  requesterId!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_id' })
  requester?: OfficerEntity;

  @Column('text')
  reason!: string;

  /** The record the requester works on (a visit, petition, proceeding …), or null with a case. */
  @Column('varchar', { length: 32, nullable: true })
  recordType!: PersonRecordType | null;

  @Column('uuid', { nullable: true })
  recordId!: string | null;

  /** The case the requester works on; the grant then covers its records linked to the person. */
  @Column('uuid', { nullable: true })
  caseId!: string | null;

  /** The agency of that record or case: leaders whose scope covers it decide. */
  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** The requester's agency, checked again at approval: the grant works only from there. */
  @Column('uuid', { nullable: true })
  requesterAgencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_agency_id' })
  requesterAgency?: AgencyEntity;

  @Column('varchar', { length: 16, default: 'requested' })
  status!: AccessRequestStatus;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by' })
  decider?: OfficerEntity;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('text', { nullable: true })
  decisionNote!: string | null;

  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('integer', { default: 1 })
  version!: number;
}
