import { AppError } from '../common/errors/app-error';
import { computeDeadline } from '../legal/domain/deadline-engine';
import { defaultCalendarForYear } from '../legal/domain/holiday-calendar';
import { selectRuleVersion } from '../legal/domain/legal-rule';
import { LEGAL_RULE_SEED } from '../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../legal/domain/working-calendar';
import { deadlineReportLines, errorReportLines } from './legal-deadline-report';

describe('legal:deadline output', () => {
  it('prints the rule, the due date with its weekday and the numbered explanation (D5 across Tết 2026)', () => {
    const rule = selectRuleVersion(LEGAL_RULE_SEED, 'D5', '2026-01-20');
    if (!rule) throw new Error('no D5');
    const calendar = buildWorkingCalendar(defaultCalendarForYear(2026));
    const result = computeDeadline({ rule, start: '2026-01-20' }, calendar);
    const lines = deadlineReportLines({ rule, value: 30, result, warnings: [] });
    expect(lines.slice(0, 5)).toEqual([
      'Quy tắc D5 phiên bản 1: Giải quyết khiếu nại lần đầu kể từ ngày thụ lý',
      'Căn cứ: Luật Khiếu nại 2011, Điều 28',
      'Thời hạn: 30 ngày; tổng cộng 30 ngày',
      'Hạn cuối: Thứ Hai 23/02/2026 (2026-02-23)',
      'Giải thích:',
    ]);
    expect(lines.at(-1)).toBe('  5. Hạn cuối: hết ngày Thứ Hai 23/02/2026');
  });

  it('prints an error with the fields it names', () => {
    const error = new AppError(400, 'X', 'Không tính được', {
      errors: [{ field: 'extensions', code: 'deadline', message: 'tối đa 2 lần' }],
    });
    expect(errorReportLines(error)).toEqual(['Không tính được', '  extensions: tối đa 2 lần']);
  });
});
