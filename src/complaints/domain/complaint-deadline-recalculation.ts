import { ComplaintStatus } from './complaint-enums';

// Which stored date of a complaint proceeding a calendar edit may move (docs/legal.md, "Which
// dates a calendar edit moves"): only the date of the step still pending. A date whose step is
// done stays: it is the yardstick the step was measured against (acceptance timeliness, 01/KQGQ
// "đúng quy định").

export enum ComplaintPendingDate {
  /** D4 `acceptance_due_on`: accept or refuse with reasons (Luật KN Đ27, Đ36). */
  Acceptance = 'acceptance',
  /** D5/D8 `due_on`: decide (Luật KN Đ28, Đ37). */
  Resolution = 'resolution',
  /** D9 `legal_effect_on` of the decision, while still in the future (Luật KN Đ44 k1, k2). */
  LegalEffect = 'legal_effect',
}

const S = ComplaintStatus;

/** The statuses in which each date is pending; every other status leaves the dates as stored. */
export const COMPLAINT_PENDING_STATUSES: Readonly<
  Record<ComplaintPendingDate, readonly ComplaintStatus[]>
> = {
  // Luật KN Đ27, Đ36: thụ lý hoặc thông báo không thụ lý trong 10 ngày kể từ ngày nhận
  [ComplaintPendingDate.Acceptance]: [S.Received],
  // Luật KN Đ28, Đ37: thời hạn giải quyết tính từ ngày thụ lý đến khi ban hành quyết định
  [ComplaintPendingDate.Resolution]: [S.Accepted, S.Verifying, S.Dialogue, S.Drafting, S.Suspended],
  // Luật KN Đ44 k1, k2: có hiệu lực sau 30 ngày (vùng sâu 45) nếu không khiếu nại lần hai, khởi
  // kiện (escalated / in_court: no date to move; legally_effective: already in effect)
  [ComplaintPendingDate.LegalEffect]: [S.Decided],
};

/** The date a calendar edit may move for a proceeding in `status`; null when none is pending. */
export function pendingComplaintDate(status: ComplaintStatus): ComplaintPendingDate | null {
  for (const date of Object.values(ComplaintPendingDate)) {
    if (COMPLAINT_PENDING_STATUSES[date].includes(status)) return date;
  }
  return null;
}
