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
import { CaseEntity } from '../cases/case.entity';
import { CASE_FIELDS, CaseField, CONTENT_TYPES, ContentType } from '../cases/domain/case-enums';
import { OfficerEntity } from '../officers/officer.entity';
import type { EligibilityAnswers } from './domain/eligibility';
import {
  HANDLING_OUTCOMES,
  HandlingOutcome,
  NOT_ACCEPTABLE_GROUNDS,
  NotAcceptableGround,
  PETITION_SOURCES,
  PETITION_STATUSES,
  PetitionSource,
  PetitionStatus,
  RESOLUTION_STATUSES,
  ResolutionStatus,
  SIGNATORY_KINDS,
  SignatoryKind,
} from './domain/petition-enums';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** One received petition (đơn), DESIGN.md §2 Petition; DOMAIN §3 (docs/petitions.md). */
@Entity('petition')
@Check('ck_petition__source', `"source" IN (${quoted(PETITION_SOURCES)})`)
@Check('ck_petition__type', `"type" IN (${quoted(CONTENT_TYPES)})`)
@Check('ck_petition__field', `"field" IN (${quoted(CASE_FIELDS)})`)
@Check('ck_petition__status', `"status" IN (${quoted(PETITION_STATUSES)})`)
@Check('ck_petition__signatory_kind', `"signatory_kind" IN (${quoted(SIGNATORY_KINDS)})`)
@Check('ck_petition__outcome', `"outcome" IN (${quoted(HANDLING_OUTCOMES)})`)
@Check(
  'ck_petition__not_acceptable_ground',
  `"not_acceptable_ground" IN (${quoted(NOT_ACCEPTABLE_GROUNDS)})`,
)
@Check('ck_petition__resolution_status', `"resolution_status" IN (${quoted(RESOLUTION_STATUSES)})`)
@Check('ck_petition__book_no', `"book_no" >= 1`)
// handled on or after receipt: the month counts subtract handlings from receipts (CountPetitionsByMonth)
@Check('ck_petition__handled_after_received', `"handled_on" >= "received_on"`)
@Index('uq_petition__agency_id__book_year__book_no', ['agencyId', 'bookYear', 'bookNo'], {
  unique: true,
})
// (agency_id, received_on, id) INCLUDE (figure columns): migration CoverPetitionStatistics
@Index('ix_petition__agency_id__received_on__id', { synchronize: false })
@Index('ix_petition__agency_id__type__received_on__id', ['agencyId', 'type', 'receivedOn', 'id'])
@Index('ix_petition__agency_id__source__received_on__id', [
  'agencyId',
  'source',
  'receivedOn',
  'id',
])
@Index('ix_petition__agency_id__field__received_on__id', ['agencyId', 'field', 'receivedOn', 'id'])
@Index('ix_petition__agency_id__status__received_on__id', [
  'agencyId',
  'status',
  'receivedOn',
  'id',
])
@Index('ix_petition__agency_id__outcome__received_on__id', [
  'agencyId',
  'outcome',
  'receivedOn',
  'id',
])
@Index('ix_petition__handler_id__received_on__id', ['handlerId', 'receivedOn', 'id'])
@Index('ix_petition__created_by__received_on__id', ['createdBy', 'receivedOn', 'id'])
// (agency_id | handler_id, current due date) WHERE in the worklists: expression indexes,
// migration KeepProposedDenunciationsInWorklist (petition-worklist.sql.ts)
@Index('ix_petition__agency_id__due_on', { synchronize: false })
@Index('ix_petition__handler_id__due_on', { synchronize: false })
@Index('ix_petition__summary_trgm', { synchronize: false }) // GIN trigram: migration only
// (agency_id, handled_on) INCLUDE (figure columns): statistics, migration CoverPetitionStatistics
@Index('ix_petition__agency_id__handled_on', { synchronize: false })
export class PetitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** Number in the agency's petition book of that year: gapless (database/record-number.ts). */
  @Column('smallint')
  bookYear!: number;

  @Column('integer')
  bookNo!: number;

  @Column('date')
  receivedOn!: string;

  @Column('varchar', { length: 32 })
  source!: PetitionSource;

  /** The body that sent it, with its dispatch (công văn chuyển đơn). */
  @Column('varchar', { length: 255, nullable: true })
  senderBody!: string | null;

  @Column('varchar', { length: 64, nullable: true })
  dispatchNo!: string | null;

  @Column('date', { nullable: true })
  dispatchOn!: string | null;

  @Column('varchar', { length: 16 })
  type!: ContentType;

  @Column('varchar', { length: 32 })
  field!: CaseField;

  @Column('varchar', { length: 2000 })
  summary!: string;

  /** The body or official complained about or denounced; never the denouncer. */
  @Column('varchar', { length: 500, nullable: true })
  respondent!: string | null;

  @Column('varchar', { length: 8, default: SignatoryKind.One })
  signatoryKind!: SignatoryKind;

  @Column('boolean', { default: false })
  isAnonymous!: boolean;

  @Index('ix_petition__case_id')
  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  /** The visit it was handed over at, if any (no foreign key: the visit belongs to reception). */
  @Index('uq_petition__visit_id', { unique: true })
  @Column('uuid', { nullable: true })
  visitId!: string | null;

  /** A part of a split mixed petition points to it (DOMAIN §3.4). */
  @Index('ix_petition__parent_id')
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: PetitionEntity;

  @Column('smallint', { nullable: true })
  partNo!: number | null;

  /** D1: due date of the handling (xử lý đơn), from the rule version in force on receipt. */
  @Index('ix_petition__handling_due_on')
  @Column('date')
  handlingDueOn!: string;

  @Column('varchar', { length: 8 })
  handlingRuleKey!: string;

  @Column('integer')
  handlingRuleVersion!: number;

  /** D11 (denunciations): preliminary check and acceptance decision; extendable once. */
  @Column('date', { nullable: true })
  checkDueOn!: string | null;

  @Column('integer', { nullable: true })
  checkRuleVersion!: number | null;

  @Column('boolean', { default: false })
  checkExtended!: boolean;

  /** D12 (denunciations): transfer when outside competence, denouncer notified. */
  @Column('date', { nullable: true })
  transferDueOn!: string | null;

  @Column('integer', { nullable: true })
  transferRuleVersion!: number | null;

  /** The earliest deadline that applies while the petition is open (domain/petition-due.ts). */
  @Column('date')
  dueOn!: string;

  @Column('varchar', { length: 32, default: PetitionStatus.Received })
  status!: PetitionStatus;

  /** The officer who handles it (assigned by a leader). */
  @Column('uuid', { nullable: true })
  handlerId!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handler_id' })
  handler?: OfficerEntity;

  /** The conditions of TT 05/2021 as checked, item by item. */
  @Column('jsonb', { nullable: true })
  eligibility!: EligibilityAnswers | null;

  @Column('boolean', { nullable: true })
  isEligible!: boolean | null;

  @Column('boolean', { nullable: true })
  isInCompetence!: boolean | null;

  @Column('varchar', { length: 24, nullable: true })
  resolutionStatus!: ResolutionStatus | null;

  @Column('varchar', { length: 32, nullable: true })
  outcome!: HandlingOutcome | null;

  @Column('date', { nullable: true })
  handledOn!: string | null;

  /** The body guided to, forwarded to, urged or referred to. */
  @Column('varchar', { length: 500, nullable: true })
  outcomeBody!: string | null;

  @Column('varchar', { length: 40, nullable: true })
  notAcceptableGround!: NotAcceptableGround | null;

  @Column('varchar', { length: 2000, nullable: true })
  outcomeNote!: string | null;

  /** Luật TC 2018 Điều 24(2): the denouncer was told of the transfer on this day. */
  @Column('date', { nullable: true })
  denouncerNotifiedOn!: string | null;

  @Column('uuid')
  createdBy!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: OfficerEntity;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
