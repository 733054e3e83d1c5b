import { AgencyEntity } from '../agencies/agency.entity';
import { AgencySuccessionEntity } from '../agencies/agency-succession.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditChainLink } from '../audit/audit-chain-link.entity';
import { AuthSessionEntity } from '../auth/entities/auth-session.entity';
import { LoginThrottleEntity } from '../auth/entities/login-throttle.entity';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { CalendarDayEntity } from '../legal/calendar-day.entity';
import { LegalRuleEntity } from '../legal/legal-rule.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { IdentityAccessRequestEntity } from '../persons/identity-access-request.entity';
import { PersonEntity } from '../persons/person.entity';
import { PersonIdentityEntity } from '../persons/person-identity.entity';
import { PersonRecordLinkEntity } from '../persons/person-record-link.entity';
import { CasePersonEntity } from '../cases/case-person.entity';
import { CaseEntity } from '../cases/case.entity';
import { PetitionEntity } from '../petitions/petition.entity';
import { PetitionAttachmentEntity } from '../petitions/petition-attachment.entity';
import { PetitionEventEntity } from '../petitions/petition-event.entity';
import { PetitionReplyEntity } from '../petitions/petition-reply.entity';
import { PetitionSignatoryEntity } from '../petitions/petition-signatory.entity';
import { PetitionStepBodyEntity } from '../petitions/petition-step-body.entity';
import { ReceptionSessionEntity } from '../reception/reception-session.entity';
import { ReceptionVisitDocumentEntity } from '../reception/reception-visit-document.entity';
import { ReceptionVisitPersonEntity } from '../reception/reception-visit-person.entity';
import { ReceptionVisitEntity } from '../reception/reception-visit.entity';
import { ComplaintDialogueEntity } from '../complaints/complaint-dialogue.entity';
import { ComplaintDroppedChallengeEntity } from '../complaints/complaint-dropped-challenge.entity';
import { ComplaintResolutionEntity } from '../complaints/complaint-resolution.entity';
import { ComplaintSuspensionEntity } from '../complaints/complaint-suspension.entity';
import { ComplaintVerificationRecordEntity } from '../complaints/complaint-verification-record.entity';
import { DecisionMeasureEntity } from '../decisions/decision-measure.entity';
import { DecisionEntity } from '../decisions/decision.entity';
import { DenunciationExtensionEntity } from '../denunciations/denunciation-extension.entity';
import { DenunciationResolutionEntity } from '../denunciations/denunciation-resolution.entity';
import { DenunciationSuspensionEntity } from '../denunciations/denunciation-suspension.entity';
import { DenunciationVerificationRecordEntity } from '../denunciations/denunciation-verification-record.entity';
import { EnforcementAttachmentEntity } from '../enforcement/attachments/enforcement-attachment.entity';
import { EnforcementDecisionEntity } from '../enforcement/enforcement-decision.entity';
import { EnforcementItemEntity } from '../enforcement/enforcement-item.entity';
import { EnforcementProgressEntity } from '../enforcement/enforcement-progress.entity';
import { EnforcementReopeningEntity } from '../enforcement/enforcement-reopening.entity';
import { ResolutionEventEntity } from '../resolutions/resolution-event.entity';
import { ReportNarrativeEntity } from '../statistics/oversight/report-narrative.entity';
import { RecordCounterEntity } from './record-counter.entity';

/** A class TypeORM maps to a table. */
export type EntityClass = new (...args: never[]) => object;

/**
 * Every entity class, listed explicitly (no globs) so that tsc, swc, the CLI and jest see the same
 * set. A module adds its entities here and registers them with TypeOrmModule.forFeature.
 */
export const ENTITIES: EntityClass[] = [
  AgencyEntity,
  AgencySuccessionEntity,
  AuditEvent,
  AuditChainLink,
  IdempotencyKey,
  LegalRuleEntity,
  CalendarDayEntity,
  OfficerEntity,
  AuthSessionEntity,
  LoginThrottleEntity,
  PersonEntity,
  PersonIdentityEntity,
  PersonRecordLinkEntity,
  IdentityAccessRequestEntity,
  RecordCounterEntity,
  CaseEntity,
  CasePersonEntity,
  PetitionEntity,
  PetitionSignatoryEntity,
  PetitionEventEntity,
  PetitionStepBodyEntity,
  PetitionReplyEntity,
  PetitionAttachmentEntity,
  ReceptionSessionEntity,
  ReceptionVisitEntity,
  ReceptionVisitPersonEntity,
  ReceptionVisitDocumentEntity,
  ResolutionEventEntity,
  DecisionEntity,
  DecisionMeasureEntity,
  ComplaintResolutionEntity,
  ComplaintSuspensionEntity,
  ComplaintVerificationRecordEntity,
  ComplaintDialogueEntity,
  ComplaintDroppedChallengeEntity,
  DenunciationResolutionEntity,
  DenunciationSuspensionEntity,
  DenunciationExtensionEntity,
  DenunciationVerificationRecordEntity,
  EnforcementDecisionEntity,
  EnforcementItemEntity,
  EnforcementReopeningEntity,
  EnforcementProgressEntity,
  EnforcementAttachmentEntity,
  ReportNarrativeEntity,
];
