import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import type { DecisionEntity } from '../decisions/decision.entity';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { checkActionDates } from '../resolutions/domain/action-dates';
import { ProceedingDocumentsService } from '../resolutions/proceeding-documents.service';
import { RuleSourceService } from '../resolutions/rule-source.service';
import { pinnedOf, suspensionsOf } from './complaint-deadlines.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { complaintRef, ComplaintStepsService, type StepResult } from './complaint-steps.service';
import { ComplaintsRepository } from './complaints.repository';
import {
  assessComplaintTimeliness,
  computeComplaintLegalEffect,
} from './domain/complaint-deadlines';
import { ComplaintAction, ComplaintRound, ComplaintStatus } from './domain/complaint-status';
import type { DecideComplaintDto } from './dto/decide-complaint.dto';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';

const contextOf = (c: ComplaintResolutionEntity) => ({
  hasVerificationReport: c.hasVerificationReport,
  demandsDifferFromVerification: c.demandsDifferFromVerification ?? undefined,
  dialogueHeld: c.dialogueHeld,
});

/**
 * The decision on a complaint (Luật KN Đ31, Đ40; DOMAIN §4.7), approved and signed by the leader:
 * numbered, outcome and measures validated, timeliness against D5/D8 (suspensions counted),
 * legal-effect date by D9 (Đ44). A round-2 decision closes round 1.
 */
@Injectable()
export class ComplaintDecisionService {
  constructor(
    private readonly steps: ComplaintStepsService,
    private readonly complaints: ComplaintsRepository,
    private readonly sources: RuleSourceService,
    private readonly documents: ProceedingDocumentsService,
    private readonly clock: Clock,
  ) {}

  decide(ctx: ActionContext, id: string, dto: DecideComplaintDto): Promise<ComplaintResponseDto> {
    const issuedOn = dto.issuedOn ?? this.clock.today();
    return this.steps.run(ctx, id, {
      action: ComplaintAction.Decide,
      version: dto.version,
      actedOn: issuedOn,
      legalBasis: (c) =>
        c.round === ComplaintRound.Second
          ? basis.complaintDecideRound2
          : basis.complaintDecideRound1,
      context: (c) => Promise.resolve(contextOf(c)),
      apply: async (c, manager) => {
        const floor = { date: c.acceptedOn, rule: 'dateBeforeAcceptance' as const };
        checkActionDates({
          field: 'issuedOn',
          date: issuedOn,
          today: this.clock.today(),
          notBefore: floor,
        });
        const decision = await this.issueDecision(ctx, c, manager, { ...dto, issuedOn });
        if (c.firstRoundId) await this.closeFirstRound(ctx, manager, c.firstRoundId, decision);
        return {
          set: { decision_id: decision.id },
          data: {
            outcome: decision.outcome,
            timeliness: decision.timeliness,
            dueOn: decision.dueOn,
            legalEffectOn: decision.legalEffectOn,
            decisionNo: decision.numberSymbol,
            measures: dto.measures?.length ?? 0,
          },
        };
      },
    });
  }

  private async issueDecision(
    ctx: ActionContext,
    c: ComplaintResolutionEntity,
    manager: EntityManager,
    dto: DecideComplaintDto & { issuedOn: string },
  ): Promise<DecisionEntity> {
    const { timely, effect } = await this.assess(c, manager, dto.issuedOn);
    return this.documents.issue(manager, ctx, complaintRef(c), {
      kind:
        c.round === ComplaintRound.Second
          ? IssuedDocumentKind.ComplaintSecondRound
          : IssuedDocumentKind.ComplaintFirstRound,
      issuedOn: dto.issuedOn,
      signer: dto.signer,
      reasoning: dto.reasoning,
      outcome: dto.outcome,
      contentConclusion: dto.contentConclusion ?? null,
      measures: dto.measures ?? [],
      legalEffectOn: effect.effectiveOn,
      legalEffectExplanation: effect.explanation,
      timeliness: timely.timeliness,
      dueOn: timely.deadline.dueOn,
      dueExplanation: timely.deadline.explanation,
    });
  }

  /** Timeliness against D5/D8 (stored version, every suspension) and the D9 legal effect. */
  private async assess(c: ComplaintResolutionEntity, manager: EntityManager, issuedOn: string) {
    const suspensions = suspensionsOf(await this.complaints.suspensions(c.id, manager));
    const acceptedOn = c.acceptedOn as string;
    const pinned = pinnedOf(c);
    const options = { from: acceptedOn, to: issuedOn, manager, pinned: pinned ? [pinned] : [] };
    const flags = { round: c.round, remote: c.isRemote };
    return this.sources.run(options, (source) => ({
      timely: assessComplaintTimeliness({
        ...flags,
        acceptedOn,
        complex: c.isComplex,
        suspensions,
        decidedOn: issuedOn,
        ...source,
      }),
      effect: computeComplaintLegalEffect({
        ...flags,
        issuedOn,
        lawsuitRecorded: c.lawsuitFiledOn !== null,
        ...source,
      }),
    }));
  }

  /** Luật KN Đ40: round 2 upholds or annuls/amends round 1, whose file is then closed. */
  private async closeFirstRound(
    ctx: ActionContext,
    manager: EntityManager,
    firstRoundId: string,
    decision: DecisionEntity,
  ): Promise<void> {
    const first = await this.complaints.lockById(manager, firstRoundId);
    if (!first || first.status !== ComplaintStatus.Escalated) return;
    const result: StepResult = {
      data: { byDecisionNo: decision.numberSymbol, outcome: decision.outcome },
    };
    await this.steps.apply(manager, ctx, first, {
      action: ComplaintAction.Close,
      version: first.version,
      actedOn: decision.issuedOn,
      legalBasis: basis.complaintDecideRound2,
      apply: () => Promise.resolve(result),
    });
  }
}
