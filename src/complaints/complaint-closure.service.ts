import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { complaintTerminationCauseLabelsVi } from '../common/i18n/complaint-labels.vi';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { LegalRulesService } from '../legal/legal-rules.service';
import { checkActionDates } from '../resolutions/domain/action-dates';
import type { SignerDto } from '../resolutions/dto/proceeding-actions.dto';
import { ProceedingDocumentsService } from '../resolutions/proceeding-documents.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { complaintRef, ComplaintStepsService, type StepResult } from './complaint-steps.service';
import { ComplaintDeadlinesService } from './complaint-deadlines.service';
import { LegalEffectBlock } from './domain/complaint-deadlines';
import { ComplaintAction, ComplaintStatus } from './domain/complaint-status';
import { type ComplaintTermination, isWithdrawalFinalOn } from './domain/complaint-termination';
import type {
  RecordLawsuitDto,
  TerminateComplaintDto,
  WithdrawComplaintDto,
} from './dto/complaint-actions.dto';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';

/**
 * How a complaint proceeding ends without a decision on the merits (DOMAIN §4.6, §4.8): the
 * written withdrawal (Luật KN Đ10; under rule W1 of legal_rule — Luật 136/2025/QH15, from 1/7/2026 —
 * not reconsidered unless coerced), termination for
 * another cause (QĐ đình chỉ), and the lawsuit the court accepted (Đ7, Đ44).
 */
@Injectable()
export class ComplaintClosureService {
  constructor(
    private readonly steps: ComplaintStepsService,
    private readonly documents: ProceedingDocumentsService,
    private readonly deadlines: ComplaintDeadlinesService,
    private readonly rules: LegalRulesService,
    private readonly clock: Clock,
  ) {}

  /** Luật KN Đ10; Luật 136/2025/QH15: a written withdrawal ends the proceeding (QĐ đình chỉ). */
  withdraw(
    ctx: ActionContext,
    id: string,
    dto: WithdrawComplaintDto,
  ): Promise<ComplaintResponseDto> {
    const w = dto.withdrawal;
    const withdrawal = { on: w.on, inWriting: w.inWriting, coerced: w.coerced === true };
    return this.steps.run(ctx, id, {
      action: ComplaintAction.Withdraw,
      version: dto.version,
      actedOn: w.on,
      legalBasis: basis.complaintWithdraw,
      context: async (c, manager) => {
        const floor = { date: c.receivedOn, rule: 'dateBeforeReceipt' as const };
        checkActionDates({
          field: 'withdrawal.on',
          date: w.on,
          today: this.clock.today(),
          notBefore: floor,
        });
        // Luật 136/2025/QH15: rule W1 as the legal_rule table has it on the withdrawal day
        const finalRuleInForce = isWithdrawalFinalOn(await this.rules.allVersions(manager), w.on);
        return { withdrawal: { ...withdrawal, finalRuleInForce } };
      },
      apply: (c, manager, t) =>
        this.terminated(ctx, c, manager, { ...t.termination!, signer: dto.signer, reason: null }),
    });
  }

  terminate(
    ctx: ActionContext,
    id: string,
    dto: TerminateComplaintDto,
  ): Promise<ComplaintResponseDto> {
    const x = dto.termination;
    return this.steps.run(ctx, id, {
      action: ComplaintAction.Terminate,
      version: dto.version,
      actedOn: x.on,
      legalBasis: basis.complaintTerminate,
      context: () => {
        checkActionDates({ field: 'termination.on', date: x.on, today: this.clock.today() });
        return Promise.resolve({ termination: { on: x.on, cause: x.cause } });
      },
      apply: (c, manager, t) =>
        this.terminated(ctx, c, manager, {
          ...t.termination!,
          signer: dto.signer,
          reason: x.reason ?? null,
        }),
    });
  }

  /** Luật KN Đ7, Đ44: the court accepted the complainant's lawsuit; a decision loses its D9 date. */
  recordLawsuit(
    ctx: ActionContext,
    id: string,
    dto: RecordLawsuitDto,
  ): Promise<ComplaintResponseDto> {
    return this.steps.run(ctx, id, {
      action: ComplaintAction.RecordLawsuit,
      version: dto.version,
      actedOn: dto.acceptedOn,
      legalBasis: basis.complaintLawsuit,
      apply: async (c, manager) => {
        const floor = { date: c.receivedOn, rule: 'dateBeforeReceipt' as const };
        const today = this.clock.today();
        checkActionDates({ field: 'acceptedOn', date: dto.acceptedOn, today, notBefore: floor });
        if (c.status === ComplaintStatus.Decided) {
          await this.deadlines.blockLegalEffect(c, LegalEffectBlock.Lawsuit, manager);
        }
        const set = { lawsuit_court: dto.court, lawsuit_filed_on: dto.acceptedOn };
        return { set, data: { acceptedOn: dto.acceptedOn } };
      },
    });
  }

  private async terminated(
    ctx: ActionContext,
    c: ComplaintResolutionEntity,
    manager: EntityManager,
    t: ComplaintTermination & { signer: SignerDto; reason: string | null },
  ): Promise<StepResult> {
    const decision = await this.documents.issue(manager, ctx, complaintRef(c), {
      kind: IssuedDocumentKind.Termination,
      issuedOn: t.on,
      signer: t.signer,
      reasoning: t.reason ?? complaintTerminationCauseLabelsVi[t.cause],
    });
    const set = {
      termination_cause: t.cause,
      terminated_on: t.on,
      withdrawal_reconsiderable: t.reconsiderable,
      decision_id: decision.id,
    };
    return {
      set,
      data: { cause: t.cause, reconsiderable: t.reconsiderable, decisionNo: decision.numberSymbol },
    };
  }
}
