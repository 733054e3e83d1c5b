/**
 * Vietnamese messages of the per-record identity rules. They belong with personMessagesVi in
 * `common/i18n/person-messages.vi.ts`; kept here while `src/common` is being edited elsewhere —
 * move them there when merging.
 */
export const identityAccessMessagesVi = {
  identityMismatch:
    'Số giấy tờ này đã được ghi nhận cho một người có họ tên khác: kiểm tra lại họ tên hoặc số giấy tờ',
  accessTargetRequired:
    'Yêu cầu phải nêu đúng một hồ sơ đang xử lý (recordType và recordId) hoặc một vụ việc (caseId)',
  accessTargetUnknown:
    'Không tìm thấy hồ sơ hoặc vụ việc này của công dân trong phạm vi cơ quan, đơn vị của cán bộ',
  accessRequesterMoved:
    'Người đề nghị đã chuyển sang cơ quan, đơn vị khác sau khi đề nghị: cần đề nghị lại',
  accessRequestNoTarget:
    'Yêu cầu không nêu hồ sơ hoặc vụ việc nên không thể phê duyệt; hãy từ chối để người đề nghị gửi lại',
} as const;
