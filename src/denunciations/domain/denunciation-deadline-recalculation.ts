import { DenunciationStatus } from './denunciation-enums';

// Which stored dates of a denunciation proceeding a calendar edit may move (docs/legal.md, "Which
// dates a calendar edit moves"): only those of the phase the proceeding is in. Dates of a phase
// already left stay: they are the yardstick its steps were measured against.

export enum DenunciationPhase {
  /** D11 `prelim_due_on` (Luật TC 2018 Đ24 k1). */
  Prelim = 'prelim',
  /** D13 `notice_due_on` (Đ29 k3) and D14 `due_on` (Đ30). */
  Resolution = 'resolution',
  /** D15 `conclusion_notice_due_on` (Đ35) and D16 `handling_due_on` (Đ36). */
  Conclusion = 'conclusion',
}

const S = DenunciationStatus;

/** The statuses of each phase; every other status leaves the dates as stored. */
export const DENUNCIATION_PHASE_STATUSES: Readonly<
  Record<DenunciationPhase, readonly DenunciationStatus[]>
> = {
  // Đ24 k1: xử lý ban đầu, quyết định thụ lý trong 07 (10) ngày làm việc
  [DenunciationPhase.Prelim]: [S.Received, S.PrelimCheck],
  // Đ29 k3: thông báo thụ lý trong 05 ngày làm việc; Đ30: giải quyết từ ngày thụ lý
  [DenunciationPhase.Resolution]: [S.Accepted, S.Verifying, S.Extended1, S.Extended2, S.Suspended],
  // Đ35: gửi kết luận, thông báo trong 05 ngày làm việc; Đ36: xử lý trong 07 ngày làm việc
  // (handled, closed: the conclusion was acted on; its dates stay as stored)
  [DenunciationPhase.Conclusion]: [S.Concluded],
};

/** The phase whose dates a calendar edit may move; null when the proceeding has none pending. */
export function denunciationPhaseOf(status: DenunciationStatus): DenunciationPhase | null {
  for (const phase of Object.values(DenunciationPhase)) {
    if (DENUNCIATION_PHASE_STATUSES[phase].includes(status)) return phase;
  }
  return null;
}
