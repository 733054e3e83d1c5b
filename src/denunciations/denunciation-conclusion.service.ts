import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import type { DecisionEntity } from '../decisions/decision.entity';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { timelinessOf } from '../decisions/domain/timeliness';
import { EnforcementService } from '../enforcement/enforcement.service';
import { checkActionDates } from '../resolutions/domain/action-dates';
import type { ProceedingVersionDto } from '../resolutions/dto/proceeding-actions.dto';
import { ProceedingDocumentsService } from '../resolutions/proceeding-documents.service';
import { RuleSourceService } from '../resolutions/rule-source.service';
import { DenunciationDeadlinesService, suspensionsOf } from './denunciation-deadlines.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { denunciationRef, DenunciationStepsService } from './denunciation-steps.service';
import { DenunciationsRepository } from './denunciations.repository';
import { assessDenunciationTimeliness } from './domain/denunciation-deadlines';
import { DenunciationAction } from './domain/denunciation-status';
import type {
  ConcludeDenunciationDto,
  HandleDenunciationDto,
  NotifyDenunciationResultDto,
} from './dto/denunciation-actions.dto';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

/**
 * The conclusion (kết luận nội dung tố cáo, Luật TC 2018 Đ35) approved by the leader — numbered,
 * outcome and measures validated, deliberately false flag, timeliness against D14 with its
 * extensions and suspensions, D15 and D16 — the handling of it (Đ36), and the closing of the file.
 */
@Injectable()
export class DenunciationConclusionService {
  constructor(
    private readonly steps: DenunciationStepsService,
    private readonly denunciations: DenunciationsRepository,
    private readonly deadlines: DenunciationDeadlinesService,
    private readonly sources: RuleSourceService,
    private readonly documents: ProceedingDocumentsService,
    private readonly clock: Clock,
    private readonly enforcement: EnforcementService,
  ) {}

  conclude(
    ctx: ActionContext,
    id: string,
    dto: ConcludeDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    const issuedOn = dto.issuedOn ?? this.clock.today();
    return this.steps.run(ctx, id, {
      action: DenunciationAction.Conclude,
      version: dto.version,
      actedOn: issuedOn,
      legalBasis: basis.denunciationConclude,
      context: (d) => Promise.resolve({ hasVerificationReport: d.hasVerificationReport }),
      apply: async (d, manager) => {
        const floor = { date: d.acceptedOn, rule: 'dateBeforeAcceptance' as const };
        checkActionDates({
          field: 'issuedOn',
          date: issuedOn,
          today: this.clock.today(),
          notBefore: floor,
        });
        const after = await this.deadlines.concluded(issuedOn, manager);
        const decision = await this.issueConclusion(ctx, d, manager, { ...dto, issuedOn });
        // Documented assumption of this module (Luật Tố cáo 2018 Đ35–36): a conclusion takes
        // effect when it is issued — it is sent and the handling measures are taken from then on —
        // so its legal-effect date is its issue date. Enforcement (04/KQGQ) is opened for it in
        // this transaction, as the complaints take-legal-effect action does (issue 8).
        if (decision.legalEffectOn === null) {
          await manager.query(
            'UPDATE decision SET legal_effect_on = $2 WHERE id = $1 AND legal_effect_on IS NULL',
            [decision.id, decision.issuedOn],
          );
          decision.legalEffectOn = decision.issuedOn;
        }
        await this.enforcement.openForDecision(manager, ctx, decision.id);
        const set = {
          concluded_on: issuedOn,
          is_deliberately_false: decision.isDeliberatelyFalse,
          conclusion_notice_due_on: after.notice?.dueOn ?? null,
          handling_due_on: after.handling?.dueOn ?? null,
          decision_id: decision.id,
        };
        const data = {
          outcome: decision.outcome,
          deliberatelyFalse: decision.isDeliberatelyFalse,
          timeliness: decision.timeliness,
          dueOn: decision.dueOn,
          decisionNo: decision.numberSymbol,
        };
        return { set, data };
      },
    });
  }

  /**
   * Luật TC 2018 Đ35 k2: the notice of the result to the denouncer — a TB document of its own,
   * numbered in the agency's register for its year, dated on its own day (on or after the
   * conclusion) and judged against D15. Once per proceeding; the file is closed only after it.
   */
  notifyResult(
    ctx: ActionContext,
    id: string,
    dto: NotifyDenunciationResultDto,
  ): Promise<DenunciationResponseDto> {
    const issuedOn = dto.issuedOn ?? this.clock.today();
    const notice = IssuedDocumentKind.DenunciationResultNotice;
    return this.steps.run(ctx, id, {
      action: DenunciationAction.NotifyResult,
      version: dto.version,
      actedOn: issuedOn,
      legalBasis: basis.denunciationNotifyResult,
      context: async (d, manager) => ({
        resultNotified: await this.documents.hasIssued(manager, d.id, notice),
      }),
      apply: async (d, manager) => {
        const floor = { date: d.concludedOn, rule: 'notifiedBeforeConclusion' as const };
        const today = this.clock.today();
        checkActionDates({ field: 'issuedOn', date: issuedOn, today, notBefore: floor });
        const dueOn = d.conclusionNoticeDueOn;
        const timeliness = dueOn ? timelinessOf(issuedOn, dueOn) : null;
        const issued = await this.documents.issue(manager, ctx, denunciationRef(d), {
          kind: notice,
          issuedOn,
          signer: dto.signer,
          timeliness,
          dueOn,
        });
        const data = { noticeNo: issued.numberSymbol, dueOn, timeliness };
        return { data };
      },
    });
  }

  /** Luật TC 2018 Đ36: the measures taken, within D16 of the conclusion. */
  handle(
    ctx: ActionContext,
    id: string,
    dto: HandleDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    return this.steps.run(ctx, id, {
      action: DenunciationAction.Handle,
      version: dto.version,
      actedOn: dto.handledOn,
      legalBasis: basis.denunciationHandle,
      apply: (d) => {
        const floor = { date: d.concludedOn, rule: 'handledBeforeConclusion' as const };
        checkActionDates({
          field: 'handledOn',
          date: dto.handledOn,
          today: this.clock.today(),
          notBefore: floor,
        });
        const late = d.handlingDueOn !== null && dto.handledOn > d.handlingDueOn;
        const set = { handled_on: dto.handledOn, handling_note: dto.note };
        return Promise.resolve({
          set,
          data: { handledOn: dto.handledOn, handlingDueOn: d.handlingDueOn, late },
        });
      },
    });
  }

  /** The conclusion has been handled (Đ36): the file is closed. */
  close(
    ctx: ActionContext,
    id: string,
    dto: ProceedingVersionDto,
  ): Promise<DenunciationResponseDto> {
    return this.steps.run(ctx, id, {
      action: DenunciationAction.Close,
      version: dto.version,
      actedOn: this.clock.today(),
      legalBasis: basis.denunciationClose,
      context: async (d, manager) => ({
        resultNotified: await this.documents.hasIssued(
          manager,
          d.id,
          IssuedDocumentKind.DenunciationResultNotice,
        ),
      }),
      apply: (d) => Promise.resolve({ data: { handledOn: d.handledOn, decisionId: d.decisionId } }),
    });
  }

  private async issueConclusion(
    ctx: ActionContext,
    d: DenunciationResolutionEntity,
    manager: EntityManager,
    dto: ConcludeDenunciationDto & { issuedOn: string },
  ): Promise<DecisionEntity> {
    const suspensions = suspensionsOf(await this.denunciations.suspensions(d.id, manager));
    const acceptedOn = d.acceptedOn as string;
    const pinned =
      d.dueRuleKey && d.dueRuleVersion ? [{ key: d.dueRuleKey, version: d.dueRuleVersion }] : [];
    const timely = await this.sources.run(
      { from: acceptedOn, to: dto.issuedOn, manager, pinned },
      (source) =>
        assessDenunciationTimeliness({
          acceptedOn,
          extensions: d.extensionCount,
          complexity: d.complexity,
          suspensions,
          concludedOn: dto.issuedOn,
          ...source,
        }),
    );
    return this.documents.issue(manager, ctx, denunciationRef(d), {
      kind: IssuedDocumentKind.DenunciationConclusion,
      issuedOn: dto.issuedOn,
      signer: dto.signer,
      reasoning: dto.reasoning,
      outcome: dto.outcome,
      deliberatelyFalse: dto.deliberatelyFalse === true,
      measures: dto.measures ?? [],
      timeliness: timely.timeliness,
      dueOn: timely.deadline.dueOn,
      dueExplanation: timely.deadline.explanation,
    });
  }
}
