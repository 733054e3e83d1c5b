import {
  DENUNCIATION_PHASE_STATUSES,
  DenunciationPhase,
  denunciationPhaseOf,
} from './denunciation-deadline-recalculation';
import { DENUNCIATION_STATUSES, DenunciationStatus } from './denunciation-enums';

const S = DenunciationStatus;

describe('which denunciation dates a calendar edit moves (Luật Tố cáo 2018 Điều 24, 29, 30, 35, 36)', () => {
  it.each([
    [S.Received, DenunciationPhase.Prelim], // Đ24 k1: D11 until accepted, refused or transferred
    [S.PrelimCheck, DenunciationPhase.Prelim],
    [S.Accepted, DenunciationPhase.Resolution], // Đ29 k3 D13, Đ30 D14 until the conclusion
    [S.Verifying, DenunciationPhase.Resolution],
    [S.Extended1, DenunciationPhase.Resolution],
    [S.Extended2, DenunciationPhase.Resolution],
    [S.Suspended, DenunciationPhase.Resolution],
    [S.Concluded, DenunciationPhase.Conclusion], // Đ35 D15, Đ36 D16 until handled
  ])('%s: the dates of the %s phase move', (status, phase) => {
    expect(denunciationPhaseOf(status)).toBe(phase);
  });

  it.each([
    S.NotAccepted,
    S.Transferred,
    S.AnonymousNotProcessed,
    S.Terminated,
    S.Handled, // Đ36: the conclusion was acted on
    S.Closed,
  ])('%s: no date moves', (status) => {
    expect(denunciationPhaseOf(status)).toBeNull();
  });

  it('puts every status in at most one phase', () => {
    const listed = Object.values(DENUNCIATION_PHASE_STATUSES).flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.every((s) => DENUNCIATION_STATUSES.includes(s))).toBe(true);
  });
});
