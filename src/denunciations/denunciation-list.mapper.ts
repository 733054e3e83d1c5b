import { denunciationStatusLabelsVi } from '../common/i18n/denunciation-labels.vi';
import { proceedingListEnd } from '../resolutions/proceeding-list';
import type { DenunciationListRow } from './denunciations.repository';
import type { DenunciationListItemDto } from './dto/denunciation-list-item.dto';

/** A line of GET /denunciations (whitelist: the row holds no person). */
export function toDenunciationListItem(r: DenunciationListRow): DenunciationListItemDto {
  return {
    id: r.id,
    agencyId: r.agencyId,
    caseId: r.caseId,
    caseCode: r.caseCode,
    petitionId: r.petitionId,
    kind: r.kind,
    status: r.status,
    statusLabel: denunciationStatusLabelsVi[r.status],
    receivedOn: r.receivedOn,
    acceptedOn: r.acceptedOn,
    dueOn: r.dueOn,
    concludedOn: r.concludedOn,
    ...proceedingListEnd(r),
  };
}
