import { type CalendarDay, defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  COMPLAINT_PENDING_STATUSES,
  ComplaintPendingDate,
  pendingComplaintDate,
} from './complaint-deadline-recalculation';
import { computeComplaintLegalEffect } from './complaint-deadlines';
import { COMPLAINT_STATUSES, ComplaintRound, ComplaintStatus } from './complaint-enums';

const S = ComplaintStatus;

describe('which complaint date a calendar edit moves (Luật Khiếu nại 2011 Điều 27, 28, 36, 37, 44)', () => {
  it.each([
    [S.Received, ComplaintPendingDate.Acceptance], // Đ27, Đ36: D4 runs until accepted or refused
    [S.Accepted, ComplaintPendingDate.Resolution], // Đ28, Đ37: D5/D8 runs until the decision
    [S.Verifying, ComplaintPendingDate.Resolution],
    [S.Dialogue, ComplaintPendingDate.Resolution],
    [S.Drafting, ComplaintPendingDate.Resolution],
    [S.Suspended, ComplaintPendingDate.Resolution],
    [S.Decided, ComplaintPendingDate.LegalEffect], // Đ44 k1, k2: D9 runs from the issuance
  ])('%s: the %s date is pending', (status, date) => {
    expect(pendingComplaintDate(status)).toBe(date);
  });

  it.each([
    S.NotAccepted,
    S.LegallyEffective,
    S.Escalated, // Đ44 k1: a round-2 complaint blocks the legal effect, no date stored
    S.InCourt, // Đ7: the court decides
    S.Terminated,
    S.Closed,
  ])('%s: no date moves (the proceeding ended or its dates are measured)', (status) => {
    expect(pendingComplaintDate(status)).toBeNull();
  });

  it('puts every status in at most one list', () => {
    const listed = Object.values(COMPLAINT_PENDING_STATUSES).flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.every((s) => COMPLAINT_STATUSES.includes(s))).toBe(true);
  });
});

describe('D9 depends on the calendar: the last day rolls forward past days off (Luật KN Đ44; BLDS 2015 Điều 148)', () => {
  const effectOn = (extra: CalendarDay[]) =>
    computeComplaintLegalEffect({
      round: ComplaintRound.First,
      issuedOn: '2026-06-01',
      rules: LEGAL_RULE_SEED,
      calendar: buildWorkingCalendar([...defaultCalendarForYear(2026), ...extra]),
    }).effectiveOn;

  it('moves the legal-effect date when a day off is added on the last day of the 30 days', () => {
    // Mon 01/06 + 30 = Wed 01/07/2026 → effect Thu 02/07
    expect(effectOn([])).toBe('2026-07-02');
    const dayOff: CalendarDay = { date: '2026-07-01', kind: 'holiday', name: 'x', source: 'y' };
    // 01/07 off → the period ends Thu 02/07 → effect Fri 03/07
    expect(effectOn([dayOff])).toBe('2026-07-03');
  });

  it('does not move it for a day off inside the period (calendar days)', () => {
    const dayOff: CalendarDay = { date: '2026-06-10', kind: 'holiday', name: 'x', source: 'y' };
    expect(effectOn([dayOff])).toBe('2026-07-02');
  });
});
