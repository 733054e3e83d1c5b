import { Injectable } from '@nestjs/common';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { checkActionDates } from '../resolutions/domain/action-dates';
import { ProceedingDocumentsService } from '../resolutions/proceeding-documents.service';
import { dueColumns, DenunciationDeadlinesService } from './denunciation-deadlines.service';
import { DenunciationIntakeService } from './denunciation-intake.service';
import {
  denunciationRef,
  type DenunciationStep,
  DenunciationStepsService,
} from './denunciation-steps.service';
import { DenunciationAction, DenunciationComplexity } from './domain/denunciation-status';
import type {
  AcceptDenunciationDto,
  DenunciationChecklistInputDto,
  RefuseDenunciationDto,
  TransferDenunciationDto,
} from './dto/denunciation-intake.dto';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

type Checked = Awaited<ReturnType<DenunciationIntakeService['evaluate']>>;

/**
 * The end of the preliminary check (Luật TC 2018 Đ24, Đ29): accept (QĐ thụ lý and its two numbered
 * TB notices, to the denouncer and to the accused; D13 notice, D14 resolution), refuse with the reasons, or transfer to the competent body (D12) — the Điều 29
 * checklist recorded condition by condition. Leaders only (resolution.approve).
 */
@Injectable()
export class DenunciationAcceptanceService {
  constructor(
    private readonly steps: DenunciationStepsService,
    private readonly intake: DenunciationIntakeService,
    private readonly deadlines: DenunciationDeadlinesService,
    private readonly documents: ProceedingDocumentsService,
    private readonly clock: Clock,
  ) {}

  accept(
    ctx: ActionContext,
    id: string,
    dto: AcceptDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    const acceptedOn = dto.acceptedOn ?? this.clock.today();
    const complexity = dto.complexity ?? DenunciationComplexity.Normal;
    const checked = this.checked(dto, acceptedOn, 'acceptedOn');
    return this.steps.run(ctx, id, {
      ...checked.step(DenunciationAction.Accept, basis.denunciationAccept),
      apply: async (d, manager) => {
        const due = await this.deadlines.accepted(acceptedOn, complexity, manager);
        const stated = {
          issuedOn: acceptedOn,
          signer: dto.signer,
          dueOn: due.resolution.dueOn,
          dueExplanation: due.resolution.explanation,
          noticeDueOn: due.notice?.dueOn ?? null,
        };
        const issue = (kind: IssuedDocumentKind) =>
          this.documents.issue(manager, ctx, denunciationRef(d), { kind, ...stated });
        // Đ29 k1: QĐ thụ lý (QĐ register); Đ29 k4: the notice to the denouncer, then the one to
        // the accused, go out with it, each with its own number in the TB register
        const decision = await issue(IssuedDocumentKind.DenunciationAcceptance);
        const notice = await issue(IssuedDocumentKind.DenunciationAcceptanceNotice);
        const accusedNotice = await issue(IssuedDocumentKind.DenunciationAccusedNotice);
        const c = checked.result();
        const set = {
          acceptance_checklist: c.column,
          acceptance_timeliness: c.evaluation.acceptanceTimeliness,
          accepted_on: acceptedOn,
          complexity,
          notice_due_on: due.notice?.dueOn ?? null,
          ...dueColumns(due.resolution),
        };
        const data = {
          dueOn: due.resolution.dueOn,
          noticeDueOn: due.notice?.dueOn ?? null,
          decisionNo: decision.numberSymbol,
          noticeNo: notice.numberSymbol,
          accusedNoticeNo: accusedNotice.numberSymbol,
        };
        return { set, data };
      },
    });
  }

  refuse(
    ctx: ActionContext,
    id: string,
    dto: RefuseDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    const refusedOn = dto.refusedOn ?? this.clock.today();
    const checked = this.checked(dto, refusedOn, 'refusedOn');
    return this.steps.run(ctx, id, {
      ...checked.step(DenunciationAction.RefuseAcceptance, basis.denunciationRefuse),
      apply: async (d, manager) => {
        const notice = await this.documents.issue(manager, ctx, denunciationRef(d), {
          kind: IssuedDocumentKind.DenunciationRefusalNotice,
          issuedOn: refusedOn,
          signer: dto.signer,
        });
        const c = checked.result();
        const set = {
          acceptance_checklist: c.column,
          acceptance_timeliness: c.evaluation.acceptanceTimeliness,
          decision_id: notice.id,
        };
        return {
          set,
          data: { conditions: c.evaluation.failedConditions, noticeNo: notice.numberSymbol },
        };
      },
    });
  }

  transfer(
    ctx: ActionContext,
    id: string,
    dto: TransferDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    const transferredOn = dto.transferredOn ?? this.clock.today();
    const checked = this.checked(dto, transferredOn, 'transferredOn');
    return this.steps.run(ctx, id, {
      ...checked.step(DenunciationAction.Transfer, basis.denunciationTransfer),
      apply: () => {
        const c = checked.result();
        const set = { acceptance_checklist: c.column, transferred_to: dto.transferTo };
        const data = { transferDueOn: c.evaluation.transfer?.dueOn ?? null, transferredOn };
        return Promise.resolve({ set, data });
      },
    });
  }

  /** The step's checklist context, evaluated on the action's date, kept for its writes. */
  private checked(dto: DenunciationChecklistInputDto, on: string, field: string) {
    checkActionDates({ field, date: on, today: this.clock.today() });
    let result: Checked | null = null;
    return {
      step: (action: DenunciationAction, legalBasis: string): DenunciationStep => ({
        action,
        version: dto.version,
        actedOn: on,
        legalBasis,
        context: async (d, manager) => {
          const floor = { date: d.receivedOn, rule: 'dateBeforeReceipt' as const };
          checkActionDates({ field, date: on, today: this.clock.today(), notBefore: floor });
          result = await this.intake.evaluate(d, dto, on, manager);
          return { acceptance: result.evaluation };
        },
      }),
      result: (): Checked => {
        if (!result) throw new Error('checklist read before its evaluation');
        return result;
      },
    };
  }
}
