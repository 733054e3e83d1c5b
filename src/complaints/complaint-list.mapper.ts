import { complaintStatusLabelsVi } from '../common/i18n/complaint-labels.vi';
import { proceedingListEnd } from '../resolutions/proceeding-list';
import type { ComplaintListRow } from './complaints.repository';
import type { ComplaintListItemDto } from './dto/complaint-list-item.dto';

/** A line of GET /complaints (whitelist: the row holds no person). */
export function toComplaintListItem(r: ComplaintListRow): ComplaintListItemDto {
  return {
    id: r.id,
    agencyId: r.agencyId,
    caseId: r.caseId,
    caseCode: r.caseCode,
    petitionId: r.petitionId,
    round: r.round,
    status: r.status,
    statusLabel: complaintStatusLabelsVi[r.status],
    receivedOn: r.receivedOn,
    acceptedOn: r.acceptedOn,
    dueOn: r.dueOn,
    ...proceedingListEnd(r),
  };
}
