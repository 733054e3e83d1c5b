import { AppError } from '../common/errors/app-error';
import type { RowError } from './import/import-table';

// Errors of the enforcement service (the domain's own are in domain/enforcement-errors.ts).

export const enforcementAppErrors = {
  /** The decision has no legal effect yet (or is not an outcome decision): nothing to enforce. */
  notEffective: (decisionId: string) =>
    new AppError(
      409,
      'ENFORCEMENT_DECISION_NOT_EFFECTIVE',
      'Quyết định, kết luận chưa có hiệu lực pháp luật: chưa thể tổ chức thi hành',
      {
        errors: [
          {
            field: 'decisionId',
            code: 'notEffective',
            message: 'Quyết định, kết luận chưa có hiệu lực pháp luật',
          },
        ],
        details: { decisionId },
      },
    ),
  /** The organising decision is for complaint decisions (Luật Khiếu nại 2011 Đ46) only. */
  notComplaintDecision: (decisionId: string) =>
    new AppError(
      409,
      'ENFORCEMENT_NOT_COMPLAINT_DECISION',
      'Quyết định tổ chức thi hành chỉ lập cho quyết định giải quyết khiếu nại',
      {
        errors: [
          {
            field: 'decisionId',
            code: 'notComplaintDecision',
            message: 'Không phải quyết định giải quyết khiếu nại',
          },
        ],
        details: { decisionId },
      },
    ),
  /** The import file has errors: nothing was written; every row and column named. */
  importInvalid: (rows: RowError[]) =>
    new AppError(
      400,
      'ENFORCEMENT_IMPORT_INVALID',
      `Tệp nhập có ${rows.length} lỗi: không dòng nào được ghi`,
      {
        errors: rows.map((e) => ({
          field: e.row === 0 ? 'file' : `rows.${e.row}.${e.field}`,
          code: e.code,
          message: e.message,
        })),
        details: { rows },
      },
    ),
  importFile: (message: string) =>
    new AppError(400, 'ENFORCEMENT_IMPORT_INVALID', message, {
      errors: [{ field: 'contentBase64', code: 'base64', message }],
    }),
  /** A file refused: 400 naming the field (413 when it is larger than allowed). */
  attachment: (status: 400 | 413, field: string, code: string, message: string) =>
    new AppError(
      status,
      status === 413 ? 'ENFORCEMENT_ATTACHMENT_TOO_LARGE' : 'ENFORCEMENT_ATTACHMENT_INVALID',
      message,
      { errors: [{ field, code, message }] },
    ),
};
