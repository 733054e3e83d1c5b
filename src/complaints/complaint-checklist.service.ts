import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { RuleSourceService } from '../resolutions/rule-source.service';
import type { AcceptanceChecklist } from './complaint-checklist';
import { ComplaintDeadlinesService } from './complaint-deadlines.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintStepsService } from './complaint-steps.service';
import { ComplaintsRepository } from './complaints.repository';
import {
  type ComplaintAcceptanceEvaluation,
  ComplaintRefusalGround,
  evaluateAcceptance,
} from './domain/complaint-acceptance';
import { LegalEffectBlock } from './domain/complaint-deadlines';
import { canFileSecondRound, type FirstRoundFacts } from './domain/complaint-round';
import { ComplaintAction, ComplaintRound, ComplaintStatus } from './domain/complaint-status';
import type { ComplaintChecklistInputDto } from './dto/complaint-acceptance.dto';

export interface CheckedAcceptance {
  evaluation: ComplaintAcceptanceEvaluation;
  /** Round 2: the round-1 proceeding (locked). */
  firstRound: ComplaintResolutionEntity | null;
  firstRoundDecisionReceivedOn: string | null;
}

function firstRoundFacts(
  first: ComplaintResolutionEntity,
  receivedOn: string | null,
): FirstRoundFacts {
  return {
    round: first.round,
    status: first.status,
    resolutionDueOn: first.dueOn,
    decisionReceivedOn: receivedOn,
  };
}

/**
 * The Điều 11 checklist of a complaint through evaluateAcceptance(): D2 with obstacle days in
 * round 1, D7 through canFileSecondRound() in round 2, and the D4 window — and what it records.
 */
@Injectable()
export class ComplaintChecklistService {
  constructor(
    private readonly complaints: ComplaintsRepository,
    private readonly sources: RuleSourceService,
    private readonly steps: ComplaintStepsService,
    private readonly deadlines: ComplaintDeadlinesService,
  ) {}

  async evaluate(
    c: ComplaintResolutionEntity,
    dto: ComplaintChecklistInputDto & { remote?: boolean },
    today: string,
    manager: EntityManager,
  ): Promise<CheckedAcceptance> {
    const first = c.firstRoundId ? await this.complaints.lockById(manager, c.firstRoundId) : null;
    const receivedOn = dto.firstRound?.decisionReceivedOn ?? null;
    const from = dto.decisionKnownOn ?? receivedOn ?? first?.acceptedOn ?? c.receivedOn;
    const evaluation = await this.sources.run({ from, to: today, manager }, (source) => {
      const secondRound = first
        ? canFileSecondRound({
            firstRound: firstRoundFacts(first, receivedOn),
            filedOn: dto.filedOn ?? c.receivedOn,
            remote: dto.remote === true,
            ...source,
          })
        : undefined;
      return evaluateAcceptance({
        round: c.round,
        grounds: dto.grounds,
        receivedOn: c.receivedOn,
        filedOn: dto.filedOn,
        decisionKnownOn: c.round === ComplaintRound.First ? dto.decisionKnownOn : undefined,
        obstacleDays: dto.obstacleDays,
        secondRound,
        today,
        ...source,
      });
    });
    return { evaluation, firstRound: first, firstRoundDecisionReceivedOn: receivedOn };
  }

  /** The columns an acceptance or a refusal records. */
  columns(
    checked: CheckedAcceptance,
    dto: ComplaintChecklistInputDto,
    withdrawalCoercion?: AcceptanceChecklist['withdrawalCoercion'],
  ): Record<string, unknown> {
    const e = checked.evaluation;
    const expired = e.failedGrounds.includes(ComplaintRefusalGround.TimeLimitExpired);
    const checklist: AcceptanceChecklist = {
      grounds: { ...dto.grounds, [ComplaintRefusalGround.TimeLimitExpired]: expired },
      failedGrounds: e.failedGrounds,
      acceptable: e.acceptable,
      evaluatedOn: e.evaluatedOn,
      ...(withdrawalCoercion ? { withdrawalCoercion } : {}),
    };
    return {
      acceptance_checklist: JSON.stringify(checklist),
      acceptance_timeliness: e.acceptanceTimeliness,
      limitation_due_on: e.limitationDueOn,
      limitation_explanation: JSON.stringify(e.limitationExplanation),
      filed_on: dto.filedOn ?? null,
      decision_known_on: dto.decisionKnownOn ?? null,
      obstacle_days: dto.obstacleDays ?? 0,
      first_round_decision_received_on: checked.firstRoundDecisionReceivedOn,
    };
  }

  /**
   * Luật KN Đ33, Đ44 k1: a round-2 complaint accepted against a decided round 1 — round 1 is
   * escalated and its decision has no legal effect while round 2 runs.
   */
  async escalate(
    manager: EntityManager,
    ctx: ActionContext,
    first: ComplaintResolutionEntity,
    on: string,
  ): Promise<void> {
    if (first.status !== ComplaintStatus.Decided) return;
    await this.steps.apply(manager, ctx, first, {
      action: ComplaintAction.RecordSecondRound,
      version: first.version,
      actedOn: on,
      legalBasis: basis.complaintSecondRound,
      apply: async () => {
        await this.deadlines.blockLegalEffect(first, LegalEffectBlock.SecondRound, manager);
        return { data: { blockedDecisionId: first.decisionId } };
      },
    });
  }
}
