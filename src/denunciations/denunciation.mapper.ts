import { checkExtensionGroundLabelsVi } from '../common/i18n/petition-labels.vi';
import {
  denunciationConditionLabelsVi,
  denunciationStatusLabelsVi,
  withdrawalContinuationLabelsVi,
} from '../common/i18n/denunciation-labels.vi';
import { toDecisionResponse } from '../decisions/decision.mapper';
import type { DecisionWithMeasures } from '../decisions/decisions.repository';
import { toDeadlineView } from '../resolutions/deadline-view';
import {
  type ProceedingPerson,
  toProceedingPerson,
  toSuspensionResponse,
  toVerificationRecordResponse,
} from '../resolutions/proceeding-parts.mapper';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import type { DenunciationRecords } from './denunciations.repository';
import {
  DENUNCIATION_CONDITIONS,
  type DenunciationCondition,
} from './domain/denunciation-acceptance';
import { DenunciationStatus } from './domain/denunciation-enums';
import type {
  DenunciationChecklistDto,
  DenunciationResponseDto,
  PrelimExtensionResponseDto,
} from './dto/denunciation.response.dto';

export interface DenunciationDetail {
  denunciation: DenunciationResolutionEntity;
  records: DenunciationRecords;
  decisions: DecisionWithMeasures[];
  persons: ProceedingPerson[];
}

/** Statuses in which the D14 period runs. */
export const RESOLVING: ReadonlySet<DenunciationStatus> = new Set([
  DenunciationStatus.Accepted,
  DenunciationStatus.Verifying,
  DenunciationStatus.Extended1,
  DenunciationStatus.Extended2,
  DenunciationStatus.Suspended,
]);

function checklistOf(d: DenunciationResolutionEntity): DenunciationChecklistDto | null {
  const list = d.acceptanceChecklist;
  if (!list) return null;
  const asked = DENUNCIATION_CONDITIONS.filter(
    (c) => c in list.conditions || list.failedConditions.includes(c),
  );
  return {
    route: list.route,
    evaluatedOn: list.evaluatedOn,
    conditions: asked.map((condition: DenunciationCondition) => ({
      condition,
      label: denunciationConditionLabelsVi[condition],
      met: !list.failedConditions.includes(condition),
    })),
  };
}

/** The D11 extension as stored on the row (codes, an officer id, a date, the leader's note). */
function prelimExtensionOf(d: DenunciationResolutionEntity): PrelimExtensionResponseDto | null {
  if (!d.prelimExtended) return null;
  const ground = d.prelimExtensionGround;
  return {
    stage: d.prelimExtensionStage,
    dueOn: d.prelimDueOn,
    ground,
    groundLabel: ground === null ? null : checkExtensionGroundLabelsVi[ground],
    decidedBy: d.prelimExtendedBy,
    decidedOn: d.prelimExtendedOn,
    note: d.prelimExtensionNote,
  };
}

function deadlineOf(d: DenunciationResolutionEntity, today: string) {
  if (!d.dueRuleKey) return null;
  const stored = {
    ruleKey: d.dueRuleKey,
    ruleVersion: d.dueRuleVersion,
    dueOn: d.dueOn,
    explanation: d.dueExplanation,
    remainingDays: d.dueRemainingDays,
  };
  return toDeadlineView(stored, today, RESOLVING.has(d.status));
}

function withdrawalOf(d: DenunciationResolutionEntity) {
  const w = d.withdrawal;
  if (!w) return {};
  const labels = w.continuesBecause.map((c) => withdrawalContinuationLabelsVi[c]);
  return {
    withdrawal: {
      on: w.on,
      stopsCase: w.stopsCase,
      continuesBecause: w.continuesBecause,
      continuesBecauseLabels: labels,
    },
  };
}

function recordsOf(x: DenunciationDetail) {
  const d = x.denunciation;
  return {
    extensionCount: d.extensionCount,
    extensions: x.records.extensions.map((e) => ({
      seq: e.seq,
      decisionId: e.decisionId,
      decidedOn: e.decidedOn,
      reason: e.reason,
      complexity: e.complexity,
      previousDueOn: e.previousDueOn,
      newDueOn: e.newDueOn,
    })),
    verification: {
      leadId: d.verificationLeadId,
      memberIds: d.verificationMemberIds,
      decisionId: d.verificationDecisionId,
      hasReport: d.hasVerificationReport,
      records: x.records.verification.map(toVerificationRecordResponse),
    },
    suspensions: x.records.suspensions.map(toSuspensionResponse),
    decisions: x.decisions.map(toDecisionResponse),
    denouncers: x.persons.map(toProceedingPerson),
  };
}

function stagesOf(d: DenunciationResolutionEntity, today: string) {
  const prelim = {
    ruleKey: 'D11',
    ruleVersion: null,
    dueOn: d.prelimDueOn,
    explanation: d.prelimExplanation,
  };
  return {
    prelimDeadline: toDeadlineView(prelim, today, d.status === DenunciationStatus.PrelimCheck),
    prelimExtended: d.prelimExtended,
    prelimExtension: prelimExtensionOf(d),
    checklist: checklistOf(d),
    acceptanceTimeliness: d.acceptanceTimeliness,
    acceptedOn: d.acceptedOn,
    noticeDueOn: d.noticeDueOn,
    transferredTo: d.transferredTo,
    usableAsInformation: d.usableAsInformation,
    deadline: deadlineOf(d, today),
    isDeliberatelyFalse: d.isDeliberatelyFalse,
    concludedOn: d.concludedOn,
    conclusionNoticeDueOn: d.conclusionNoticeDueOn,
    handlingDueOn: d.handlingDueOn,
    handledOn: d.handledOn,
    ...withdrawalOf(d),
    terminationCause: d.terminationCause,
    terminatedOn: d.terminatedOn,
  };
}

/** Whitelists a denunciation proceeding; denouncers by pseudonym, identity only if read for it. */
export function toDenunciationResponse(
  x: DenunciationDetail,
  today: string,
): DenunciationResponseDto {
  const d = x.denunciation;
  return {
    id: d.id,
    agencyId: d.agencyId,
    caseId: d.caseId,
    petitionId: d.petitionId,
    kind: d.kind,
    firstId: d.firstId,
    followUpBasis: d.followUpBasis,
    status: d.status,
    statusLabel: denunciationStatusLabelsVi[d.status],
    resumeTo: d.resumeTo,
    isAnonymous: d.isAnonymous,
    complexity: d.complexity,
    receivedOn: d.receivedOn,
    ...stagesOf(d, today),
    ...recordsOf(x),
    version: d.version,
  };
}
