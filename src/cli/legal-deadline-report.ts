import type { AppError } from '../common/errors/app-error';
import { deadlineUnitLabelsVi } from '../common/i18n/legal-messages.vi';
import type { DeadlineComputation } from '../legal/deadline.service';
import { formatVietnameseDate, weekdayNameVi } from '../legal/domain/local-date';

/** The lines `legal:deadline` prints: rule, due date, numbered explanation, warnings. */
export function deadlineReportLines(c: DeadlineComputation): string[] {
  const { rule, result } = c;
  const unit = deadlineUnitLabelsVi[result.unit];
  const due = result.dueOn
    ? `${weekdayNameVi(result.dueOn)} ${formatVietnameseDate(result.dueOn)} (${result.dueOn})`
    : 'chưa xác định (đang tạm đình chỉ)';
  return [
    `Quy tắc ${rule.key} phiên bản ${rule.version}: ${rule.title}`,
    `Căn cứ: ${rule.legalBasis}`,
    `Thời hạn: ${c.value} ${unit}; tổng cộng ${result.totalDays} ${unit}`,
    `Hạn cuối: ${due}`,
    'Giải thích:',
    ...result.explanation.map((step, i) => `  ${i + 1}. ${step.text}`),
    ...c.warnings.map((w) => `Cảnh báo: ${w}`),
  ];
}

/** An AppError as lines: the message, then each field problem. */
export function errorReportLines(error: AppError): string[] {
  return [error.message, ...error.errors.map((e) => `  ${e.field}: ${e.message}`)];
}
