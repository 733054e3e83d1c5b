import { Injectable } from '@nestjs/common';

import { resolutionMessagesVi as m } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { DecisionsService } from '../decisions/decisions.service';
import { PersonRecordType } from '../persons/domain/person-enums';
import { ProceedingAccessService } from '../resolutions/proceeding-access.service';
import {
  ProceedingPersonsService,
  type ProceedingRecord,
} from '../resolutions/proceeding-persons.service';
import { type ProceedingDetailParts, ProceedingQuery } from '../resolutions/proceeding-query';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { type DenunciationDetail, toDenunciationResponse } from './denunciation.mapper';
import { type DenunciationRecords, DenunciationsRepository } from './denunciations.repository';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

export const denunciationRecord = (c: DenunciationResolutionEntity): ProceedingRecord => ({
  recordType: PersonRecordType.Denunciation,
  recordId: c.id,
  agencyId: c.agencyId,
});

/** Reads denunciation proceedings for the viewers DESIGN §7 allows (404 for anyone else). */
@Injectable()
export class DenunciationQueryService extends ProceedingQuery<
  DenunciationResolutionEntity,
  DenunciationRecords,
  DenunciationDetail,
  DenunciationResponseDto
> {
  protected readonly notFoundEntity = m.denunciationNotFound;
  protected readonly noun = 'denunciation';

  constructor(
    denunciations: DenunciationsRepository,
    access: ProceedingAccessService,
    decisions: DecisionsService,
    persons: ProceedingPersonsService,
    clock: Clock,
  ) {
    super(denunciations, access, decisions, persons, clock);
  }

  protected recordOf(c: DenunciationResolutionEntity): ProceedingRecord {
    return denunciationRecord(c);
  }

  protected toDetail({
    row,
    ...parts
  }: ProceedingDetailParts<DenunciationResolutionEntity, DenunciationRecords>): DenunciationDetail {
    return { denunciation: row, ...parts };
  }

  protected toResponse(detail: DenunciationDetail, today: string): DenunciationResponseDto {
    return toDenunciationResponse(detail, today);
  }
}
