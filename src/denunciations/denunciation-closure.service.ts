import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { denunciationTerminationCauseLabelsVi } from '../common/i18n/denunciation-labels.vi';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { checkActionDates, resolutionInputError } from '../resolutions/domain/action-dates';
import type { SignerDto } from '../resolutions/dto/proceeding-actions.dto';
import { ProceedingDocumentsService } from '../resolutions/proceeding-documents.service';
import type { StepResult } from '../resolutions/proceeding-steps';
import type { WithdrawalRecord } from './denunciation-records';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { denunciationRef, DenunciationStepsService } from './denunciation-steps.service';
import { DenunciationAction } from './domain/denunciation-status';
import type { DenunciationTermination } from './domain/denunciation-withdrawal';
import type {
  TerminateDenunciationDto,
  WithdrawDenunciationDto,
} from './dto/denunciation-actions.dto';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

/**
 * How a denunciation proceeding ends before a conclusion (Luật TC 2018 Đ33, Đ34): a written
 * withdrawal — which does not stop the case when there are signs of a violation, coercion, other
 * denouncers or a partial withdrawal — and termination for another cause (QĐ đình chỉ).
 */
@Injectable()
export class DenunciationClosureService {
  constructor(
    private readonly steps: DenunciationStepsService,
    private readonly documents: ProceedingDocumentsService,
    private readonly clock: Clock,
  ) {}

  /** Luật TC 2018 Đ33: the case stops only when none of the continuation reasons holds. */
  withdraw(
    ctx: ActionContext,
    id: string,
    dto: WithdrawDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    const withdrawal = dto.withdrawal;
    checkActionDates({ field: 'withdrawal.on', date: withdrawal.on, today: this.clock.today() });
    return this.steps.run(ctx, id, {
      action: DenunciationAction.Withdraw,
      version: dto.version,
      actedOn: withdrawal.on,
      legalBasis: basis.denunciationWithdraw,
      context: () => Promise.resolve({ withdrawal }),
      apply: async (d, manager, t) => {
        const assessment = t.withdrawal!;
        const record: WithdrawalRecord = { ...withdrawal, ...assessment };
        const ended = t.termination
          ? await this.terminated(ctx, d, manager, t.termination, dto.signer)
          : {};
        return {
          set: { withdrawal: JSON.stringify(record), ...ended.set },
          data: {
            stopsCase: assessment.stopsCase,
            continuesBecause: assessment.continuesBecause,
            ...ended.data,
          },
        };
      },
    });
  }

  terminate(
    ctx: ActionContext,
    id: string,
    dto: TerminateDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    const x = dto.termination;
    checkActionDates({ field: 'termination.on', date: x.on, today: this.clock.today() });
    return this.steps.run(ctx, id, {
      action: DenunciationAction.Terminate,
      version: dto.version,
      actedOn: x.on,
      legalBasis: basis.denunciationTerminate,
      context: () => Promise.resolve({ termination: { on: x.on, cause: x.cause } }),
      apply: (d, manager, t) =>
        this.terminated(ctx, d, manager, t.termination!, dto.signer, x.reason),
    });
  }

  private async terminated(
    ctx: ActionContext,
    d: DenunciationResolutionEntity,
    manager: EntityManager,
    t: DenunciationTermination,
    signer: SignerDto | undefined,
    reason?: string,
  ): Promise<StepResult> {
    if (!signer) resolutionInputError('signer', 'signerRequired');
    const decision = await this.documents.issue(manager, ctx, denunciationRef(d), {
      kind: IssuedDocumentKind.Termination,
      issuedOn: t.on,
      signer,
      reasoning: reason ?? denunciationTerminationCauseLabelsVi[t.cause],
    });
    const set = { termination_cause: t.cause, terminated_on: t.on, decision_id: decision.id };
    return { set, data: { cause: t.cause, decisionNo: decision.numberSymbol } };
  }
}
