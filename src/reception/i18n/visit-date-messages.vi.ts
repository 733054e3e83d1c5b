import { formatVietnameseDate } from '../../legal/domain/local-date';

/**
 * Vietnamese messages of the visit date rules. They belong with receptionMessagesVi in
 * `common/i18n/reception-messages.vi.ts`; kept here while `src/common` is being edited elsewhere —
 * move them there when merging.
 */
export const visitDateMessagesVi = {
  dateBeforeSystemStart: (start: string) =>
    `Thời điểm tiếp công dân không được trước ngày ${formatVietnameseDate(start)}, ngày bắt đầu ghi sổ tiếp công dân trên hệ thống`,
} as const;
