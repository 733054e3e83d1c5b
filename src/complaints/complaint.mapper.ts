import {
  complaintChallengeLabelsVi,
  complaintRefusalGroundLabelsVi,
  complaintStatusLabelsVi,
  complaintTerminationCauseLabelsVi,
} from '../common/i18n/complaint-labels.vi';
import { toDecisionResponse } from '../decisions/decision.mapper';
import type { DecisionWithMeasures } from '../decisions/decisions.repository';
import { toExplanationStep } from '../legal/legal.mapper';
import { toDeadlineView } from '../resolutions/deadline-view';
import {
  type ProceedingPerson,
  toProceedingPerson,
  toSuspensionResponse,
  toVerificationRecordResponse,
} from '../resolutions/proceeding-parts.mapper';
import type { ComplaintDroppedChallengeEntity } from './complaint-dropped-challenge.entity';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import type { ComplaintRecords } from './complaints.repository';
import { COMPLAINT_REFUSAL_GROUNDS } from './domain/complaint-acceptance';
import { ComplaintStatus } from './domain/complaint-enums';
import type {
  ComplaintChecklistDto,
  ComplaintResponseDto,
  ComplaintTerminationDto,
  DroppedChallengeResponseDto,
} from './dto/complaint.response.dto';

/** Everything a complaint's detail shows. */
export interface ComplaintDetail {
  complaint: ComplaintResolutionEntity;
  records: ComplaintRecords;
  decisions: DecisionWithMeasures[];
  persons: ProceedingPerson[];
}

/** Statuses in which the resolution period still runs. */
export const RESOLVING: ReadonlySet<ComplaintStatus> = new Set([
  ComplaintStatus.Accepted,
  ComplaintStatus.Verifying,
  ComplaintStatus.Dialogue,
  ComplaintStatus.Drafting,
  ComplaintStatus.Suspended,
]);

function checklistOf(c: ComplaintResolutionEntity): ComplaintChecklistDto | null {
  const list = c.acceptanceChecklist;
  if (!list) return null;
  return {
    acceptable: list.acceptable,
    evaluatedOn: list.evaluatedOn,
    grounds: COMPLAINT_REFUSAL_GROUNDS.map((ground) => ({
      ground,
      label: complaintRefusalGroundLabelsVi[ground],
      applies: list.grounds[ground],
    })),
    limitationDueOn: c.limitationDueOn,
    limitationExplanation: (c.limitationExplanation ?? []).map(toExplanationStep),
    withdrawalCoercion: list.withdrawalCoercion ?? null,
  };
}

function terminationOf(c: ComplaintResolutionEntity): ComplaintTerminationDto | null {
  if (!c.terminationCause || !c.terminatedOn) return null;
  return {
    cause: c.terminationCause,
    causeLabel: complaintTerminationCauseLabelsVi[c.terminationCause],
    on: c.terminatedOn,
    reconsiderable: c.withdrawalReconsiderable,
  };
}

/** A dropped challenge as its row keeps it, the leader's reason included (the event has none). */
function droppedChallengeOf(r: ComplaintDroppedChallengeEntity): DroppedChallengeResponseDto {
  return {
    challenge: r.challenge,
    challengeLabel: complaintChallengeLabelsVi[r.challenge],
    droppedOn: r.droppedOn,
    lawsuitCourt: r.lawsuitCourt,
    lawsuitFiledOn: r.lawsuitFiledOn,
    reason: r.reason,
    droppedBy: r.createdBy,
  };
}

function deadlineOf(c: ComplaintResolutionEntity, today: string) {
  if (!c.dueRuleKey) return null;
  const stored = {
    ruleKey: c.dueRuleKey,
    ruleVersion: c.dueRuleVersion,
    dueOn: c.dueOn,
    explanation: c.dueExplanation,
    remainingDays: c.dueRemainingDays,
  };
  return toDeadlineView(stored, today, RESOLVING.has(c.status));
}

function recordsOf(d: ComplaintDetail) {
  const c = d.complaint;
  return {
    verification: {
      leadId: c.verificationLeadId,
      memberIds: c.verificationMemberIds,
      decisionId: c.verificationDecisionId,
      hasReport: c.hasVerificationReport,
      records: d.records.verification.map(toVerificationRecordResponse),
    },
    demandsDifferFromVerification: c.demandsDifferFromVerification,
    dialogues: d.records.dialogues.map((g) => ({
      heldOn: g.heldOn,
      place: g.place,
      chairedBy: g.chairedBy,
      participants: g.participants,
      minutes: g.minutes,
      agreedPoints: g.agreedPoints,
    })),
    suspensions: d.records.suspensions.map(toSuspensionResponse),
    ...(c.lawsuitCourt && c.lawsuitFiledOn
      ? { lawsuit: { court: c.lawsuitCourt, filedOn: c.lawsuitFiledOn } }
      : {}),
    droppedChallenges: d.records.droppedChallenges.map(droppedChallengeOf),
    termination: terminationOf(c),
    decisions: d.decisions.map(toDecisionResponse),
    complainants: d.persons.map(toProceedingPerson),
  };
}

/** Whitelists a complaint proceeding for a response (identity only if the caller read it). */
export function toComplaintResponse(d: ComplaintDetail, today: string): ComplaintResponseDto {
  const c = d.complaint;
  const acceptance = {
    ruleKey: 'D4',
    ruleVersion: null,
    dueOn: c.acceptanceDueOn,
    explanation: c.acceptanceExplanation,
  };
  return {
    id: c.id,
    agencyId: c.agencyId,
    caseId: c.caseId,
    petitionId: c.petitionId,
    round: c.round,
    firstRoundId: c.firstRoundId,
    status: c.status,
    statusLabel: complaintStatusLabelsVi[c.status],
    resumeTo: c.resumeTo,
    isComplex: c.isComplex,
    complexReason: c.complexReason,
    isRemote: c.isRemote,
    remoteReason: c.remoteReason,
    receivedOn: c.receivedOn,
    acceptedOn: c.acceptedOn,
    acceptanceTimeliness: c.acceptanceTimeliness,
    acceptanceDeadline: toDeadlineView(acceptance, today, c.status === ComplaintStatus.Received),
    checklist: checklistOf(c),
    deadline: deadlineOf(c, today),
    ...recordsOf(d),
    version: c.version,
  };
}
