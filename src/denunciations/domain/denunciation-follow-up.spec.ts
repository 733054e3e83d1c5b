import { DenunciationStatus as S } from './denunciation-enums';
import { canFileFollowUp, followUpViolation } from './denunciation-follow-up';

describe('follow-up denunciation (tố cáo tiếp) to the superior (Luật Tố cáo 2018 Điều 37, 38)', () => {
  it.each([
    [S.Concluded, '2026-04-01', '2026-04-20', true, 'unlawful_resolution', null],
    [S.Handled, '2026-04-01', '2026-04-20', true, 'unlawful_resolution', null],
    [S.Closed, null, '2026-04-20', true, 'unlawful_resolution', null],
    [S.Verifying, '2026-04-01', '2026-04-02', true, 'overdue', null],
    [S.Extended2, '2026-06-01', '2026-06-01', false, null, 'not_yet_due'],
    [S.Suspended, null, '2026-06-01', false, null, 'not_yet_due'],
    [S.PrelimCheck, null, '2026-06-01', false, null, 'not_yet_due'],
    [S.NotAccepted, null, '2026-06-01', false, null, 'no_resolution'],
    [S.Terminated, null, '2026-06-01', false, null, 'no_resolution'],
    [S.AnonymousNotProcessed, null, '2026-06-01', false, null, 'no_resolution'],
  ])(
    'first %s due %s, filed %s → allowed %s, basis %s, refusal %s',
    (status, due, filedOn, allowed, basis, refusal) => {
      const result = canFileFollowUp({ status, resolutionDueOn: due }, filedOn);
      expect(result).toEqual({ allowed, basis, refusal });
      expect(followUpViolation(result)?.code ?? null).toBe(
        allowed ? null : 'DENUNCIATION_FOLLOW_UP_NOT_ALLOWED',
      );
    },
  );

  it('refuses a bad filing date (400)', () => {
    expect(() =>
      canFileFollowUp({ status: S.Closed, resolutionDueOn: null }, '2026-13-01'),
    ).toThrow(expect.objectContaining({ httpStatus: 400, code: 'DENUNCIATION_INPUT_INVALID' }));
  });
});
