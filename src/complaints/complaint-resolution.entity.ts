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
import { DecisionEntity } from '../decisions/decision.entity';
import type { Timeliness } from '../decisions/domain/timeliness';
import type { ExplanationStep } from '../legal/domain/deadline-engine';
import { OfficerEntity } from '../officers/officer.entity';
import { PetitionEntity } from '../petitions/petition.entity';
import type { AcceptanceChecklist } from './complaint-checklist';
import {
  COMPLAINT_ROUNDS,
  COMPLAINT_STATUSES,
  ComplaintRound,
  ComplaintStatus,
} from './domain/complaint-enums';
import {
  COMPLAINT_TERMINATION_CAUSES,
  ComplaintTerminationCause,
} from './domain/complaint-termination';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One complaint resolution proceeding (giải quyết khiếu nại) at one agency, round 1 or 2 (DESIGN §2
 * ComplaintResolution; DOMAIN §4): acceptance with its checklist, flags, the resolution deadline
 * with the rule version used and its explanation, verification, lawsuit, termination, decision.
 */
@Entity('complaint_resolution')
@Check('ck_complaint_resolution__round', `"round" IN (${quoted(COMPLAINT_ROUNDS)})`)
@Check('ck_complaint_resolution__status', `"status" IN (${quoted(COMPLAINT_STATUSES)})`)
@Check(
  'ck_complaint_resolution__resume_to',
  `"resume_to" IS NULL OR "resume_to" IN (${quoted(COMPLAINT_STATUSES)})`,
)
@Check(
  'ck_complaint_resolution__termination_cause',
  `"termination_cause" IS NULL OR "termination_cause" IN (${quoted(COMPLAINT_TERMINATION_CAUSES)})`,
)
@Check(
  'ck_complaint_resolution__acceptance_timeliness',
  `"acceptance_timeliness" IS NULL OR "acceptance_timeliness" IN ('on_time', 'late')`,
)
@Check(
  'ck_complaint_resolution__first_round_id',
  `("round" = 'second') = ("first_round_id" IS NOT NULL)`,
)
@Check(
  'ck_complaint_resolution__complex_reason',
  `NOT "is_complex" OR "complex_reason" IS NOT NULL`,
)
@Check('ck_complaint_resolution__remote_reason', `NOT "is_remote" OR "remote_reason" IS NOT NULL`)
@Check('ck_complaint_resolution__obstacle_days', `"obstacle_days" >= 0`)
@Index('uq_complaint_resolution__petition_id', ['petitionId'], { unique: true })
@Index('ix_complaint_resolution__agency_id__status__due_on', ['agencyId', 'status', 'dueOn'])
@Index('ix_complaint_resolution__case_id', ['caseId'])
@Index('ix_complaint_resolution__first_round_id', ['firstRoundId'])
@Index('ix_complaint_resolution__verification_lead_id', ['verificationLeadId'])
@Index('ix_complaint_resolution__due_on', ['dueOn'])
@Index('ix_complaint_resolution__agency_id__accepted_on', ['agencyId', 'acceptedOn'])
@Index('ix_complaint_resolution__received_on__id', ['receivedOn', 'id'])
@Index('ix_complaint_resolution__agency_id__received_on__id', ['agencyId', 'receivedOn', 'id'])
// the statistics' period ranges (figure-sources.ts): migration IndexProceedingPeriods
@Index('ix_complaint_resolution__agency_id__resolved_on', { synchronize: false })
@Index('ix_complaint_resolution__agency_id__accepted_on__open', { synchronize: false })
export class ComplaintResolutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column('uuid')
  petitionId!: string;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: PetitionEntity;

  @Column('varchar', { length: 8 })
  round!: ComplaintRound;

  /** Round 2: the round-1 proceeding it challenges (Luật KN Đ33). */
  @Column('uuid', { nullable: true })
  firstRoundId!: string | null;

  @ManyToOne(() => ComplaintResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'first_round_id' })
  firstRound?: ComplaintResolutionEntity;

  @Column('varchar', { length: 24 })
  status!: ComplaintStatus;

  @Column('varchar', { length: 24, nullable: true })
  resumeTo!: ComplaintStatus | null;

  @Column('boolean', { default: false })
  isComplex!: boolean;

  @Column('varchar', { length: 1000, nullable: true })
  complexReason!: string | null;

  @Column('boolean', { default: false })
  isRemote!: boolean;

  @Column('varchar', { length: 1000, nullable: true })
  remoteReason!: string | null;

  @Column('date') // the petition's receipt day: starts D4
  receivedOn!: string;

  /** D4: last day to accept or refuse with reasons (Luật KN Đ27, Đ36). */
  @Column('date')
  acceptanceDueOn!: string;

  @Column('jsonb')
  acceptanceExplanation!: ExplanationStep[];

  /** Day lodged (postmark), when earlier than the receipt. */
  @Column('date', { nullable: true })
  filedOn!: string | null;

  /** Round 1: day the decision or act became known (D2 start). */
  @Column('date', { nullable: true })
  decisionKnownOn!: string | null;

  /** Round 1: days lost to objective obstacles (Luật KN Đ9). */
  @Column('integer', { default: 0 })
  obstacleDays!: number;

  /** Round 2: day the complainant received the round-1 decision (D7 start). */
  @Column('date', { nullable: true })
  firstRoundDecisionReceivedOn!: string | null;

  /** D2 (+ obstacles) or D7: last day to file. */
  @Column('date', { nullable: true })
  limitationDueOn!: string | null;

  @Column('jsonb', { nullable: true })
  limitationExplanation!: ExplanationStep[] | null;

  /** Luật KN Đ11, item by item, as answered and evaluated at acceptance or refusal. */
  @Column('jsonb', { nullable: true })
  acceptanceChecklist!: AcceptanceChecklist | null;

  @Column('varchar', { length: 8, nullable: true })
  acceptanceTimeliness!: Timeliness | null;

  @Column('date', { nullable: true })
  acceptedOn!: string | null;

  /** D5 / D8 due date; null before acceptance and while suspended. */
  @Column('date', { nullable: true })
  dueOn!: string | null;

  @Column('varchar', { length: 8, nullable: true })
  dueRuleKey!: string | null;

  @Column('integer', { nullable: true })
  dueRuleVersion!: number | null;

  @Column('jsonb', { nullable: true })
  dueExplanation!: ExplanationStep[] | null;

  @Column('integer', { nullable: true }) // while suspended: days left after resumption
  dueRemainingDays!: number | null;

  @Column('uuid', { nullable: true })
  verificationLeadId!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verification_lead_id' })
  verificationLead?: OfficerEntity;

  @Column('uuid', { array: true, default: () => "'{}'" })
  verificationMemberIds!: string[];

  @Column('uuid', { nullable: true })
  verificationDecisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verification_decision_id' })
  verificationDecision?: DecisionEntity;

  @Column('boolean', { default: false })
  hasVerificationReport!: boolean;

  /** Round 1: the complainant's demands still differ from the verification result (Đ30). */
  @Column('boolean', { nullable: true })
  demandsDifferFromVerification!: boolean | null;

  @Column('boolean', { default: false })
  dialogueHeld!: boolean;

  @Column('varchar', { length: 255, nullable: true })
  lawsuitCourt!: string | null;

  @Column('date', { nullable: true })
  lawsuitFiledOn!: string | null;

  @Column('varchar', { length: 32, nullable: true })
  terminationCause!: ComplaintTerminationCause | null;

  @Column('date', { nullable: true })
  terminatedOn!: string | null;

  /**
   * The day the vụ việc was resolved: the termination day, else the day of its decision on the
   * complaint (round 1 or 2); null while open. Set by the database (trigger of migration
   * IndexProceedingPeriods); the statistics select a period's proceedings by it.
   */
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  resolvedOn!: string | null;

  /** Withdrawals: may the content be complained about again (Luật 136/2025/QH15)? */
  @Column('boolean', { nullable: true })
  withdrawalReconsiderable!: boolean | null;

  /** The decision that ended the proceeding: on the merits, or the termination. */
  @Column('uuid', { nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: DecisionEntity;

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
