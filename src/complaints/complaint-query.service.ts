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
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { type ComplaintDetail, toComplaintResponse } from './complaint.mapper';
import { type ComplaintRecords, ComplaintsRepository } from './complaints.repository';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';

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
    complaints: ComplaintsRepository,
    access: ProceedingAccessService,
    decisions: DecisionsService,
    persons: ProceedingPersonsService,
    clock: Clock,
  ) {
    super(complaints, access, decisions, persons, clock);
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
