import { Injectable } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { Page } from '../common/http/page';
import { resolutionMessagesVi as m } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { PersonRecordType } from '../persons/domain/person-enums';
import { ProceedingAccessService } from '../resolutions/proceeding-access.service';
import { proceedingListPage } from '../resolutions/proceeding-list';
import {
  ProceedingPersonsService,
  type ProceedingRecord,
} from '../resolutions/proceeding-persons.service';
import { type ProceedingDetailParts, ProceedingQuery } from '../resolutions/proceeding-query';
import { toDenunciationListItem } from './denunciation-list.mapper';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { type DenunciationDetail, toDenunciationResponse } from './denunciation.mapper';
import { type DenunciationRecords, DenunciationsRepository } from './denunciations.repository';
import type { DenunciationListItemDto } from './dto/denunciation-list-item.dto';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';
import type { ListDenunciationsQueryDto } from './dto/list-denunciations.query.dto';

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
    private readonly denunciations: DenunciationsRepository,
    access: ProceedingAccessService,
    persons: ProceedingPersonsService,
    clock: Clock,
  ) {
    super(denunciations, access, persons, clock);
  }

  /**
   * GET /denunciations: the viewer's proceedings (an investigator's assignments), or with `figure`
   * exactly those the statistics figure counts (DESIGN §5). Lines hold no person: the denouncer
   * is neither read nor shown (Luật Tố cáo 2018 Điều 9).
   */
  async list(
    viewer: AuthenticatedOfficer,
    q: ListDenunciationsQueryDto,
  ): Promise<Page<DenunciationListItemDto>> {
    const filter = await this.listFilter(viewer, q);
    const rows = await this.denunciations.list({ ...filter, status: q.status, kind: q.kind });
    const page = proceedingListPage(rows, q.limit);
    return { ...page, items: page.items.map(toDenunciationListItem) };
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
