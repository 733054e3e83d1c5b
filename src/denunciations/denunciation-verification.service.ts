import { Injectable } from '@nestjs/common';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { checkActionDates, resolutionInputError } from '../resolutions/domain/action-dates';
import { VerificationRecordKind } from '../resolutions/domain/proceeding-enums';
import { requireActor } from '../resolutions/require-actor';
import { DenunciationStepsService } from './denunciation-steps.service';
import { DenunciationsRepository } from './denunciations.repository';
import { DenunciationAction } from './domain/denunciation-status';
import type { DenunciationVerificationRecordDto } from './dto/denunciation-actions.dto';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

/**
 * The verification team's records on an assigned denunciation (Luật TC 2018 Đ31), made on the
 * redacted file (Đ56): the denouncer is known to the team only by pseudonym.
 */
@Injectable()
export class DenunciationVerificationService {
  constructor(
    private readonly steps: DenunciationStepsService,
    private readonly denunciations: DenunciationsRepository,
    private readonly clock: Clock,
  ) {}

  record(
    ctx: ActionContext,
    id: string,
    dto: DenunciationVerificationRecordDto,
  ): Promise<DenunciationResponseDto> {
    const isReport = dto.kind === VerificationRecordKind.VerificationReport;
    if (isReport !== (dto.recommendation !== undefined)) {
      resolutionInputError(
        'recommendation',
        isReport ? 'recommendationRequired' : 'recommendationOnlyForReport',
      );
    }
    return this.steps.run(ctx, id, {
      action: DenunciationAction.RecordVerificationReport,
      eventAction: isReport ? DenunciationAction.RecordVerificationReport : `record_${dto.kind}`,
      version: dto.version,
      actedOn: dto.recordedOn,
      legalBasis: basis.denunciationVerify,
      apply: async (d, manager) => {
        const floor = { date: d.acceptedOn, rule: 'dateBeforeAcceptance' as const };
        checkActionDates({
          field: 'recordedOn',
          date: dto.recordedOn,
          today: this.clock.today(),
          notBefore: floor,
        });
        await this.denunciations.addVerificationRecord(manager, {
          denunciationId: d.id,
          kind: dto.kind,
          recordedOn: dto.recordedOn,
          summary: dto.summary,
          documents: dto.documents ?? null,
          recommendation: dto.recommendation ?? null,
          recordedBy: requireActor(ctx).id,
        });
        const set = isReport ? { has_verification_report: true } : {};
        return { set, data: { kind: dto.kind, recordedOn: dto.recordedOn } };
      },
    });
  }
}
