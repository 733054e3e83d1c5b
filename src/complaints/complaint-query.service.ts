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
import { toComplaintListItem } from './complaint-list.mapper';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { type ComplaintDetail, toComplaintResponse } from './complaint.mapper';
import { type ComplaintRecords, ComplaintsRepository } from './complaints.repository';
import type { ComplaintListItemDto } from './dto/complaint-list-item.dto';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';
import type { ListComplaintsQueryDto } from './dto/list-complaints.query.dto';

export const complaintRecord = (c: ComplaintResolutionEntity): ProceedingRecord => ({
  recordType: PersonRecordType.Complaint,
  recordId: c.id,
  agencyId: c.agencyId,
});

/** Reads complaint proceedings for the viewers DESIGN §7 allows (404 for anyone else). */
@Injectable()
export class ComplaintQueryService extends ProceedingQuery<
  ComplaintResolutionEntity,
  ComplaintRecords,
  ComplaintDetail,
  ComplaintResponseDto
> {
  protected readonly notFoundEntity = m.complaintNotFound;
  protected readonly noun = 'complaint';

  constructor(
    private readonly complaints: ComplaintsRepository,
    access: ProceedingAccessService,
    persons: ProceedingPersonsService,
    clock: Clock,
  ) {
    super(complaints, access, persons, clock);
  }

  /**
   * GET /complaints: the viewer's proceedings (an investigator's assignments), or with `figure`
   * exactly those the statistics figure counts (DESIGN §5). Lines hold no person, so no identity
   * is read.
   */
  async list(
    viewer: AuthenticatedOfficer,
    q: ListComplaintsQueryDto,
  ): Promise<Page<ComplaintListItemDto>> {
    const filter = await this.listFilter(viewer, q);
    const rows = await this.complaints.list({ ...filter, status: q.status, round: q.round });
    const page = proceedingListPage(rows, q.limit);
    return { ...page, items: page.items.map(toComplaintListItem) };
  }

  protected recordOf(c: ComplaintResolutionEntity): ProceedingRecord {
    return complaintRecord(c);
  }

  protected toDetail({
    row,
    ...parts
  }: ProceedingDetailParts<ComplaintResolutionEntity, ComplaintRecords>): ComplaintDetail {
    return { complaint: row, ...parts };
  }

  protected toResponse(detail: ComplaintDetail, today: string): ComplaintResponseDto {
    return toComplaintResponse(detail, today);
  }
}
