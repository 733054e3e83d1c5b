import { EnableExtensions1767225600000 } from './1767225600000-EnableExtensions';
import { CreateAgency1767225601000 } from './1767225601000-CreateAgency';
import { SeedHanoiAgencies1767225601100 } from './1767225601100-SeedHanoiAgencies';
import { CreateOfficer1767225602000 } from './1767225602000-CreateOfficer';
import { CreateAuditEvent1767225603000 } from './1767225603000-CreateAuditEvent';
import { CreateIdempotencyKey1767225604000 } from './1767225604000-CreateIdempotencyKey';
import { CreateLegalRule1767225605000 } from './1767225605000-CreateLegalRule';
import { SeedLegalRule1767225606000 } from './1767225606000-SeedLegalRule';
import { CreateCalendarDay1767225607000 } from './1767225607000-CreateCalendarDay';
import { SeedCalendarDay1767225608000 } from './1767225608000-SeedCalendarDay';
import { RestrictAdminRoleSet1767225609000 } from './1767225609000-RestrictAdminRoleSet';
import { CreatePerson1767225610000 } from './1767225610000-CreatePerson';
import { CreatePersonRecordLink1767225610100 } from './1767225610100-CreatePersonRecordLink';
import { CreateIdentityAccessRequest1767225610200 } from './1767225610200-CreateIdentityAccessRequest';
import { CreateRecordCounter1767225620000 } from './1767225620000-CreateRecordCounter';
import { CreateCase1767225620100 } from './1767225620100-CreateCase';
import { CreatePetition1767225620200 } from './1767225620200-CreatePetition';
import { CreateReceptionSession1767225620300 } from './1767225620300-CreateReceptionSession';
import { CreateReceptionVisit1767225620400 } from './1767225620400-CreateReceptionVisit';
import { AddPetitionHandlingStatuses1767225630000 } from './1767225630000-AddPetitionHandlingStatuses';
import { ExtendPetitionIntake1767225631000 } from './1767225631000-ExtendPetitionIntake';
import { CreatePetitionAttachment1767225632000 } from './1767225632000-CreatePetitionAttachment';
import { AddCaseMerge1767225633000 } from './1767225633000-AddCaseMerge';
import { CreateSearchIndexes1767225634000 } from './1767225634000-CreateSearchIndexes';
import { CreateResolutionEvent1767225640000 } from './1767225640000-CreateResolutionEvent';
import { CreateDecision1767225640100 } from './1767225640100-CreateDecision';
import { CreateComplaintResolution1767225640200 } from './1767225640200-CreateComplaintResolution';
import { CreateDenunciationResolution1767225640300 } from './1767225640300-CreateDenunciationResolution';
import { AddIdentityAccessTarget1767225650000 } from './1767225650000-AddIdentityAccessTarget';
import { CreateReceptionVisitDocument1767225660000 } from './1767225660000-CreateReceptionVisitDocument';
import { CreateEnforcement1767225670000 } from './1767225670000-CreateEnforcement';
import { AddStatisticsIndexes1767225680000 } from './1767225680000-AddStatisticsIndexes';
import { CreateReportNarrative1767225681000 } from './1767225681000-CreateReportNarrative';
import { ExtendEnforcement1767225682000 } from './1767225682000-ExtendEnforcement';
import { AddAuditChain1767225683000 } from './1767225683000-AddAuditChain';
import { SeedOldDenunciationRules1767225684000 } from './1767225684000-SeedOldDenunciationRules';
import { CoverPetitionStatistics1767225685000 } from './1767225685000-CoverPetitionStatistics';
import { CoverVisitStatistics1767225686000 } from './1767225686000-CoverVisitStatistics';
import { SeedWithdrawalFinalityRule1767225691000 } from './1767225691000-SeedWithdrawalFinalityRule';
import { CorrectTetDinhDauCalendarDays1767225694000 } from './1767225694000-CorrectTetDinhDauCalendarDays';
import { AddDenunciationResultNoticeKind1767225707000 } from './1767225707000-AddDenunciationResultNoticeKind';
import { AddDecisionStatedDeadline1767225707100 } from './1767225707100-AddDecisionStatedDeadline';
import { CreateLoginAddressThrottle1767225708000 } from './1767225708000-CreateLoginAddressThrottle';
import { CorrectNationalDayDefaultDays1767225709000 } from './1767225709000-CorrectNationalDayDefaultDays';
import { AddDenunciationAcceptanceNoticeKinds1767225719000 } from './1767225719000-AddDenunciationAcceptanceNoticeKinds';
import { AddPetitionDocumentKinds1767225731000 } from './1767225731000-AddPetitionDocumentKinds';
import { KeepProposedDenunciationsInWorklist1767225739000 } from './1767225739000-KeepProposedDenunciationsInWorklist';
import { AddProceedingListIndexes1767225740000 } from './1767225740000-AddProceedingListIndexes';
import { RestoreFirstUrgingHandledOn1767225750000 } from './1767225750000-RestoreFirstUrgingHandledOn';
import { StampPetitionEventsByClock1767225790000 } from './1767225790000-StampPetitionEventsByClock';
import { RecordDenunciationPrelimExtension1767225791000 } from './1767225791000-RecordDenunciationPrelimExtension';
import { RecordComplaintDroppedChallenges1767225800000 } from './1767225800000-RecordComplaintDroppedChallenges';
import { RecordPetitionStepBodies1767225810000 } from './1767225810000-RecordPetitionStepBodies';
import { LinkVisitsOfACase1767225820000 } from './1767225820000-LinkVisitsOfACase';
import { RecordPetitionStepNotes1767225830000 } from './1767225830000-RecordPetitionStepNotes';
import { IndexProceedingPeriods1767225840000 } from './1767225840000-IndexProceedingPeriods';
import { CountPetitionsByMonth1767225850000 } from './1767225850000-CountPetitionsByMonth';

/** Every migration, in order. A new migration file is added here too (a test checks the count). */
export const MIGRATIONS = [
  EnableExtensions1767225600000,
  CreateAgency1767225601000,
  SeedHanoiAgencies1767225601100,
  CreateOfficer1767225602000,
  CreateAuditEvent1767225603000,
  CreateIdempotencyKey1767225604000,
  CreateLegalRule1767225605000,
  SeedLegalRule1767225606000,
  CreateCalendarDay1767225607000,
  SeedCalendarDay1767225608000,
  RestrictAdminRoleSet1767225609000,
  CreatePerson1767225610000,
  CreatePersonRecordLink1767225610100,
  CreateIdentityAccessRequest1767225610200,
  CreateRecordCounter1767225620000,
  CreateCase1767225620100,
  CreatePetition1767225620200,
  CreateReceptionSession1767225620300,
  CreateReceptionVisit1767225620400,
  AddPetitionHandlingStatuses1767225630000,
  ExtendPetitionIntake1767225631000,
  CreatePetitionAttachment1767225632000,
  AddCaseMerge1767225633000,
  CreateSearchIndexes1767225634000,
  CreateResolutionEvent1767225640000,
  CreateDecision1767225640100,
  CreateComplaintResolution1767225640200,
  CreateDenunciationResolution1767225640300,
  AddIdentityAccessTarget1767225650000,
  CreateReceptionVisitDocument1767225660000,
  CreateEnforcement1767225670000,
  AddStatisticsIndexes1767225680000,
  CreateReportNarrative1767225681000,
  ExtendEnforcement1767225682000,
  AddAuditChain1767225683000,
  SeedOldDenunciationRules1767225684000,
  CoverPetitionStatistics1767225685000,
  CoverVisitStatistics1767225686000,
  SeedWithdrawalFinalityRule1767225691000,
  CorrectTetDinhDauCalendarDays1767225694000,
  AddDenunciationResultNoticeKind1767225707000,
  AddDecisionStatedDeadline1767225707100,
  CreateLoginAddressThrottle1767225708000,
  CorrectNationalDayDefaultDays1767225709000,
  AddDenunciationAcceptanceNoticeKinds1767225719000,
  AddPetitionDocumentKinds1767225731000,
  KeepProposedDenunciationsInWorklist1767225739000,
  AddProceedingListIndexes1767225740000,
  RestoreFirstUrgingHandledOn1767225750000,
  StampPetitionEventsByClock1767225790000,
  RecordDenunciationPrelimExtension1767225791000,
  RecordComplaintDroppedChallenges1767225800000,
  RecordPetitionStepBodies1767225810000,
  LinkVisitsOfACase1767225820000,
  RecordPetitionStepNotes1767225830000,
  IndexProceedingPeriods1767225840000,
  CountPetitionsByMonth1767225850000,
];
