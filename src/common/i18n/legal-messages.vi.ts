/** Vietnamese messages of the legal module: deadline rules, the working calendar, deadlines. */
export const legalMessagesVi = {
  ruleUnknown: (key: string) => `Không có quy tắc thời hạn ${key}`,
  ruleNotInForce: (key: string, on: string) =>
    `Quy tắc ${key} không có phiên bản nào có hiệu lực vào ngày ${on}`,
  ruleVersionInvalid: 'Phiên bản quy tắc thời hạn không hợp lệ',
  ruleEffectiveFromTooEarly: (current: string) =>
    `Ngày hiệu lực phải sau ngày hiệu lực của phiên bản mới nhất (${current})`,
  ruleEffectiveToBeforeFrom: 'Ngày hết hiệu lực không được trước ngày có hiệu lực',
  ruleOverlaps: 'Thời gian hiệu lực chồng lấn với một phiên bản khác của quy tắc',
  ruleNormalDaysRequired: 'Quy tắc tính theo ngày phải có số ngày thông thường',
  ruleDaysWithoutUnit: 'Quy tắc không có đơn vị tính thì không được có số ngày',
  ruleExtensionDaysRequired: 'Quy tắc cho phép gia hạn phải có số ngày của mỗi lần gia hạn',
  deadlineInvalid: 'Không tính được thời hạn với dữ liệu đã nhập',
  dateInvalid: (value: string) => `Ngày không hợp lệ (cần dạng YYYY-MM-DD): ${value}`,
  dateOutOfRange: (min: number, max: number) => `Ngày phải thuộc các năm từ ${min} đến ${max}`,
  resumedWithoutSuspension: 'Mỗi ngày tiếp tục phải đi kèm một ngày tạm đình chỉ',
  calendarInvalid: 'Danh sách ngày nghỉ, ngày làm bù không hợp lệ',
  calendarDateOutsideYear: (year: number) => `Ngày phải thuộc năm ${year}`,
  calendarDuplicateDate: (date: string) => `Ngày ${date} xuất hiện nhiều lần`,
  calendarMakeUpOnWeekday: 'Ngày làm bù chỉ có thể là Thứ Bảy hoặc Chủ nhật',
  calendarDayOffOnWeekend:
    'Ngày nghỉ bù, nghỉ hoán đổi chỉ có thể là ngày trong tuần (Thứ Hai – Thứ Sáu)',
  calendarYearEmpty: (year: number) =>
    `Lịch năm ${year} chưa có ngày nghỉ lễ nào; hạn được tính chỉ với ngày nghỉ hằng tuần`,
  calendarNotCovered: 'Không tải được lịch làm việc cho khoảng thời gian cần tính',
  databaseNotMigrated:
    'Cơ sở dữ liệu chưa có bảng quy tắc thời hạn; hãy chạy `npm run cli -- migrate` trước',
} as const;

/** Vietnamese labels of calendar day kinds (DOMAIN §10.2). */
export const calendarDayKindLabelsVi = {
  holiday: 'Ngày lễ, Tết',
  compensatory_day_off: 'Nghỉ bù',
  swapped_day_off: 'Nghỉ hoán đổi',
  make_up_workday: 'Ngày làm bù',
} as const;

/** Vietnamese labels of deadline units. */
export const deadlineUnitLabelsVi = {
  calendar_days: 'ngày',
  working_days: 'ngày làm việc',
} as const;
