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
import { OfficerEntity } from '../officers/officer.entity';
import type { ExplanationStep } from '../legal/domain/deadline-engine';
import { DOCUMENT_TYPES, DocumentType } from './domain/decision-number';
import { DECISION_OUTCOMES, DecisionOutcome } from './domain/decision-outcome';
import { ISSUED_DOCUMENT_KINDS, IssuedDocumentKind } from './domain/document-kind';
import { TIMELINESS_VALUES, Timeliness } from './domain/timeliness';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
/** What a document is issued in: a proceeding, or the handling of a petition (xử lý đơn). */
export type DocumentProceedingType = 'complaint' | 'denunciation' | 'petition';
const PROCEEDINGS = `'complaint', 'denunciation', 'petition'`;

/**
 * A numbered document issued in a proceeding (DESIGN §2 Decision): the decision or conclusion that
 * ends it, with outcome, legal-effect date (D9) and timeliness, and the acts on the way (notices,
 * verification assignment, extensions, termination); also the numbered documents of petition
 * handling (proceeding_type 'petition', proceeding_id the petition). Numbers are gapless per agency, register
 * (document type) and year. The enforcement module tracks the measures of the outcome kinds.
 */
@Entity('decision')
@Check('ck_decision__kind', `"kind" IN (${quoted(ISSUED_DOCUMENT_KINDS)})`)
@Check('ck_decision__document_type', `"document_type" IN (${quoted(DOCUMENT_TYPES)})`)
@Check('ck_decision__proceeding_type', `"proceeding_type" IN (${PROCEEDINGS})`)
@Check('ck_decision__outcome', `"outcome" IS NULL OR "outcome" IN (${quoted(DECISION_OUTCOMES)})`)
@Check(
  'ck_decision__content_conclusion',
  `"content_conclusion" IS NULL OR "content_conclusion" IN ('right', 'partly_right', 'wrong')`,
)
@Check(
  'ck_decision__timeliness',
  `"timeliness" IS NULL OR "timeliness" IN (${quoted(TIMELINESS_VALUES)})`,
)
@Check('ck_decision__register_no', `"register_no" >= 1`)
@Index(
  'uq_decision__agency_id__document_type__register_year__no',
  ['agencyId', 'documentType', 'registerYear', 'registerNo'],
  { unique: true },
)
@Index('ix_decision__proceeding_id', ['proceedingId'])
@Index('ix_decision__agency_id__kind__issued_on', ['agencyId', 'kind', 'issuedOn'])
@Index('ix_decision__legal_effect_on', ['legalEffectOn'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Index('ix_decision__case_id')
  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column('varchar', { length: 16 })
  proceedingType!: DocumentProceedingType;

  /** No foreign key: the row belongs to a proceeding table or to `petition`. */
  @Column('uuid')
  proceedingId!: string;

  @Column('varchar', { length: 40 })
  kind!: IssuedDocumentKind;

  @Column('varchar', { length: 16 })
  documentType!: DocumentType;

  @Column('smallint')
  registerYear!: number;

  @Column('integer')
  registerNo!: number;

  /** "05/QĐ-TTTP" (decisionNumberSymbol). */
  @Column('varchar', { length: 64 })
  numberSymbol!: string;

  @Column('date')
  issuedOn!: string;

  @Column('uuid')
  signerId!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signer_id' })
  signer?: OfficerEntity;

  @Column('varchar', { length: 255 })
  signerName!: string;

  @Column('varchar', { length: 255 })
  signerTitle!: string;

  /** "KT. CHÁNH THANH TRA" …; null when the head signs. */
  @Column('varchar', { length: 255, nullable: true })
  signerAuthority!: string | null;

  @Column('varchar', { length: 32, nullable: true })
  outcome!: DecisionOutcome | null;

  /** Round 2 only: right / partly right / wrong on the content. */
  @Column('varchar', { length: 16, nullable: true })
  contentConclusion!: DecisionOutcome | null;

  @Column('boolean', { default: false })
  isDeliberatelyFalse!: boolean;

  /** The resolver's reasoning and the operative content, as written in the document. */
  @Column('varchar', { length: 8000, nullable: true })
  reasoning!: string | null;

  /** D9 (Luật KN Đ44): first day of legal effect; null while blocked or not applicable. */
  @Column('date', { nullable: true })
  legalEffectOn!: string | null;

  @Column('jsonb', { nullable: true })
  legalEffectExplanation!: ExplanationStep[] | null;

  /**
   * D9 as the decision states it on its issue date ("có hiệu lực pháp luật từ ngày …, trừ trường
   * hợp …"); `legal_effect_on` above is the current one (blocked, restored, set at take-effect).
   */
  @Column('date', { nullable: true })
  statedLegalEffectOn!: string | null;

  @Column('varchar', { length: 8, nullable: true })
  timeliness!: Timeliness | null;

  /**
   * The deadline as of the issue date: the one the document states (acceptance, verification
   * assignment, extension: the resolution due date then) or the one its timeliness was judged
   * against (decision, conclusion, result notice). A re-print shows it, never the moved one.
   */
  @Column('date', { nullable: true })
  dueOn!: string | null;

  /** The engine's explanation of `dueOn` as computed on the issue date (period, legal basis). */
  @Column('jsonb', { nullable: true })
  dueExplanation!: ExplanationStep[] | null;

  /** Quyết định thụ lý tố cáo: the D13 date it states for notifying (Luật TC 2018 Đ29 k3). */
  @Column('date', { nullable: true })
  noticeDueOn!: string | null;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
