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
import { CheckExtensionGround } from '../petitions/domain/petition-enums';
import { PetitionEntity } from '../petitions/petition.entity';
import type { DenunciationChecklist, WithdrawalRecord } from './denunciation-records';
import {
  DENUNCIATION_COMPLEXITIES,
  DENUNCIATION_KINDS,
  DENUNCIATION_STATUSES,
  DenunciationComplexity,
  DenunciationKind,
  DenunciationStatus,
} from './domain/denunciation-enums';
import {
  PRELIM_EXTENSION_STAGES,
  type PrelimExtensionStage,
} from './domain/denunciation-prelim-opening';
import {
  DENUNCIATION_TERMINATION_CAUSES,
  DenunciationTerminationCause,
} from './domain/denunciation-withdrawal';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One denunciation resolution proceeding (giải quyết tố cáo; DESIGN §2 DenunciationResolution;
 * DOMAIN §5): first or re-resolution after a follow-up, preliminary check (D11), acceptance (D13),
 * the D14 deadline with its extensions, verification, conclusion (D15) and handling (D16).
 * Holds no identity: the denouncer is a person of the vault, linked confidentially.
 */
@Entity('denunciation_resolution')
@Check('ck_denunciation_resolution__kind', `"kind" IN (${quoted(DENUNCIATION_KINDS)})`)
@Check('ck_denunciation_resolution__status', `"status" IN (${quoted(DENUNCIATION_STATUSES)})`)
@Check(
  'ck_denunciation_resolution__resume_to',
  `"resume_to" IS NULL OR "resume_to" IN (${quoted(DENUNCIATION_STATUSES)})`,
)
@Check(
  'ck_denunciation_resolution__complexity',
  `"complexity" IN (${quoted(DENUNCIATION_COMPLEXITIES)})`,
)
@Check(
  'ck_denunciation_resolution__termination_cause',
  `"termination_cause" IS NULL OR "termination_cause" IN (${quoted(DENUNCIATION_TERMINATION_CAUSES)})`,
)
@Check(
  'ck_denunciation_resolution__acceptance_timeliness',
  `"acceptance_timeliness" IS NULL OR "acceptance_timeliness" IN ('on_time', 'late')`,
)
@Check(
  'ck_denunciation_resolution__first_id',
  `("kind" = 're_resolution') = ("first_id" IS NOT NULL)`,
)
@Check('ck_denunciation_resolution__extension_count', `"extension_count" BETWEEN 0 AND 2`)
@Check(
  'ck_denunciation_resolution__prelim_extension_stage',
  `"prelim_extension_stage" IS NULL OR "prelim_extension_stage" IN (${quoted(PRELIM_EXTENSION_STAGES)})`,
)
@Check(
  'ck_denunciation_resolution__prelim_extension_ground',
  `"prelim_extension_ground" IS NULL OR "prelim_extension_ground" IN (${quoted(Object.values(CheckExtensionGround))})`,
)
@Check(
  'ck_denunciation_resolution__prelim_extension',
  `"prelim_extended" OR ("prelim_extension_stage" IS NULL AND "prelim_extension_ground" IS NULL AND "prelim_extended_by" IS NULL AND "prelim_extended_on" IS NULL AND "prelim_extension_note" IS NULL)`,
)
@Index('uq_denunciation_resolution__petition_id', ['petitionId'], { unique: true })
@Index('ix_denunciation_resolution__agency_id__status__due_on', ['agencyId', 'status', 'dueOn'])
@Index('ix_denunciation_resolution__case_id', ['caseId'])
@Index('ix_denunciation_resolution__first_id', ['firstId'])
@Index('ix_denunciation_resolution__agency_id__accepted_on', ['agencyId', 'acceptedOn'])
@Index('ix_denunciation_resolution__received_on__id', ['receivedOn', 'id'])
@Index('ix_denunciation_resolution__agency_id__received_on__id', ['agencyId', 'receivedOn', 'id'])
@Index('ix_denunciation_resolution__verification_lead_id', ['verificationLeadId'])
@Index('ix_denunciation_resolution__due_on', ['dueOn'])
// the statistics' period ranges (figure-sources.ts): migration IndexProceedingPeriods
@Index('ix_denunciation_resolution__agency_id__resolved_on', { synchronize: false })
@Index('ix_denunciation_resolution__agency_id__accepted_on__open', { synchronize: false })
export class DenunciationResolutionEntity {
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

  @Column('varchar', { length: 16 })
  kind!: DenunciationKind;

  /** Re-resolution: the first proceeding (Luật TC 2018 Đ37, Đ38). */
  @Column('uuid', { nullable: true })
  firstId!: string | null;

  @ManyToOne(() => DenunciationResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'first_id' })
  first?: DenunciationResolutionEntity;

  @Column('varchar', { length: 24, nullable: true })
  followUpBasis!: string | null;

  @Column('varchar', { length: 24 })
  status!: DenunciationStatus;

  @Column('varchar', { length: 24, nullable: true })
  resumeTo!: DenunciationStatus | null;

  /** From the petition: no name or address (Luật TC Đ25). */
  @Column('boolean', { default: false })
  isAnonymous!: boolean;

  @Column('varchar', { length: 24, default: DenunciationComplexity.Normal })
  complexity!: DenunciationComplexity;

  @Column('date')
  receivedOn!: string;

  @Column('boolean', { default: false })
  prelimExtended!: boolean;

  @Column('date') // D11: last day of the preliminary check
  prelimDueOn!: string;

  @Column('jsonb')
  prelimExplanation!: ExplanationStep[];

  /**
   * The one D11 extension (Luật TC 2018 Đ24 k1), when `prelim_extended`: where it was granted (at
   * the petition stage, carried over on opening, or in the proceeding), its ground, the leader and
   * the day. Codes, an officer id and a date: the step's event and audit row hold the same.
   */
  @Column('varchar', { length: 16, nullable: true })
  prelimExtensionStage!: PrelimExtensionStage | null;

  @Column('varchar', { length: 24, nullable: true })
  prelimExtensionGround!: CheckExtensionGround | null;

  @Column('uuid', { nullable: true })
  prelimExtendedBy!: string | null;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prelim_extended_by' })
  prelimExtender?: OfficerEntity;

  @Column('date', { nullable: true })
  prelimExtendedOn!: string | null;

  /**
   * The leader's free-text note on the extension (POST /denunciations/:id/extend-prelim-check
   * `reason`). Kept here only, as the other notes (`handling_note`, a petition's `outcome_note`):
   * never in the event or the audit row, whose data hold codes and dates (a hash-chained audit row
   * cannot be corrected if a note ever names a person).
   */
  @Column('varchar', { length: 1000, nullable: true })
  prelimExtensionNote!: string | null;

  /** Luật TC 2018 Đ29 k1, condition by condition, and the route it gave. */
  @Column('jsonb', { nullable: true })
  acceptanceChecklist!: DenunciationChecklist | null;

  @Column('varchar', { length: 8, nullable: true })
  acceptanceTimeliness!: Timeliness | null;

  @Column('date', { nullable: true })
  acceptedOn!: string | null;

  /** D13: notify the denouncer of the acceptance. */
  @Column('date', { nullable: true })
  noticeDueOn!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  transferredTo!: string | null;

  /** Đ25 k2: an anonymous denunciation's specific information may serve an inspection. */
  @Column('boolean', { nullable: true })
  usableAsInformation!: boolean | null;

  /** D14 (+ extensions, moved by suspensions); null before acceptance and while suspended. */
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

  @Column('smallint', { default: 0 })
  extensionCount!: number;

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

  /** Luật TC 2018 Đ35, Đ9 k2: the conclusion found a deliberately false denunciation. */
  @Column('boolean', { default: false })
  isDeliberatelyFalse!: boolean;

  @Column('date', { nullable: true })
  concludedOn!: string | null;

  /** D15: send the conclusion, notify the denouncer. */
  @Column('date', { nullable: true })
  conclusionNoticeDueOn!: string | null;

  /** D16: act on the conclusion. */
  @Column('date', { nullable: true })
  handlingDueOn!: string | null;

  @Column('date', { nullable: true })
  handledOn!: string | null;

  @Column('varchar', { length: 4000, nullable: true })
  handlingNote!: string | null;

  /** The last withdrawal and why the case continued or stopped (Luật TC Đ33). */
  @Column('jsonb', { nullable: true })
  withdrawal!: WithdrawalRecord | null;

  @Column('varchar', { length: 32, nullable: true })
  terminationCause!: DenunciationTerminationCause | null;

  @Column('date', { nullable: true })
  terminatedOn!: string | null;

  /**
   * The day the vụ việc was resolved: the termination day, else the day of its conclusion; null
   * while open. Set by the database (trigger of migration IndexProceedingPeriods) from the
   * columns it follows; the statistics select a period's proceedings by it.
   */
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  resolvedOn!: string | null;

  /** The conclusion, or the termination decision. */
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
